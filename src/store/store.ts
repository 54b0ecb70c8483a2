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
  listArticleEntities(filter?: { unresolved?: boolean }): Promise<ArticleEntityRecord[]>;
  /**
   * Save what entity resolution decided, in one transaction: insert or update these corpus entities (their
   * `articleIds` are ignored: the store derives them from the links) and link article entities to them.
   */
  saveEntities(entities: Entity[], links: Map<string, string>): Promise<void>;
  /** Corpus entities, most-mentioned first. */
  listEntities(filter?: EntityFilter): Promise<Entity[]>;
  /** Replace every copy link in one transaction. */
  replaceCopies(links: CopyLink[]): Promise<void>;
  /** Copy links, by the original's date then the copy's. */
  listCopies(): Promise<CopyLink[]>;
  /**
   * Date undated articles from their events, in one transaction: `published` (low confidence), the evidence and a
   * warning, and the as-of day of their figures. Articles with a date of their own are left as they are; applying
   * the same estimates twice changes nothing.
   */
  applyPublishedEstimates(estimates: PublishedEstimateRecord[]): Promise<number>;
  /** A corpus stage's note to itself (e.g. how many articles it last saw), or null. */
  getMarker(name: string): Promise<string | null>;
  setMarker(name: string, value: string): Promise<void>;
  summary(): Promise<CorpusSummary>;
  close(): Promise<void>;
}
