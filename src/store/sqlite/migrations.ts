/**
 * The SQLite schema as numbered migrations. A migration, once released, is never edited: add the next one.
 * Lists and nested values are JSON text; the columns the surfaces filter on are real columns with indexes.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        published_confidence TEXT,
        published_evidence TEXT,
        page_date TEXT,
        modified TEXT,
        date_warnings TEXT NOT NULL DEFAULT '[]',
        authors TEXT NOT NULL DEFAULT '[]',
        contributors TEXT NOT NULL DEFAULT '[]',
        language TEXT,
        non_english INTEGER NOT NULL DEFAULT 0,
        dateline TEXT,
        captions TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL,
        dates TEXT NOT NULL DEFAULT '[]',
        removed TEXT NOT NULL DEFAULT '[]',
        messages TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'article credit',
    sql: `ALTER TABLE articles ADD COLUMN credit TEXT;`,
  },
  {
    version: 3,
    name: 'extractions: sentences, event date, entities, quotes, figures',
    sql: `
      ALTER TABLE articles ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE articles ADD COLUMN event_date TEXT;
      ALTER TABLE articles ADD COLUMN event_date_evidence TEXT;
      CREATE TABLE article_entities (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,
        roles TEXT NOT NULL,
        mentions TEXT NOT NULL,
        entity_id TEXT
      );
      CREATE INDEX article_entities_article ON article_entities(article_id);
      CREATE INDEX article_entities_entity ON article_entities(entity_id);
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL,
        alias_counts TEXT NOT NULL,
        roles TEXT NOT NULL
      );
      CREATE INDEX entities_type ON entities(type);
      CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        text TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        speaker_name TEXT NOT NULL,
        speaker_kind TEXT NOT NULL,
        speaker_entity TEXT,
        speaker_mention TEXT,
        verb TEXT,
        kind TEXT NOT NULL,
        continues TEXT,
        said_on TEXT
      );
      CREATE INDEX quotes_article ON quotes(article_id);
      CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity);
      CREATE TABLE figures (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT,
        metric TEXT NOT NULL,
        qualifier TEXT,
        subject TEXT,
        place TEXT,
        source TEXT,
        as_of TEXT,
        increment INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL
      );
      CREATE INDEX figures_article ON figures(article_id);
      CREATE INDEX figures_metric ON figures(metric);
    `,
  },
  {
    version: 4,
    name: 'copy links and corpus stage markers',
    sql: `
      CREATE TABLE copies (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        of TEXT NOT NULL,
        relation TEXT NOT NULL,
        similarity REAL NOT NULL
      );
      CREATE INDEX copies_of ON copies(of);
      CREATE TABLE corpus_markers (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'corpus stage state',
    sql: `
      CREATE TABLE stage_state (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        stage TEXT NOT NULL,
        key TEXT NOT NULL,
        value BLOB NOT NULL,
        UNIQUE (stage, key)
      );
      -- Copy links and event dates were rebuilt on every change before; the stages now index each article once and
      -- keep their state here, so a store from before starts them afresh.
      DELETE FROM copies;
      DELETE FROM corpus_markers WHERE name IN ('copies.articles', 'events.articles');
    `,
  },
  {
    version: 6,
    name: 'drop corpus stage markers',
    sql: `
      -- The corpus stages keep their state in stage_state; the article-count markers of the rebuilding stages are gone.
      DROP TABLE corpus_markers;
    `,
  },
];
