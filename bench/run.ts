import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { datasetDir } from '../eval/datasets.js';
import { loadExtractionPages, readabilityJsdomExtractor, scoreExtractor, storylineExtractor } from '../eval/extraction.js';
import { fmt, printTable } from '../eval/report.js';
import { generateCorpus } from './generate-corpus.js';
import { runHardening } from './hardening.js';
import { timeQueries, type QueryLatency } from './query-latency.js';
import { readGenerated, timeStages } from './stage-throughput.js';

/**
 * `npm run bench`: generate scaled corpora, then measure the article stages one by one, ingest end to end at each
 * size (in a child process, for its own peak memory), an incremental ingest into the largest store, query latency,
 * and HTML extraction against Readability on jsdom. Prints tables and writes `bench/out/results.json`.
 *
 * Options: `--sizes 1000,10000,100000` (default; the 100k ingest takes about half an hour on two cores),
 * `--only stages,ingest,queries,html,copies,events,hardening` to run some sections,
 * `--fuzz N` (malformed inputs per format, default 1000) and `--crash N` (kill-and-rerun rounds, default 10).
 */
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
const only = arg('--only')?.split(',');
const want = (section: string) => !only || only.includes(section);

const root = process.cwd();
const work = join(root, 'bench', 'out', 'work');
mkdirSync(work, { recursive: true });
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  sizes,
};

const corpusPath = (size: number, seed = 1) => join(work, `corpus-${size}-${seed}.jsonl`);
async function ensureCorpus(size: number, seed = 1): Promise<string> {
  const path = corpusPath(size, seed);
  if (!existsSync(path)) {
    const t = performance.now();
    const made = await generateCorpus(path, size, seed);
    console.log(`generated ${made.articles} articles (${(made.bytes / 1e6).toFixed(1)} MB of text) in ${((performance.now() - t) / 1000).toFixed(1)} s: ${path}`);
  }
  return path;
}

if (want('stages')) {
  const docs = await readGenerated(await ensureCorpus(sizes[0]), 1000);
  const { stages, total } = timeStages(docs);
  results.stages = { articles: docs.length, stages, total };
  printTable(`Article stages, one core, ${docs.length} generated articles (~${Math.round(docs.reduce((n, d) => n + (d.text?.length ?? 0), 0) / docs.length / 100) / 10} KB each)`,
    ['stage', 'articles/s', 'MB/s', 'ms/article'],
    [...stages, total].map((s) => [s.stage, s.articlesPerSecond.toFixed(0), s.megabytesPerSecond.toFixed(2), ((s.seconds * 1000) / docs.length).toFixed(3)]));
}

interface IngestRun { seconds: number; stored: number; known: number; failed: number; peakRssMB: number; stages: Array<{ stage: string; seconds: number; peakRssMB: number }> }

function printStages(title: string, run: IngestRun): void {
  printTable(title, ['step', 'seconds', 'peak RSS so far MB'], run.stages.map((s) => [s.stage, s.seconds.toFixed(1), s.peakRssMB.toFixed(0)]));
}
function ingestChild(input: string, db: string): IngestRun {
  // The Node flags `bin/storyline.js` starts with, so the child runs as the CLI does.
  const out = execFileSync(process.execPath, ['--expose-gc', join(root, 'dist', 'bench', 'ingest-child.js'), input, db], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!) as IngestRun;
}

const dbPath = (size: number) => join(work, `store-${size}.db`);
const removeDb = (db: string) => ['', '-wal', '-shm'].forEach((s) => rmSync(db + s, { force: true }));

if (want('ingest')) {
  const rows: string[][] = [];
  const runs: Record<number, IngestRun & { megabytes: number; dbMB: number }> = {};
  for (const size of sizes) {
    const input = await ensureCorpus(size);
    const db = dbPath(size);
    removeDb(db);
    const run = ingestChild(input, db);
    const megabytes = statSync(input).size / 1e6;
    runs[size] = { ...run, megabytes, dbMB: statSync(db).size / 1e6 };
    console.log(`ingested ${size}: ${run.seconds.toFixed(1)} s, ${(run.stored / run.seconds).toFixed(0)} articles/s, peak RSS ${run.peakRssMB.toFixed(0)} MB`);
    printStages(`Ingest of ${size}, step by step`, run);
    rows.push([String(size), run.seconds.toFixed(1), (run.stored / run.seconds).toFixed(0), (megabytes / run.seconds).toFixed(2), run.peakRssMB.toFixed(0), runs[size].dbMB.toFixed(0)]);
  }
  results.ingest = runs;
  printTable('Ingest end to end (read JSON lines, article stages, store, corpus stages), one process', ['articles', 'seconds', 'articles/s', 'MB/s', 'peak RSS MB', 'store MB'], rows);

  const largest = sizes[sizes.length - 1];
  const incrementalInput = await ensureCorpus(1000, 2);
  const db = join(work, `store-${largest}-plus-1000.db`);
  removeDb(db);
  copyFileSync(dbPath(largest), db);
  const incremental = ingestChild(incrementalInput, db);
  const share = incremental.seconds / runs[largest].seconds;
  printStages(`Incremental ingest of 1000 into ${largest}, step by step`, incremental);
  results.incremental = { base: largest, added: 1000, ...incremental, shareOfFullBuild: share };
  printTable('Incremental ingest', ['store', 'added', 'seconds', 'share of full build', 'peak RSS MB'],
    [[String(largest), String(incremental.stored), incremental.seconds.toFixed(1), `${(share * 100).toFixed(1)}%`, incremental.peakRssMB.toFixed(0)]]);
}

