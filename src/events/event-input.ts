/**
 * The plain types the events stage reads and writes. They live here while the events work is on its own branch;
 * on integration they move to `src/model.ts`.
 */
import type { DateConfidence, EntityType } from '../model.js';

/** An entity of one article, as the events stage needs it: a name and a type, and a corpus id when resolved. */
export interface EventEntity {
  name: string;
  type: EntityType;
  /** The corpus entity id, once entity resolution has run; the name stands in for it otherwise. */
  id?: string;
}

/** One article as the events stage reads it. */
export interface EventInput {
  id: string;
  text: string;
  title: string | null;
  published: string | null;
  publishedConfidence: DateConfidence | null;
  dateWarnings: string[];
  /** The day of the lead's happening (YYYY-MM-DD), or null. */
  eventDate: string | null;
  /** Why `eventDate` is what it is; "the publication date: …" marks a day taken from publication, not the text. */
  eventDateEvidence?: string | null;
  /** Days written in the text (YYYY-MM-DD). */
  dates: string[];
  entities: EventEntity[];
  /** The words of its direct quotes. */
  quotes: string[];
  outlet?: string | null;
  /** The article this one copies (syndication, repost, rewrite, summary): copies always share their original's event. */
  copyOf?: string;
}

/** A happening several articles may report: a visit, a meeting, a statement, a strike. */
export interface StoryEvent {
  /** Stable while its first article stays in it: `ev-` and a hash of that article's id. */
  id: string;
  /** The day it happened (YYYY-MM-DD), or null when none of its articles is reliably dated. */
  date: string | null;
  title: string;
  articleIds: string[];
  /** Corpus entity ids where the inputs carry them, names otherwise; most mentioned first. */
  entityIds: string[];
  place: string | null;
}

/** A `published` date estimated from the article's event, for an article without a reliable date of its own. */
export interface PublishedEstimate {
  articleId: string;
  published: string;
  eventId: string;
  /** One sentence for the article's date warnings. */
  warning: string;
}
