/**
 * The project's vocabulary: the types that flow from readers through the stages to the store and the surfaces.
 * Every layer imports its types from here, so a field means one thing everywhere.
 */

/** The input formats the readers understand. */
export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl' | 'warc';

/** How bad a message is: a fatal message means the article (or input) was not stored. */
export type Severity = 'fatal' | 'warning' | 'info';

/** A problem or a note about one input or article, raised by a reader or a stage. */
export interface Message {
  severity: Severity;
  /** The reader or stage that raised it, e.g. `reader:html` or `dates`. */
  stage: string;
  /** A short stable id for the rule, e.g. `page-date-disagrees`. */
  rule: string;
  /** One sentence a person can read. */
  text: string;
}

/**
 * What a reader hands to the pipeline: one article as found in the input, before cleaning.
 * A reader fills what its format carries; everything else stays undefined.
 */
export interface RawDocument {
  /** The path or URL it came from, with `#N` for the Nth record of a multi-record input (feed item, JSON line, WARC record). */
  source: string;
  format: InputFormat;
  /** Plain text of the article body (plain-text inputs, JSON lines with `text`, feeds without HTML). */
  text?: string;
  /** HTML of the page or of the article body (HTML pages, WARC responses, feed content, JSON lines with `html`). */
  html?: string;
  url?: string;
  title?: string;
  /** Outlet name as the input states it (site name, JSON `outlet`, wire tag). */
  outlet?: string;
  /** ISO date or date-time as the input states it. */
  published?: string;
  /** Where `published` came from, e.g. `json-ld datePublished`, `feed pubDate`, `header line`. */
  publishedEvidence?: string;
  modified?: string;
  authors?: string[];
  language?: string;
  /** A dateline found by the reader ("GENEVA (Reuters)"), kept as written. */
  dateline?: string;
  /** Photo captions and credits found by the reader. */
  captions?: string[];
  description?: string;
  /** Messages the reader raised about this document (not fatal: a fatal problem is a ReadFailure). */
  messages?: Message[];
}

/** A reader's report that an input, or one record of it, could not be read. */
export interface ReadFailure {
  source: string;
  /** One sentence naming the input (and record or line) and the reason. */
  reason: string;
}

/** What a reader yields for each record. */
export type ReadResult = { ok: true; doc: RawDocument } | { ok: false; failure: ReadFailure };

/** How sure the pipeline is of an article's `published` date. */
export type DateConfidence = 'high' | 'medium' | 'low';

/** A date written in the article's text, resolved to a calendar day. */
export interface DateMention {
  /** The words as written ("on Thursday", "Nov. 6"). */
  text: string;
  start: number;
  end: number;
  /** The resolved day, YYYY-MM-DD. */
  date: string;
  /** True when the words name the day outright (a year or full date), false when resolved against a reference date. */
  absolute: boolean;
}

/** A line removed from the body by the cleaning stage, with the rule that removed it. */
export interface RemovedLine {
  text: string;
  rule: string;
}

/** One article after the article stages: clean text, metadata and dates, ready to store. */
export interface Article {
  /** Stable id: a hash of the normalised text and the outlet or URL. */
  id: string;
  source: string;
  format: InputFormat;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** The date the evidence supports, YYYY-MM-DD, or null. */
  published: string | null;
  publishedConfidence: DateConfidence | null;
  /** Why `published` is what it is. */
  publishedEvidence: string | null;
  /** The date the page itself claims, when it has one, YYYY-MM-DD. */
  pageDate: string | null;
  modified: string | null;
  dateWarnings: string[];
  authors: string[];
  contributors: string[];
  language: string | null;
  /** True when the article is in a language the English-only stages skip. */
  nonEnglish: boolean;
  dateline: string | null;
  captions: string[];
  /** The outlet a repost credits as its source ("Source: Meridian News Agency"), as written. */
  credit: string | null;
  /** The clean text: the article's own words, paragraphs separated by a blank line. */
  text: string;
  /** Dates written in the text, resolved against the published date. */
  dates: DateMention[];
  removed: RemovedLine[];
  messages: Message[];
}

/**
 * The working document an article stage reads and writes: the raw input, the article being built, and its messages.
 * Stages fill `article` one key at a time, in the order `src/pipeline/article/index.ts` lists.
 */
export interface ArticleDoc {
  raw: RawDocument;
  article: Partial<Article> & { messages: Message[] };
}

/** A stage over one article: a small function that fills one part of the article. */
export interface ArticleStage {
  name: string;
  run(doc: ArticleDoc): void;
}

/** Counts the ingest command reports at its end. */
export interface IngestSummary {
  read: number;
  stored: number;
  known: number;
  failed: number;
}

/** A corpus-level summary for the demo and for people. */
export interface CorpusSummary {
  articles: number;
  outlets: number;
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
  withWarnings: number;
  nonEnglish: number;
}
