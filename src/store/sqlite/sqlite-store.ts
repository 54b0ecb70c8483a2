import Database from 'better-sqlite3';
import type { Article, ArticleEntityRecord, CopyLink, CorpusSummary, Entity, FigureRecord, PublishedEstimateRecord, QuoteRecord } from '../../model.js';
import { toFtsQuery } from '../fts-query.js';
import type { ArticleFilter, EntityFilter, FigureFilter, QuoteFilter, SaveOutcome, SearchHit, StageRow, StageUpdate, Store } from '../store.js';
import { migrations } from './migrations.js';

type Row = Record<string, unknown>;

/** The embedded store: one SQLite file in WAL mode, migrated on open. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly exists: Database.Statement;
  private readonly insertEntity: Database.Statement;
  private readonly insertQuote: Database.Statement;
  private readonly insertFigure: Database.Statement;

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
        dateline, captions, credit, text, dates, removed, sentences, event_date, event_date_evidence, messages, ingested_at)
      VALUES (@id, @source, @format, @url, @outlet, @title, @published, @publishedConfidence, @publishedEvidence,
        @pageDate, @modified, @dateWarnings, @authors, @contributors, @language, @nonEnglish, @dateline, @captions,
        @credit, @text, @dates, @removed, @sentences, @eventDate, @eventDateEvidence, @messages, @ingestedAt)`);
    this.exists = this.db.prepare('SELECT 1 FROM articles WHERE id = ?');
    this.insertEntity = this.db.prepare(`INSERT INTO article_entities (id, article_id, ord, name, type, aliases, roles, mentions)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertQuote = this.db.prepare(`INSERT INTO quotes (id, article_id, ord, text, start_offset, end_offset, speaker_name,
        speaker_kind, speaker_entity, speaker_mention, verb, kind, continues, said_on)
      VALUES (@id, @articleId, @ord, @text, @start, @end, @speakerName, @speakerKind, @speakerEntity, @speakerMention, @verb,
        @kind, @continues, @saidOn)`);
    this.insertFigure = this.db.prepare(`INSERT INTO figures (id, article_id, ord, text, value, unit, metric, qualifier, subject,
        place, source, as_of, increment, sentence, start_offset, end_offset)
      VALUES (@id, @articleId, @ord, @text, @value, @unit, @metric, @qualifier, @subject, @place, @source, @asOf, @increment,
        @sentence, @start, @end)`);
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
        sentences: JSON.stringify(a.sentences.map((x) => [x.start, x.end, x.paragraph])),
        messages: JSON.stringify(a.messages),
        ingestedAt: new Date().toISOString(),
      });
      if (result.changes === 0) return 'known';
      const g = (local: string | null): string | null => (local ? `${a.id}:${local}` : null);
      a.entities.forEach((e, ord) => {
        this.insertEntity.run(g(e.id), a.id, ord, e.name, e.type, JSON.stringify(e.aliases), JSON.stringify(e.roles), JSON.stringify(e.mentions));
      });
      a.quotes.forEach((q, ord) => {
        this.insertQuote.run({
          id: g(q.id), articleId: a.id, ord, text: q.text, start: q.start, end: q.end, speakerName: q.speaker.name,
          speakerKind: q.speaker.kind, speakerEntity: g(q.speaker.entityId),
          speakerMention: q.speaker.mention ? JSON.stringify(q.speaker.mention) : null, verb: q.verb, kind: q.kind,
          continues: g(q.continues), saidOn: q.saidOn,
        });
      });
      a.figures.forEach((f, ord) => {
        this.insertFigure.run({ ...f, id: g(f.id), articleId: a.id, ord, increment: f.increment ? 1 : 0 });
      });
      return 'stored';
    });
    return save(article);
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.exists.get(id) !== undefined;
  }

  async getArticle(id: string): Promise<Article | undefined> {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!row) return undefined;
    const article = toArticle(row);
    this.attachExtractions([article]);
    return article;
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Article[]> {
    const { where, params } = conditions(
      { ...filter, ids: filter.ids && JSON.stringify(filter.ids) },
      {
        outlet: 'outlet = @outlet COLLATE NOCASE',
        from: 'published >= @from',
        to: 'published <= @to',
        ids: 'id IN (SELECT value FROM json_each(@ids))',
        unindexedBy: 'NOT EXISTS (SELECT 1 FROM stage_state s WHERE s.stage = @unindexedBy AND s.key = articles.id)',
      },
    );
    const order = filter.unindexedBy ? 'seq' : 'published IS NULL, published, source';
    const sql = `SELECT * FROM articles ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`;
    const rows = this.db.prepare(sql).all({ ...params, limit: filter.limit ?? -1, offset: filter.offset ?? 0 }) as Row[];
    const articles = rows.map(toArticle);
    if (filter.withExtractions) this.attachExtractions(articles);
    return articles;
  }

  async articleOutlets(): Promise<Map<string, string | null>> {
    const rows = this.db.prepare('SELECT id, outlet FROM articles').raw().all() as Array<[string, string | null]>;
    return new Map(rows);
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

  async listQuotes(filter: QuoteFilter = {}): Promise<QuoteRecord[]> {
    const { where, params } = conditions(filter, {
      speaker: `(instr(lower(q.speaker_name), lower(@speaker)) > 0 OR instr(lower(e.name), lower(@speaker)) > 0
        OR instr(lower(e.aliases), lower(@speaker)) > 0)`,
      entityId: 'ae.entity_id = @entityId',
      articleId: 'q.article_id = @articleId',
    });
    const sql = `${QUOTE_SELECT} ${where} ORDER BY a.published IS NULL, a.published, a.source, q.ord LIMIT @limit`;
    return (this.db.prepare(sql).all({ ...params, limit: filter.limit ?? -1 }) as Row[]).map(toQuote);
  }

  async listFigures(filter: FigureFilter = {}): Promise<FigureRecord[]> {
    const { where, params } = conditions(filter, { metric: 'f.metric = @metric', articleId: 'f.article_id = @articleId' });
    const sql = `${FIGURE_SELECT} ${where} ORDER BY a.published IS NULL, a.published, a.source, f.ord LIMIT @limit`;
    return (this.db.prepare(sql).all({ ...params, limit: filter.limit ?? -1 }) as Row[]).map(toFigure);
  }

  async listArticleEntities(filter: { unresolved?: boolean; articleIds?: string[]; limit?: number } = {}): Promise<ArticleEntityRecord[]> {
    const { where, params } = conditions(
      { unresolved: filter.unresolved ? 1 : undefined, articleIds: filter.articleIds && JSON.stringify(filter.articleIds) },
      { unresolved: 'ae.entity_id IS NULL AND @unresolved', articleIds: 'ae.article_id IN (SELECT value FROM json_each(@articleIds))' },
    );
    return (this.db.prepare(`SELECT ae.* FROM article_entities ae JOIN articles a ON a.id = ae.article_id ${where} ORDER BY a.seq, ae.ord LIMIT @limit`)
      .all({ ...params, limit: filter.limit ?? -1 }) as Row[]).map(toArticleEntity);
  }

  async saveEntities(entities: Entity[], links: Map<string, string>): Promise<void> {
    const upsert = this.db.prepare(`INSERT INTO entities (id, name, type, aliases, alias_counts, roles) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
        alias_counts = excluded.alias_counts, roles = excluded.roles`);
    const link = this.db.prepare('UPDATE article_entities SET entity_id = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const e of entities) upsert.run(e.id, e.name, e.type, JSON.stringify(e.aliases), JSON.stringify(e.aliasCounts), JSON.stringify(e.roles));
      for (const [articleEntity, entity] of links) link.run(entity, articleEntity);
    })();
  }

  async listEntities(filter: EntityFilter = {}): Promise<Entity[]> {
    const { where, params } = conditions(filter, {
      type: 'e.type = @type',
      name: '(instr(lower(e.name), lower(@name)) > 0 OR instr(lower(e.aliases), lower(@name)) > 0)',
    });
    const articles = filter.withArticles === false ? `'[]'`
      : '(SELECT json_group_array(DISTINCT ae.article_id) FROM article_entities ae WHERE ae.entity_id = e.id)';
    const sql = `SELECT e.*, ${articles} AS article_ids FROM entities e ${where}
      ORDER BY json_array_length(article_ids) DESC, name LIMIT @limit`;
    return (this.db.prepare(sql).all({ ...params, limit: filter.limit ?? -1 }) as Row[]).map((r) => ({
      id: r.id as string,
      name: r.name as string,
      type: r.type as Entity['type'],
      aliases: JSON.parse(r.aliases as string) as string[],
      aliasCounts: JSON.parse(r.alias_counts as string) as Record<string, number>,
      roles: JSON.parse(r.roles as string) as string[],
      articleIds: JSON.parse(r.article_ids as string) as string[],
    }));
  }

  async listCopies(): Promise<CopyLink[]> {
    return this.rows(`SELECT c.* FROM copies c JOIN articles o ON o.id = c.of JOIN articles a ON a.id = c.article_id
      ORDER BY o.published IS NULL, o.published, o.source, a.published, a.source`).map((r) => ({
      articleId: r.article_id as string,
      of: r.of as string,
      relation: r.relation as CopyLink['relation'],
      similarity: r.similarity as number,
    }));
  }

  async *readStageState(stage: string): AsyncIterable<StageRow> {
    const rows = this.db.prepare('SELECT key, value FROM stage_state WHERE stage = ? ORDER BY seq').iterate(stage) as Iterable<{ key: string; value: Buffer }>;
    for (const r of rows) yield { stage, key: r.key, value: r.value };
  }

  async saveStageState(update: StageUpdate): Promise<number> {
    const row = this.db.prepare(`INSERT INTO stage_state (stage, key, value) VALUES (?, ?, ?)
      ON CONFLICT(stage, key) DO UPDATE SET value = excluded.value`);
    const copy = this.db.prepare(`INSERT INTO copies (article_id, of, relation, similarity) VALUES (?, ?, ?, ?)
      ON CONFLICT(article_id) DO UPDATE SET of = excluded.of, relation = excluded.relation, similarity = excluded.similarity`);
    return this.db.transaction(() => {
      for (const r of update.rows) row.run(r.stage, r.key, r.value);
      for (const l of update.copies ?? []) copy.run(l.articleId, l.of, l.relation, l.similarity);
      return this.applyEstimates(update.estimates ?? []);
    })();
  }

  /** Apply published estimates inside the caller's transaction. */
  private applyEstimates(estimates: PublishedEstimateRecord[]): number {
    const evidence = 'its event';
    const update = this.db.prepare(`UPDATE articles SET published = @published, published_confidence = 'low',
        published_evidence = '${evidence}', date_warnings = json_array(@warning)
      WHERE id = @articleId AND (published IS NULL OR published_evidence = '${evidence}')
        AND (published IS NOT @published OR date_warnings IS NOT json_array(@warning))`);
    const figures = this.db.prepare('UPDATE figures SET as_of = @published WHERE article_id = @articleId AND as_of IS NULL');
    const eventDate = this.db.prepare(`UPDATE articles SET event_date = COALESCE(event_date, @published),
        event_date_evidence = COALESCE(event_date_evidence, 'its event') WHERE id = @articleId`);
    let changed = 0;
    for (const e of estimates) {
      const record = { articleId: e.articleId, published: e.published, warning: e.warning };
      if (update.run(record).changes === 0) continue;
      changed++;
      figures.run(record);
      eventDate.run(record);
    }
    return changed;
  }

  /** Load the entities, quotes and figures of many articles with one query per kind, not three per article. */
  private attachExtractions(articles: Article[]): void {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const local = (global: string | null, articleId: string): string | null => (global ? global.slice(articleId.length + 1) : null);
    // The rows of these articles only, by the article_id indexes: a page of a large store reads its own rows.
    const ids = JSON.stringify(articles.map((a) => a.id));
    const each = (select: string, alias: string, fn: (article: Article, row: Row) => void) => {
      const sql = `${select} WHERE ${alias}.article_id IN (SELECT value FROM json_each(?)) ORDER BY ${alias}.article_id, ${alias}.ord`;
      for (const row of this.db.prepare(sql).iterate(ids) as Iterable<Row>) {
        const article = byId.get(row.article_id as string);
        if (article) fn(article, row);
      }
    };
    each('SELECT * FROM article_entities ae', 'ae', (a, r) => {
      const { articleId: _a, entityId: _e, ...entity } = toArticleEntity(r);
      a.entities.push({ ...entity, id: local(entity.id, a.id)! });
    });
    each(QUOTE_SELECT, 'q', (a, r) => {
      const q = toQuote(r);
      a.quotes.push({
        id: local(q.id, a.id)!, text: q.text, start: q.start, end: q.end, verb: q.verb, kind: q.kind, continues: local(q.continues, a.id),
        saidOn: q.saidOn, speaker: { ...q.speaker, entityId: local(r.speaker_entity as string | null, a.id) },
      });
    });
    each(FIGURE_SELECT, 'f', (a, r) => {
      const { articleId: _a, outlet: _o, published: _p, ...f } = toFigure(r);
      a.figures.push({ ...f, id: local(f.id, a.id)! });
    });
  }

  private rows(sql: string, ...params: unknown[]): Row[] {
    return this.db.prepare(sql).all(...params) as Row[];
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
    sentences: json<Array<[number, number, number]>>(r.sentences ?? '[]').map(([start, end, paragraph]) => ({ start, end, paragraph })),
    entities: [],
    quotes: [],
    figures: [],
    eventDate: (r.event_date as string) ?? null,
    eventDateEvidence: (r.event_date_evidence as string) ?? null,
    messages: json(r.messages),
  };
}

