import Database from 'better-sqlite3';
import type { Article, CorpusSummary } from '../../model.js';
import { toFtsQuery } from '../fts-query.js';
import type { ArticleFilter, SaveOutcome, SearchHit, Store } from '../store.js';
import { migrations } from './migrations.js';

type Row = Record<string, unknown>;

/** The embedded store: one SQLite file in WAL mode, migrated on open. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly exists: Database.Statement;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode keeps every committed transaction across a process crash; only power loss may drop the last.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.insert = this.db.prepare(`
      INSERT OR IGNORE INTO articles (id, source, format, url, outlet, title, published, published_confidence,
        published_evidence, page_date, modified, date_warnings, authors, contributors, language, non_english,
        dateline, captions, credit, text, dates, removed, messages, ingested_at)
      VALUES (@id, @source, @format, @url, @outlet, @title, @published, @publishedConfidence, @publishedEvidence,
        @pageDate, @modified, @dateWarnings, @authors, @contributors, @language, @nonEnglish, @dateline, @captions,
        @credit, @text, @dates, @removed, @messages, @ingestedAt)`);
    this.exists = this.db.prepare('SELECT 1 FROM articles WHERE id = ?');
  }

  async saveArticle(article: Article): Promise<SaveOutcome> {
    const save = this.db.transaction((a: Article): SaveOutcome => {
      const result = this.insert.run({
        ...a,
        nonEnglish: a.nonEnglish ? 1 : 0,
        dateWarnings: JSON.stringify(a.dateWarnings),
        authors: JSON.stringify(a.authors),
        contributors: JSON.stringify(a.contributors),
        captions: JSON.stringify(a.captions),
        dates: JSON.stringify(a.dates),
        removed: JSON.stringify(a.removed),
        messages: JSON.stringify(a.messages),
        ingestedAt: new Date().toISOString(),
      });
      return result.changes > 0 ? 'stored' : 'known';
    });
    return save(article);
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.exists.get(id) !== undefined;
  }

  async getArticle(id: string): Promise<Article | undefined> {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return row ? toArticle(row) : undefined;
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Article[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.outlet) {
      where.push('outlet = @outlet COLLATE NOCASE');
      params.outlet = filter.outlet;
    }
    if (filter.from) {
      where.push('published >= @from');
      params.from = filter.from;
    }
    if (filter.to) {
      where.push('published <= @to');
      params.to = filter.to;
    }
    const sql = `SELECT * FROM articles ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY published IS NULL, published, source LIMIT @limit OFFSET @offset`;
    const rows = this.db.prepare(sql).all({ ...params, limit: filter.limit ?? -1, offset: filter.offset ?? 0 }) as Row[];
    return rows.map(toArticle);
  }

  async listOutletNames(): Promise<string[]> {
    const rows = this.db.prepare('SELECT outlet AS name FROM articles WHERE outlet IS NOT NULL UNION SELECT credit FROM articles WHERE credit IS NOT NULL ORDER BY 1').all() as { name: string }[];
    return rows.map((r) => r.name);
  }

  async renameOutlets(renames: Map<string, string>): Promise<void> {
    const rename = this.db.prepare('UPDATE articles SET outlet = ? WHERE outlet = ?');
    this.db.transaction(() => {
      for (const [from, to] of renames) rename.run(to, from);
    })();
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet,
           bm25(articles_fts, 5.0, 1.0) AS score
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY score LIMIT ?`,
      )
      .all(fts, options.limit ?? 20) as Row[];
    return rows.map((r) => ({
      id: r.id as string,
      title: r.title as string | null,
      outlet: r.outlet as string | null,
      published: r.published as string | null,
      snippet: r.snippet as string,
      score: r.score as number,
    }));
  }

  async summary(): Promise<CorpusSummary> {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS articles, COUNT(DISTINCT outlet) AS outlets, MIN(published) AS firstDate,
           MAX(published) AS lastDate, SUM(published IS NULL) AS undated,
           SUM(date_warnings <> '[]') AS withWarnings, SUM(non_english) AS nonEnglish FROM articles`,
      )
      .get() as Row;
    return {
      articles: Number(row.articles),
      outlets: Number(row.outlets),
      firstDate: (row.firstDate as string) ?? null,
      lastDate: (row.lastDate as string) ?? null,
      undated: Number(row.undated ?? 0),
      withWarnings: Number(row.withWarnings ?? 0),
      nonEnglish: Number(row.nonEnglish ?? 0),
    };
  }

  /** `PRAGMA integrity_check`: "ok" when the file is sound. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
}

function toArticle(r: Row): Article {
  const json = <T>(v: unknown): T => JSON.parse((v as string) ?? 'null') as T;
  return {
    id: r.id as string,
    source: r.source as string,
    format: r.format as Article['format'],
    url: (r.url as string) ?? null,
    outlet: (r.outlet as string) ?? null,
    title: (r.title as string) ?? null,
    published: (r.published as string) ?? null,
    publishedConfidence: (r.published_confidence as Article['publishedConfidence']) ?? null,
    publishedEvidence: (r.published_evidence as string) ?? null,
    pageDate: (r.page_date as string) ?? null,
    modified: (r.modified as string) ?? null,
    dateWarnings: json(r.date_warnings),
    authors: json(r.authors),
    contributors: json(r.contributors),
    language: (r.language as string) ?? null,
    nonEnglish: r.non_english === 1,
    dateline: (r.dateline as string) ?? null,
    captions: json(r.captions),
    credit: (r.credit as string) ?? null,
    text: r.text as string,
    dates: json(r.dates),
    removed: json(r.removed),
    sentences: [],
    entities: [],
    quotes: [],
    figures: [],
    eventDate: null,
    eventDateEvidence: null,
    messages: json(r.messages),
  };
}
