import type { Article } from '../../model.js';
import type { EventInput } from '../../events/event-input.js';

/**
 * What the events stage reads of a stored article. Entities carry their corpus id once entity resolution has run;
 * quotes are their words. `copyOf` comes from the copies stage when it has linked the article to an original.
 */
export function eventInputOf(article: Article, options: { copyOf?: string; entityIds?: Map<string, string> } = {}): EventInput {
  return {
    id: article.id,
    text: article.text,
    title: article.title,
    published: article.published,
    publishedConfidence: article.publishedConfidence,
    dateWarnings: article.dateWarnings,
    eventDate: article.eventDate,
    eventDateEvidence: article.eventDateEvidence,
    dates: article.dates.map((d) => d.date),
    entities: article.entities.map((e) => ({ name: e.name, type: e.type, id: options.entityIds?.get(`${article.id}:${e.id}`) })),
    quotes: article.quotes.map((q) => q.text),
    outlet: article.outlet,
    copyOf: options.copyOf,
  };
}
