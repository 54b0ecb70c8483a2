import type { Article, ArticleEntityRecord, CopyLink, PublishedEstimateRecord, CorpusSummary, Entity, EntityType, FigureMetric, FigureRecord, QuoteRecord } from '../model.js';

/** Which articles to list. */
export interface ArticleFilter {
  outlet?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
  /** Also load each article's entities, quotes and figures (left empty otherwise, which is faster). */
  withExtractions?: boolean;
  /** Only these articles. */
  ids?: string[];
  /** Only the articles this corpus stage holds no state for, in storing order (for a stage to page through what is new to it). */
  unindexedBy?: string;
}

/** One row of a corpus stage's saved state: under an article's id, or a key of the stage's own. */
export interface StageRow {
  stage: string;
  key: string;
  value: Uint8Array;
}

/** What one step of a corpus stage saves, in one transaction, so a killed run leaves the stage where it was. */
export interface StageUpdate {
  /** State rows to insert or replace (a replaced row keeps its place in the stage's order). */
  rows: StageRow[];
  /** Copy links to insert or replace. */
  copies?: CopyLink[];
  /**
   * Dates for undated articles from their events: `published` (low confidence), the evidence `its event` and a
   * warning, and the as-of day of their figures. Articles with a date of their own are left as they are; applying
   * the same estimates twice changes nothing.
   */
  estimates?: PublishedEstimateRecord[];
}

/** One full-text search result. */
export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** The matching words in context, with the matches in [brackets]. */
  snippet: string;
  /** Lower is better (bm25). */
  score: number;
}

/** Which quotes to list. */
export interface QuoteFilter {
  /** A speaker's name, any part of it, without case ("Brask", "teodora brask", "a senior official"). */
  speaker?: string;
  /** Only quotes whose speaker is this corpus entity. */
  entityId?: string;
  articleId?: string;
  limit?: number;
}

/** Which figures to list. */
export interface FigureFilter {
  metric?: FigureMetric;
  articleId?: string;
  limit?: number;
}

/** Which corpus entities to list. */
export interface EntityFilter {
  type?: EntityType;
  /** Any part of the name or an alias, without case. */
  name?: string;
  limit?: number;
  /** False to leave `articleIds` empty, which is faster (default true). */
  withArticles?: boolean;
}

/** What saving an article did. */
export type SaveOutcome = 'stored' | 'known';

/**
 * The store: what the pipeline and the surfaces need, shaped by them, not by SQL. Every backend implements it and
 * passes the same contract tests; nothing outside `src/store/<backend>/` names a backend.
 */
export interface Store {
  /** Save an article with everything extracted from it, in one transaction; an article already stored is left as it is. */
  saveArticle(article: Article): Promise<SaveOutcome>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | undefined>;
  /** Articles by published date (undated last), then source. */
  listArticles(filter?: ArticleFilter): Promise<Article[]>;
  /** Each article's outlet, by article id (without reading the articles). */
  articleOutlets(): Promise<Map<string, string | null>>;
  /** Every outlet name the corpus states: articles' outlets and the outlets reposts credit. */
  listOutletNames(): Promise<string[]>;
  /** Rename outlets (old value → new value) in one transaction. */
  renameOutlets(renames: Map<string, string>): Promise<void>;
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  /** Quotes by article date, then position in the article; the speaker's `entityId` is the corpus entity. */
  listQuotes(filter?: QuoteFilter): Promise<QuoteRecord[]>;
  /** Figures by article date, then position in the article. */
  listFigures(filter?: FigureFilter): Promise<FigureRecord[]>;
  /** Article entities with their article and corpus entity, in storing order; `unresolved` gives those not yet merged. */
  listArticleEntities(filter?: { unresolved?: boolean; articleIds?: string[]; limit?: number }): Promise<ArticleEntityRecord[]>;
  /**
   * Save what entity resolution decided, in one transaction: insert or update these corpus entities (their
   * `articleIds` are ignored: the store derives them from the links) and link article entities to them.
   */
  saveEntities(entities: Entity[], links: Map<string, string>): Promise<void>;
  /** Corpus entities, most-mentioned first. */
  listEntities(filter?: EntityFilter): Promise<Entity[]>;
  /** Copy links, by the original's date then the copy's. */
  listCopies(): Promise<CopyLink[]>;
  /** A corpus stage's saved state, in the order its rows were first saved, row by row (a large store's rows are not all held at once). */
  readStageState(stage: string): AsyncIterable<StageRow>;
  /** Save a step of a corpus stage in one transaction; returns how many articles the estimates changed. */
  saveStageState(update: StageUpdate): Promise<number>;
  summary(): Promise<CorpusSummary>;
  close(): Promise<void>;
}
