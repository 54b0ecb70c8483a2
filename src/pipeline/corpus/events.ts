import type { Article } from '../../model.js';
import type { EventInput, StoryEvent } from '../../events/event-input.js';
import { EventIndex, type SavedEventArticle } from '../../events/event-index.js';
import { pages } from './pages.js';
import { packState, unpackState } from './stage-state.js';
import type { Store } from '../../store/store.js';

/** The evidence the store gives a date it took from the article's event (`StageUpdate.estimates`). */
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

/** The events of a store, with each article's outlet for the timeline. */
export interface StoreEvents {
  events: StoryEvent[];
  outlets: Map<string, string | null>;
  /** Corpus entity id → canonical name. */
  names: Map<string, string>;
}

/** How many new articles one step of the events stage reads and saves. */
export const EVENTS_PAGE = 1000;

/** Stage name of the saved state: one row per article (its features and its event). */
const ARTICLES = 'events';

/**
 * The events corpus stage: put each new article into an event and date each undated article from its event (low
 * confidence, with a warning that says so). It pages through the articles it holds no state for, adds them to the
 * event index reloaded from its saved rows, and saves the articles placed or moved and the estimates of the events
 * that changed in one transaction per page.
 */
export async function indexEvents(store: Store): Promise<{ indexed: number; dated: number }> {
  let index: EventIndex | null = null;
  let copyOf: Map<string, string> | null = null;
  let indexed = 0;
  let dated = 0;
  for await (const page of pages(() => store.listArticles({ unindexedBy: ARTICLES, limit: EVENTS_PAGE, withExtractions: true }))) {
    index ??= await loadEventIndex(store);
    copyOf ??= new Map((await store.listCopies()).map((l) => [l.articleId, l.of]));
    const records = await store.listArticleEntities({ articleIds: page.map((a) => a.id) });
    const entityIds = new Map(records.filter((r) => r.entityId).map((r) => [r.id, r.entityId!]));
    const { changed } = index.add(page.map((a) => eventInputOf(a, { entityIds, copyOf: copyOf!.get(a.id) })));
    const estimates = index.estimatesOf(changed);
    const { articles } = index.takeState();
    dated += await store.saveStageState({
      rows: articles.map((a) => ({ stage: ARTICLES, key: a.article.id, value: packState({ ...a, vector: undefined }, [a.vector.ids, Float32Array.from(a.vector.counts)]) })),
      estimates,
    });
    indexed += page.length;
  }
  return { indexed, dated };
}

/** The store's event index, reloaded from the events stage's saved rows. */
export async function loadEventIndex(store: Store): Promise<EventIndex> {
  const index = new EventIndex();
  for await (const row of store.readStageState(ARTICLES)) {
    const { json, arrays } = unpackState<Omit<SavedEventArticle, 'vector'>>(row.value);
    index.restoreArticle({ ...json, vector: { ids: arrays[0] as Int32Array, counts: Uint8ClampedArray.from(arrays[1]) } });
  }
  index.finishRestore();
  return index;
}

/**
 * The store's events, as the events stage left them: its saved index reloaded, summarised, and each event's place
 * given by name.
 */
export async function storeEvents(store: Store): Promise<StoreEvents> {
  const index = await loadEventIndex(store);
  const events = index.events();
  const names = new Map((await store.listEntities({ withArticles: false })).map((e) => [e.id, e.name]));
  // Places are features by entity id once entities are resolved; the contract gives the place by name.
  for (const e of events) if (e.place && names.has(e.place)) e.place = names.get(e.place)!;
  return { events, outlets: await store.articleOutlets(), names };
}