/** A WHERE clause from the filter keys that are set, each with its SQL condition over a named parameter of that key. */
function conditions<F extends object>(filter: F, sql: Partial<Record<keyof F, string>>): { where: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [key, condition] of Object.entries(sql) as Array<[keyof F & string, string]>) {
    const value = filter[key];
    if (value === undefined || value === null || value === '') continue;
    parts.push(condition);
    params[key] = value;
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const QUOTE_SELECT = `SELECT q.*, a.outlet, a.published, ae.entity_id, e.name AS entity_name
  FROM quotes q JOIN articles a ON a.id = q.article_id
  LEFT JOIN article_entities ae ON ae.id = q.speaker_entity
  LEFT JOIN entities e ON e.id = ae.entity_id`;

const FIGURE_SELECT = `SELECT f.*, a.outlet, a.published FROM figures f JOIN articles a ON a.id = f.article_id`;

function toQuote(r: Row): QuoteRecord {
  return {
    id: r.id as string,
    articleId: r.article_id as string,
    outlet: (r.outlet as string) ?? null,
    published: (r.published as string) ?? null,
    text: r.text as string,
    start: r.start_offset as number,
    end: r.end_offset as number,
    speaker: {
      // A person's name is the corpus entity's canonical name once entity resolution has merged it.
      name: (r.entity_name as string) ?? (r.speaker_name as string),
      kind: r.speaker_kind as QuoteRecord['speaker']['kind'],
      entityId: (r.entity_id as string) ?? null,
      mention: r.speaker_mention ? (JSON.parse(r.speaker_mention as string) as QuoteRecord['speaker']['mention']) : null,
    },
    verb: (r.verb as string) ?? null,
    kind: r.kind as QuoteRecord['kind'],
    continues: (r.continues as string) ?? null,
    saidOn: (r.said_on as string) ?? null,
  };
}

function toFigure(r: Row): FigureRecord {
  return {
    id: r.id as string,
    articleId: r.article_id as string,
    outlet: (r.outlet as string) ?? null,
    published: (r.published as string) ?? null,
    text: r.text as string,
    value: r.value as number,
    unit: (r.unit as string) ?? null,
    metric: r.metric as FigureRecord['metric'],
    qualifier: (r.qualifier as string) ?? null,
    subject: (r.subject as string) ?? null,
    place: (r.place as string) ?? null,
    source: (r.source as string) ?? null,
    asOf: (r.as_of as string) ?? null,
    increment: r.increment === 1,
    sentence: r.sentence as string,
    start: r.start_offset as number,
    end: r.end_offset as number,
  };
}

function toArticleEntity(r: Row): ArticleEntityRecord {
  return {
    id: r.id as string,
    articleId: r.article_id as string,
    entityId: (r.entity_id as string) ?? null,
    name: r.name as string,
    type: r.type as ArticleEntityRecord['type'],
    aliases: JSON.parse(r.aliases as string) as string[],
    roles: JSON.parse(r.roles as string) as string[],
    mentions: JSON.parse(r.mentions as string) as ArticleEntityRecord['mentions'],
  };
}
