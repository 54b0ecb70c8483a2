/**
 * The crash check, shared by `crash.test.ts` (a few runs) and `bench/hardening.ts` (10 runs): ingest is killed
 * with SIGKILL at a seeded random moment; the store must pass `PRAGMA integrity_check`, and a rerun must give
 * exactly the store of an uninterrupted run (every table, less ingest times and autoincrement numbers).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.js';
import { mulberry32 } from '../helpers/mulberry32.js';

/** Columns that legitimately differ between two runs over the same inputs. */
const VOLATILE_COLUMNS: Record<string, Set<string>> = {
  articles: new Set(['seq', 'ingested_at']),
  schema_migrations: new Set(['applied_at']),
};

/**
 * Write `count` articles made from the sample corpus's text files and pages, each one different: numbers
 * changed, paragraphs shuffled, a counter in the title; every tenth text goes into one JSON-lines file instead.
 */
export function buildCrashCorpus(dir: string, count: number, seed = 1): number {
  mkdirSync(dir, { recursive: true });
  const rng = mulberry32(seed);
  const corpus = join(ROOT, 'examples', 'corpus');
  const texts = readdirSync(join(corpus, 'text')).sort().map((f) => readFileSync(join(corpus, 'text', f), 'utf8'));
  const pages = readdirSync(join(corpus, 'html')).sort().map((f) => readFileSync(join(corpus, 'html', f), 'utf8'));
  const renumber = (s: string) => s.replace(/\b\d{2,3}\b(?![-/:]\d)/g, () => String(10 + Math.floor(rng() * 890)));
  const shuffle = <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const jsonl: string[] = [];
  for (let k = 0; k < count; k++) {
    const name = `${String(k).padStart(4, '0')}`;
    if (k % 2 === 0) {
      // A text dump: keep its header (the lines before the first blank line and the title), shuffle the body.
      const blocks = texts[(k / 2) % texts.length].split(/\n\s*\n/);
      const head = blocks.slice(0, 2);
      head[head.length - 1] += ` (${k + 1})`;
      const body = shuffle(blocks.slice(2)).map(renumber);
      const text = [...head, ...body].join('\n\n') + '\n';
      if (k % 10 === 0) jsonl.push(JSON.stringify({ title: `Report ${k + 1}`, text: body.join('\n\n'), url: `https://wire.example/report/${k + 1}`, outlet: 'Wire Example', published: '2024-04-10' }));
      else writeFileSync(join(dir, `${name}.txt`), text);
    } else {
      let page = pages[((k - 1) / 2) % pages.length];
      page = page.replace(/<title>([^<]*)<\/title>/i, (_, t: string) => `<title>${t} (${k + 1})</title>`).replace(/<h1([^>]*)>([^<]*)<\/h1>/i, (_, a: string, t: string) => `<h1${a}>${t} (${k + 1})</h1>`);
      const paragraphs = [...page.matchAll(/<p>[\s\S]*?<\/p>/g)].map((m) => m[0]);
      const shuffled = shuffle(paragraphs).map(renumber);
      let i = 0;
      page = page.replace(/<p>[\s\S]*?<\/p>/g, () => shuffled[i++]);
      writeFileSync(join(dir, `${name}.html`), page);
    }
  }
  writeFileSync(join(dir, 'wire.jsonl'), jsonl.join('\n') + '\n');
  return count;
}

/** A canonical dump of a store: every table's rows (volatile columns left out), sorted; FTS indexes by term. */
export function dumpStore(path: string): Record<string, string[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[];
    const fts = tables.filter((t) => /USING\s+fts5/i.test(t.sql ?? '')).map((t) => t.name);
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      if (name.startsWith('sqlite_')) continue;
      // FTS shadow tables are keyed by rowid (the autoincrement seq); the index is compared by its content instead.
      if (fts.some((f) => name.startsWith(`${f}_`))) continue;
      const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
      if (fts.includes(name)) {
        const check = db.prepare(`SELECT count(*) AS n FROM ${q(name)}`).get() as { n: number };
        out[name] = [`rows ${check.n}`, ...ftsTerms(db, name)];
        continue;
      }
      const columns = (db.prepare(`PRAGMA table_info(${q(name)})`).all() as { name: string }[]).map((c) => c.name).filter((c) => !VOLATILE_COLUMNS[name]?.has(c));
      const rows = db.prepare(`SELECT ${columns.map(q).join(', ')} FROM ${q(name)}`).raw().all() as unknown[][];
      out[name] = rows.map((r) => JSON.stringify(r)).sort();
    }
    return out;
  } finally {
    db.close();
  }
}

