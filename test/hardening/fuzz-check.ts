/**
 * The fuzz check, shared by `fuzz.test.ts` (small) and `bench/hardening.ts` (1,000 inputs of each format):
 * malformed inputs and a few good ones go through the real CLI in batches, and each batch must end with exit
 * 0 or 1 within its time bound, one stderr line per bad input naming it, no stack trace, and every good input stored.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { generateFuzzCorpus, type FuzzFile } from './fuzz-inputs.js';

/** Good inputs mixed into every batch, one of each format (a feed and a WARC file hold several articles). */
export const GOOD_INPUTS = [
  'examples/corpus/text/mna-2024-04-03-levee-breach.txt',
  'examples/corpus/html/evening-dispatch-2024-04-03-levee-breach.html',
  'examples/corpus/feeds/brennick-herald-rss.xml',
  'examples/corpus/feeds/daily-roundup.json',
  'examples/corpus/jsonl/scrape-export-2024-04.jsonl',
  'examples/corpus/warc/tallowgate-gazette-2024-04.warc.gz',
].map((p) => join(ROOT, p));

export interface FuzzCheckOptions {
  perFormat: number;
  seed?: number;
  /** Inputs of each format per CLI run. */
  batchPerFormat?: number;
  /** CLI runs at once. */
  parallel?: number;
  /** A CLI run's time bound: this much, plus `msPerInput` for each input. */
  baseBoundMs?: number;
  msPerInput?: number;
}

export interface FuzzBatchResult {
  inputs: number;
  code: number | null;
  ms: number;
  boundMs: number;
  summary: string;
  reported: number;
  stored: number;
  /** Inputs neither stored nor reported (possible only as duplicates of stored articles). */
  silent: string[];
  problems: string[];
}

export interface FuzzCheckResult {
  inputs: number;
  goodInputs: number;
  batches: FuzzBatchResult[];
  /** Every problem found, each naming its batch and input. */
  problems: string[];
  ms: number;
  slowestBatchMs: number;
  reported: number;
  stored: number;
  silent: number;
}

const SUMMARY_RE = /^read (\d+), stored (\d+), already known (\d+), failed (\d+)$/;

/** The ids the good inputs give on their own, to find them again in every batch's store. */
export async function goodInputIds(dir: string): Promise<string[]> {
  const db = join(dir, 'good.db');
  const run = await runCli(['ingest', ...GOOD_INPUTS, '--db', db, '--quiet']);
  if (run.code !== 0) throw new Error(`the good inputs alone did not ingest cleanly (exit ${run.code}):\n${run.stderr}`);
  return readIds(db).map((r) => r.id);
}

function readIds(db: string): { id: string; source: string }[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare('SELECT id, source FROM articles').all() as { id: string; source: string }[];
  } finally {
    sqlite.close();
  }
}

function integrity(db: string): string {
  const sqlite = new Database(db, { readonly: true });
  try {
    return String(sqlite.pragma('integrity_check', { simple: true }));
  } finally {
    sqlite.close();
  }
}

