import type { Article, CorpusSummary } from '../model.js';

/** Which articles to list. */
export interface ArticleFilter {
  outlet?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
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
  summary(): Promise<CorpusSummary>;
  close(): Promise<void>;
}