/** The FTS index as (article id, term, column, offset) rows, via a temporary fts5vocab table. */
function ftsTerms(db: Database.Database, fts: string): string[] {
  // A read-only connection cannot create even a temp table in some builds; fall back to a count of terms.
  try {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocab_check USING fts5vocab(main, ${fts}, 'instance')`);
    const rows = db.prepare(`SELECT a.id, v.term, v.col, v.offset FROM temp.fts_vocab_check v JOIN articles a ON a.seq = v.doc`).raw().all() as unknown[][];
    db.exec('DROP TABLE temp.fts_vocab_check');
    return rows.map((r) => JSON.stringify(r)).sort();
  } catch (error) {
    return [`fts5vocab unavailable: ${(error as Error).message}`];
  }
}

/** `PRAGMA integrity_check` and the FTS5 integrity check of a store file, "ok" when both pass. */
export function integrityOf(path: string): string {
  const db = new Database(path);
  try {
    const result = String(db.pragma('integrity_check', { simple: true }));
    if (result !== 'ok') return result;
    const fts = (db.prepare("SELECT name FROM sqlite_master WHERE sql LIKE '%USING fts5%'").all() as { name: string }[]).map((r) => r.name);
    for (const name of fts) db.prepare(`INSERT INTO "${name}"("${name}") VALUES ('integrity-check')`).run();
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  } finally {
    db.close();
  }
}

/** Differences between two dumps, as lines a person can read (at most a few per table). */
export function diffDumps(expected: Record<string, string[]>, actual: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const table of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const e = expected[table];
    const a = actual[table];
    if (!e || !a) {
      out.push(`table ${table} is ${e ? 'missing' : 'extra'} after the rerun`);
      continue;
    }
    const eSet = new Set(e);
    const aSet = new Set(a);
    const missing = e.filter((r) => !aSet.has(r));
    const extra = a.filter((r) => !eSet.has(r));
    if (missing.length || extra.length) {
      out.push(`${table}: ${missing.length} row(s) missing, ${extra.length} extra; e.g. missing ${missing[0]?.slice(0, 200)}, extra ${extra[0]?.slice(0, 200)}`);
    }
  }
  return out;
}

export interface CrashRun {
  killAtMs: number;
  /** Whether the process was still running when the signal was sent. */
  killed: boolean;
  /** Articles in the store after the kill. */
  articlesAtKill: number;
  integrity: string;
  rerunCode: number | null;
  differences: string[];
}

export interface CrashCheckResult {
  articles: number;
  uninterruptedMs: number;
  runs: CrashRun[];
  problems: string[];
  ms: number;
}

/** Start an ingest and SIGKILL it after `ms`; resolves when it is gone, saying whether it was still running. */
function ingestAndKill(inputs: string, db: string, ms: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', inputs, '--db', db, '--quiet'], { stdio: 'ignore' });
    let killed = false;
    const timer = setTimeout(() => {
      killed = child.exitCode === null && child.signalCode === null;
      child.kill('SIGKILL');
    }, ms);
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(killed);
    });
  });
}

function countArticles(db: string): number {
  if (!existsSync(db)) return 0;
  const sqlite = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'articles'").get() as { n: number }).n
      ? (sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
      : 0;
  } catch {
    return 0;
  } finally {
    sqlite.close();
  }
}

/** Build the corpus, ingest it once uninterrupted, then kill and rerun `runs` times, comparing each store. */
export async function runCrashCheck(options: { runs: number; articles?: number; seed?: number }): Promise<CrashCheckResult> {
  const started = Date.now();
  const root = tempDir('storyline-crash-');
  const problems: string[] = [];
  try {
    const inputs = join(root, 'inputs');
    const articles = buildCrashCorpus(inputs, options.articles ?? 400, options.seed ?? 1);
    const reference = join(root, 'reference.db');
    const t0 = Date.now();
    const first = await runCli(['ingest', inputs, '--db', reference, '--quiet'], { timeoutMs: 300_000 });
    const uninterruptedMs = Date.now() - t0;
    if (first.code !== 0 && first.code !== 1) throw new Error(`the uninterrupted ingest failed (exit ${first.code}):\n${first.stderr.slice(0, 2000)}`);
    const expected = dumpStore(reference);
    const rng = mulberry32(options.seed ?? 1);
    const runs: CrashRun[] = [];
    for (let i = 0; i < options.runs; i++) {
      const db = join(root, `run-${i}.db`);
      // A moment within the uninterrupted run's time, past the first quarter second of start-up.
      const killAtMs = Math.round(250 + rng() * (uninterruptedMs - 250));
      const killed = await ingestAndKill(inputs, db, killAtMs);
      const articlesAtKill = countArticles(db);
      const integrity = existsSync(db) ? integrityOf(db) : 'ok';
      const rerun = await runCli(['ingest', inputs, '--db', db, '--quiet'], { timeoutMs: 300_000 });
      const differences = rerun.code === first.code ? diffDumps(expected, dumpStore(db)) : [];
      const run: CrashRun = { killAtMs, killed, articlesAtKill, integrity, rerunCode: rerun.code, differences };
      runs.push(run);
      const label = `run ${i + 1} (killed at ${killAtMs} ms, ${articlesAtKill} articles stored)`;
      if (integrity !== 'ok') problems.push(`${label}: integrity check says ${integrity}`);
      if (rerun.code !== first.code) problems.push(`${label}: the rerun exited ${rerun.code}, the uninterrupted run ${first.code}: ${rerun.stderr.slice(0, 500)}`);
      for (const d of differences) problems.push(`${label}: ${d}`);
      rmSync(db, { force: true });
      rmSync(`${db}-wal`, { force: true });
      rmSync(`${db}-shm`, { force: true });
    }
    return { articles, uninterruptedMs, runs, problems, ms: Date.now() - started };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