/** Run one batch: the malformed files of `dir` between the good inputs, into a fresh store; check everything. */
export async function checkBatch(label: string, dir: string, files: FuzzFile[], goodIds: string[], options: FuzzCheckOptions): Promise<FuzzBatchResult> {
  const db = join(dir, 'batch.db');
  const boundMs = (options.baseBoundMs ?? 60_000) + (options.msPerInput ?? 2_000) * (files.length + GOOD_INPUTS.length);
  const half = Math.ceil(GOOD_INPUTS.length / 2);
  const args = ['ingest', ...GOOD_INPUTS.slice(0, half), join(dir, 'in'), ...GOOD_INPUTS.slice(half), '--db', db, '--quiet'];
  const started = Date.now();
  const run = await runCli(args, { timeoutMs: boundMs });
  const ms = Date.now() - started;
  const problems: string[] = [];
  const problem = (what: string) => problems.push(`${label}: ${what}`);
  if (run.code !== 0 && run.code !== 1) {
    problem(ms >= boundMs ? `the run passed its time bound of ${boundMs} ms and was killed` : `the run ended with exit code ${run.code} (a crash or a signal)`);
  }
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  const summaries = lines.filter((l) => SUMMARY_RE.test(l));
  const errors = lines.filter((l) => l.startsWith('error: '));
  for (const line of lines) {
    if (SUMMARY_RE.test(line)) continue;
    if (!line.startsWith('error: ')) problem(`a stderr line that is not one input's error: ${JSON.stringify(line.slice(0, 300))}`);
    else if (/\n|\bat (file:|node:|\/|[\w.<>]+ \()/.test(line) || /^error: \w*Error: /.test(line)) problem(`a stack trace or uncaught error: ${JSON.stringify(line.slice(0, 300))}`);
  }
  const names = [...files.map((f) => f.path), ...GOOD_INPUTS];
  for (const line of errors) {
    if (!names.some((n) => line.includes(n))) problem(`an error line that names no input: ${JSON.stringify(line.slice(0, 300))}`);
  }
  const summary = summaries.at(-1) ?? '';
  if (summaries.length !== 1) problem(`expected one summary line on stderr, found ${summaries.length}`);
  const counts = SUMMARY_RE.exec(summary);
  if (counts && Number(counts[4]) !== errors.length) problem(`the summary counts ${counts[4]} failures but stderr has ${errors.length} error lines`);
  if (counts && (Number(counts[4]) > 0) !== (run.code === 1)) problem(`exit code ${run.code} with ${counts[4]} failures`);

  let stored: { id: string; source: string }[] = [];
  try {
    stored = readIds(db);
    const check = integrity(db);
    if (check !== 'ok') problem(`integrity_check says ${check}`);
  } catch (error) {
    problem(`the store cannot be read: ${(error as Error).message}`);
  }
  const ids = new Set(stored.map((r) => r.id));
  const lost = goodIds.filter((id) => !ids.has(id));
  if (lost.length) problem(`${lost.length} article(s) of the good inputs were not stored`);
  // Every malformed input is stored (it may still hold readable text), or reported, or a duplicate of a stored article.
  const silent = files
    .filter((f) => !stored.some((r) => r.source === f.path || r.source.startsWith(f.path + '#')) && !errors.some((l) => l.includes(f.path)))
    .map((f) => f.name);
  const known = counts ? Number(counts[3]) : 0;
  if (silent.length > known) problem(`${silent.length} input(s) were neither stored nor reported (only ${known} duplicates): ${silent.slice(0, 10).join(', ')}`);
  return {
    inputs: files.length,
    code: run.code,
    ms,
    boundMs,
    summary,
    reported: errors.length,
    stored: stored.length,
    silent,
    problems,
  };
}

/** Generate `perFormat` malformed inputs of each format batch by batch, run every batch, and collect the problems. */
export async function runFuzzCheck(options: FuzzCheckOptions): Promise<FuzzCheckResult> {
  const started = Date.now();
  const seed = options.seed ?? 20261123;
  const batchPerFormat = Math.max(1, Math.min(options.batchPerFormat ?? 25, options.perFormat));
  const parallel = Math.max(1, options.parallel ?? 2);
  const root = tempDir('storyline-fuzz-');
  try {
    const goodIds = await goodInputIds(root);
    const starts: number[] = [];
    for (let s = 0; s < options.perFormat; s += batchPerFormat) starts.push(s);
    const batches: FuzzBatchResult[] = [];
    let next = 0;
    const worker = async () => {
      while (next < starts.length) {
        const k = next++;
        const start = starts[k];
        const dir = join(root, `batch-${k}`);
        const files = generateFuzzCorpus(join(dir, 'in'), { perFormat: Math.min(batchPerFormat, options.perFormat - start), seed, start });
        batches[k] = await checkBatch(`batch ${k + 1} (inputs ${start}-${start + files.length / 6 - 1} of each format)`, dir, files, goodIds, options);
        rmSync(dir, { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    const problems = batches.flatMap((b) => b.problems);
    return {
      inputs: batches.reduce((n, b) => n + b.inputs, 0),
      goodInputs: GOOD_INPUTS.length * batches.length,
      batches,
      problems,
      ms: Date.now() - started,
      slowestBatchMs: Math.max(...batches.map((b) => b.ms)),
      reported: batches.reduce((n, b) => n + b.reported, 0),
      stored: batches.reduce((n, b) => n + b.stored, 0),
      silent: batches.reduce((n, b) => n + b.silent.length, 0),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
