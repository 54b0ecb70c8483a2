import type { Article } from '../../model.js';
import type { EventInput, PublishedEstimate, StoryEvent } from '../../events/event-input.js';
import { clusterEventsWithEstimates } from '../../events/cluster-events.js';
import type { Store } from '../../store/store.js';

/** The evidence the store gives a date it took from the article's event (`Store.applyPublishedEstimates`). */
const FROM_ITS_EVENT = 'its event';

/**
 * What the events stage reads of a stored article. Entities carry their corpus id once entity resolution has run;
 * quotes are their words. `copyOf` comes from the copies stage when it has linked the article to an original. Dates
 * the store took from the article's event are left out: they are this stage's own output, and read back as the
 * article's own date they would hold it in whatever event dated it last time, so a rebuild would depend on the last.
 */
export function eventInputOf(article: Article, options: { copyOf?: string; entityIds?: Map<string, string> } = {}): EventInput {
  const estimated = article.publishedEvidence === FROM_ITS_EVENT;
  return {
    id: article.id,
    text: article.text,
    title: article.title,
    published: estimated ? null : article.published,
    publishedConfidence: estimated ? null : article.publishedConfidence,
    dateWarnings: estimated ? [] : article.dateWarnings,
    eventDate: article.eventDateEvidence === FROM_ITS_EVENT ? null : article.eventDate,
    eventDateEvidence: article.eventDateEvidence === FROM_ITS_EVENT ? null : article.eventDateEvidence,
    dates: article.dates.map((d) => d.date),
    entities: article.entities.map((e) => ({ name: e.name, type: e.type, id: options.entityIds?.get(`${article.id}:${e.id}`) })),
    quotes: article.quotes.map((q) => q.text),
    outlet: article.outlet,
    copyOf: options.copyOf,
  };
}

/** The events of a store and the published estimates they give, with each article's outlet for the timeline. */
export interface StoreEvents {
  events: StoryEvent[];
  estimates: PublishedEstimate[];
  outlets: Map<string, string | null>;
  /** Corpus entity id → canonical name. */
  names: Map<string, string>;
}

/**
 * Group the stored articles into events, copies with their originals. This rebuilds from the store on each call:
 * events are a view; the incremental `EventIndex` is not yet persisted between runs.
 */
export async function storeEvents(store: Store): Promise<StoreEvents> {
  const articles = await store.listArticles({ withExtractions: true });
  const records = await store.listArticleEntities();
  const entityIds = new Map(records.filter((r) => r.entityId).map((r) => [r.id, r.entityId!]));
  const copyOf = new Map((await store.listCopies()).map((l) => [l.articleId, l.of]));
  const { events, estimates } = clusterEventsWithEstimates(articles.map((a) => eventInputOf(a, { entityIds, copyOf: copyOf.get(a.id) })));
  const names = new Map((await store.listEntities({ withArticles: false })).map((e) => [e.id, e.name]));
  // Places are features by entity id once entities are resolved; the contract gives the place by name.
  for (const e of events) if (e.place && names.has(e.place)) e.place = names.get(e.place)!;
  return { events, estimates, outlets: new Map(articles.map((a) => [a.id, a.outlet])), names };
}
