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

/** A span of the clean text: character offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Words of the clean text at a span, as written. */
export interface Mention extends Span {
  text: string;
}

/** A sentence of the clean text. A quote may run over several sentences; sentences never cross paragraphs. */
export interface Sentence extends Span {
  /** 0-based index of the paragraph (paragraphs are separated by a blank line). */
  paragraph: number;
}

/**
 * A token of the clean text with its part of speech (Universal POS tags as wink-nlp gives them; src/nlp/analyse.ts). Working data of the article
 * stages, carried on the `ArticleDoc`, not stored.
 */
export interface Token extends Span {
  text: string;
  /** Universal part-of-speech tag: PROPN, NOUN, VERB, NUM, PUNCT, … */
  pos: string;
  /** Token type, named as wink-nlp names them: word, number, punctuation, url, tabCRLF, … */
  type: string;
  /** Index of its sentence in `Article.sentences`. */
  sentence: number;
}

/** What kind of thing an entity is. `group` covers nationalities and groups of people ("Kenyans", "residents"). */
export type EntityType = 'person' | 'org' | 'place' | 'group';

/** How an entity is referred to at one mention. */
export type MentionKind = 'name' | 'title' | 'pronoun';

/** One mention of an entity in the article: a name form, a title alone ("the minister") or a pronoun. */
export interface EntityMention extends Mention {
  kind: MentionKind;
}

/** An entity as one article knows it: its mentions linked within the article. */
export interface ArticleEntity {
  /** Article-local id, `e1`, `e2`, …; stored as `<articleId>:e1`. */
  id: string;
  /** The fullest name form the article uses ("Ruth Halloran"). */
  name: string;
  type: EntityType;
  /** Every name form seen in the article ("Ruth Halloran", "Halloran", "Ms. Halloran"). */
  aliases: string[];
  /** Titles and roles as written, lower case unless a proper name ("mayor of Kessmoor Ford", "interior minister"). */
  roles: string[];
  mentions: EntityMention[];
}

/** Who a quote's speaker is: a person or an organisation of the article, an anonymous source, or no one found. */
export type SpeakerKind = 'person' | 'org' | 'anonymous' | 'unknown';

/** The speaker of a quote. */
export interface Speaker {
  /** The entity's name, or the anonymous description as written ("a senior official"). Empty when unknown. */
  name: string;
  kind: SpeakerKind;
  /** The article-local entity id (`e3`), or null for anonymous and unknown speakers. */
  entityId: string | null;
  /** The words that name the speaker at this quote ("she", "Mayor Ruth Halloran", "the ministry"). */
  mention: Mention | null;
}

/** A direct quote: words inside quote marks, attributed to a speaker. */
export interface Quote {
  /** Article-local id, `q1`, `q2`, …; stored as `<articleId>:q1`. */
  id: string;
  /** The words between the marks, without them and without a trailing comma standing for a full stop. */
  text: string;
  /** Offsets of `text` in the clean text. */
  start: number;
  end: number;
  speaker: Speaker;
  /** The speech verb as written ("said", "told", "called", "added"), or null. */
  verb: string | null;
  /** `direct` when the marks hold a sentence or more; `partial` for a phrase inside reported speech. */
  kind: 'direct' | 'partial';
  /** The id of the quote this one continues (the second half of a split quote, a quote's next paragraph), or null. */
  continues: string | null;
  /** The day the words were said, when the text gives it (YYYY-MM-DD), or null. */
  saidOn: string | null;
}

/** What a figure counts. A fixed vocabulary so ledgers can line figures up; `other` for the rest. */
export type FigureMetric =
  | 'killed' | 'injured' | 'missing' | 'hostages' | 'released' | 'detained' | 'displaced' | 'evacuated' | 'aid'
  | 'other';