if (want('queries')) {
  const latency: Record<number, QueryLatency[]> = {};
  for (const size of sizes) {
    if (!existsSync(dbPath(size))) continue;
    latency[size] = await timeQueries(dbPath(size));
  }
  results.queries = latency;
  const measured = Object.keys(latency).map(Number);
  if (measured.length) {
    const names = latency[measured[0]].map((q) => q.query);
    printTable('Query latency, median of 5 (ms)', ['query', ...measured.map((s) => `${s} articles`)],
      names.map((name, i) => [name, ...measured.map((s) => latency[s][i].skipped ?? latency[s][i].medianMs.toFixed(1))]));
  }
}

if (want('html')) {
  const { dir, missing } = datasetDir('article-extraction-benchmark', ['ground-truth.json', 'html']);
  if (!dir) {
    console.log(`\nSkipped HTML extraction: ${missing}`);
  } else {
    const pages = loadExtractionPages(dir);
    const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
    const scored = [storylineExtractor, readabilityJsdomExtractor].map((e) => scoreExtractor(e, pages));
    results.html = scored.map((s) => ({ name: s.name, f1: s.f1, precision: s.precision, recall: s.recall, pagesPerSecond: s.pagesPerSecond, megabytesPerSecond: (bytes / 1e6) * (s.pagesPerSecond / pages.length) }));
    printTable(`HTML main-text extraction, ${pages.length} pages of the article-extraction benchmark, same run`, ['extractor', 'F1', 'pages/s', 'MB/s', 'speed vs Readability'],
      scored.map((s) => [s.name, fmt(s.f1), s.pagesPerSecond.toFixed(1), ((bytes / 1e6) * (s.pagesPerSecond / pages.length)).toFixed(2), `${(s.pagesPerSecond / scored[1].pagesPerSecond).toFixed(1)}×`]));
  }
}

// The corpus stages' own scale runs (synthetic corpora of 10k and 100k, each in a child process with its own memory).
for (const [section, script] of [['copies', 'copies-scale.js'], ['events', 'events-scale.js']] as const) {
  if (!want(section)) continue;
  console.log(`\n${section === 'copies' ? 'Copy detection' : 'Event clustering'} at scale (node dist/bench/${script}):`);
  // With the CLI's `--expose-gc`, so the pages collect their garbage as the corpus stages do.
  const out = execFileSync(process.execPath, ['--expose-gc', join(root, 'dist', 'bench', script)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  process.stdout.write(out);
  results[`${section}Scale`] = out.trim().split('\n');
}

if (want('hardening')) {
  const number = (name: string, fallback: number) => (arg(name) === undefined ? fallback : Number(arg(name)));
  const r = await runHardening({ fuzzPerFormat: number('--fuzz', 1000), crashRuns: number('--crash', 10) });
  results.hardening = r;
  const f = r.fuzz;
  const c = r.crash;
  printTable('Hardening (full size)', ['check', 'size', 'seconds', 'failures'], [
    ['fuzz', `${f.inputs} malformed (${f.perFormat} × ${f.formats} formats) + ${f.goodInputs} good`, (f.ms / 1000).toFixed(0), String(f.failures.length)],
    ['crash', `${c.runs} SIGKILL runs over ${c.articles} articles`, (c.ms / 1000).toFixed(0), String(c.failures.length)],
  ]);
  for (const failure of [...f.failures, ...c.failures]) console.log(`- ${failure}`);
}

const outFile = join(root, 'bench', 'out', 'results.json');
writeFileSync(outFile, JSON.stringify(results, null, 2));
console.log(`\nWrote ${outFile}`);