/** A number reported in the text, with what it counts and who says so. */
export interface Figure {
  /** Article-local id, `f1`, `f2`, …; stored as `<articleId>:f1`. */
  id: string;
  /** The number as written, without its qualifier ("3,400", "eight", "two-thirds of them"). */
  text: string;
  value: number;
  /** The unit of an amount ("crowns", "USD", "people"), or null for a plain count. */
  unit: string | null;
  metric: FigureMetric;
  /** Normalised qualifier: more than, at least, about, nearly, approaching, over, up to, some, exactly, … or null. */
  qualifier: string | null;
  /** Whose count it is, as written ("people", "civilians", "residents of Saltrey"). */
  subject: string | null;
  /** Where, as written. */
  place: string | null;
  /** The attribution as written ("the regional health ministry", "according to a UN agency"), or null. */
  source: string | null;
  /** The day the figure is stated as current (YYYY-MM-DD), or null when the article is undated. */
  asOf: string | null;
  /** True for an increment ("eight more bodies"), false for a total. */
  increment: boolean;
  /** The sentence the figure is in. */
  sentence: string;
  /** Offsets of `text` in the clean text. */
  start: number;
  end: number;
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
  /** Sentences of the clean text. */
  sentences: Sentence[];
  /** People, organisations, places and groups, with their mentions linked within the article. */
  entities: ArticleEntity[];
  quotes: Quote[];
  figures: Figure[];
  /** The day the article's main happening took place (YYYY-MM-DD), beside the publication date, or null. */
  eventDate: string | null;
  /** Why `eventDate` is what it is ("on Thursday" in the first sentence). */
  eventDateEvidence: string | null;
  messages: Message[];
}

/**
 * The working document an article stage reads and writes: the raw input, the article being built, and its messages.
 * Stages fill `article` one key at a time, in the order `src/pipeline/article/index.ts` lists.
 */
export interface ArticleDoc {
  raw: RawDocument;
  article: Partial<Article> & { messages: Message[] };
  /** Tokens of the clean text, set by the sentences stage for the stages after it. */
  tokens?: Token[];
}

/** A stage over one article: a small function that fills one part of the article. */
export interface ArticleStage {
  name: string;
  run(doc: ArticleDoc): void;
}

/** One actor across the corpus: the article entities that name the same person, organisation, place or group. */
export interface Entity {
  /** Corpus-wide id, stable while the same article entities make it up. */
  id: string;
  /** The canonical name: the fullest well-attested form. */
  name: string;
  type: EntityType;
  /** Every surface form seen across the corpus, garbled ones included. */
  aliases: string[];
  /** How many article entities used each alias: the canonical name is the best-attested of the fullest forms. */
  aliasCounts: Record<string, number>;
  roles: string[];
  articleIds: string[];
}

/** An article's entity as stored: its article, and the corpus entity it was merged into. */
export interface ArticleEntityRecord extends ArticleEntity {
  /** `<articleId>:e1`. */
  id: string;
  articleId: string;
  /** The corpus entity, once entity resolution has run. */
  entityId: string | null;
}

/** A quote as the store gives it back: global id, its article, and the speaker's corpus entity. */
export interface QuoteRecord extends Quote {
  /** `<articleId>:q1`; `continues` is global too. */
  id: string;
  articleId: string;
  outlet: string | null;
  published: string | null;
}

/** A figure as the store gives it back: global id and its article. */
export interface FigureRecord extends Figure {
  /** `<articleId>:f1`. */
  id: string;
  articleId: string;
  outlet: string | null;
  published: string | null;
}

/** How a copy relates to its original. */
export type CopyRelation = 'duplicate' | 'syndicated' | 'rewrite' | 'summary';

/** A copy linked to the original of its group. */
export interface CopyLink {
  articleId: string;
  /** The id of the group's original: never itself a copy. */
  of: string;
  relation: CopyRelation;
  /** How much of the copy is found in the original, 0 to 1. */
  similarity: number;
}

/** A `published` date estimated for an undated article from the event it reports. */
export interface PublishedEstimateRecord {
  articleId: string;
  published: string;
  /** One sentence for the article's date warnings. */
  warning: string;
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
