import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../src/readers/decode.js';
import { findPublicationDate } from '../src/html/dates.js';
import { datasetDir } from './datasets.js';
import { metadataOnlyDate } from './date-baselines.js';
import { countPrf, type PrF } from './metrics.js';
import { fmt, printTable, type TaskResult } from './report.js';

/** A publication-date finder under test: HTML and URL in, a YYYY-MM-DD day (or nothing) out. */
export interface DateFinder {
  name: string;
  find(html: string, url: string): string | undefined | Promise<string | undefined>;
}

/** One labelled page. */
export interface DatePage {
  url: string;
  file: string;
  html: string;
  date: string;
  set: string;
}

/** Scores of one date finder. */
export interface DateScore extends PrF {
  name: string;
  tp: number;
  fp: number;
  fn: number;
  pagesPerSecond: number;
  wrong: Array<{ url: string; expected: string; found?: string }>;
}

const DATASET = 'htmldate';
const PUBLISHED = 'htmldate 0.949 F on its 1,000 pages (not these)';

/** Storyline's date finder. */
export const storylineDates: DateFinder = {
  name: 'Storyline findPublicationDate',
  find: (html, url) => findPublicationDate(html, { url })?.date,
};

/** The metadata-only baseline. */
export const metadataOnlyDates: DateFinder = { name: 'metadata only', find: (html) => metadataOnlyDate(html) };

/** Load the labelled pages: the MediaCloud 2020 set, and the default set's pages that are in `tests/cache/`. */
export function loadDatePages(dir: string): DatePage[] {
  const pages: DatePage[] = [];
  const sets: Array<[string, string, string]> = [
    ['mediacloud-2020', 'tests/eval_mediacloud_2020.json', 'tests/test_set'],
    ['default (cached)', 'tests/eval_default.json', 'tests/cache'],
  ];
  for (const [set, labels, folder] of sets) {
    if (!existsSync(join(dir, labels))) continue;
    // The MediaCloud file writes a missing label as a bare NaN, which JSON does not allow.
    const raw = readFileSync(join(dir, labels), 'utf8').replace(/:\s*NaN\b/g, ': null');
    const gold = JSON.parse(raw) as Record<string, { file: string; date: string | null }>;
    for (const [url, { file, date }] of Object.entries(gold)) {
      // Pages without a labelled date cannot be scored right or wrong; they are left out.
      if (!date || !/^\d{4}-\d\d-\d\d$/.test(date)) continue;
      const path = join(dir, folder, file);
      if (!existsSync(path)) continue;
      pages.push({ url, file, html: decodeBytes(readFileSync(path)).text, date, set });
    }
  }
  return pages;
}

/** Score a date finder: right day = TP, wrong date = FP, no date = FN. */
export async function scoreDates(finder: DateFinder, pages: DatePage[]): Promise<DateScore> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ms = 0;
  const wrong: DateScore['wrong'] = [];
  for (const page of pages) {
    const start = performance.now();
    let found: string | undefined;
    try {
      found = await finder.find(page.html, page.url);
    } catch {
      found = undefined;
    }
    ms += performance.now() - start;
    if (!found) {
      fn++;
      wrong.push({ url: page.url, expected: page.date });
    } else if (found.slice(0, 10) === page.date) tp++;
    else {
      fp++;
      wrong.push({ url: page.url, expected: page.date, found });
    }
  }
  return { name: finder.name, tp, fp, fn, ...countPrf(tp, fp, fn), pagesPerSecond: pages.length / (ms / 1000), wrong };
}

/** The publication-date task: Storyline against the baselines on the htmldate pages. */
export async function pubDatesTask(extraBaselines: DateFinder[] = []): Promise<TaskResult> {
  const { dir, missing } = datasetDir(DATASET, ['tests']);
  if (!dir) return { task: 'pub-dates', skipped: missing, summary: [] };
  const pages = loadDatePages(dir);
  const finders = [storylineDates, metadataOnlyDates, ...extraBaselines];
  const bySet = new Map<string, DatePage[]>([['all', pages]]);
  for (const p of pages) bySet.set(p.set, [...(bySet.get(p.set) ?? []), p]);
  const results: Record<string, DateScore[]> = {};
  const rows: string[][] = [];
  for (const [set, subset] of bySet) {
    results[set] = [];
    for (const f of finders) {
      const s = await scoreDates(f, subset);
      results[set].push(s);
      rows.push([`${set} (${subset.length})`, s.name, fmt(s.precision), fmt(s.recall), fmt(s.f1), `${s.tp}/${s.fp}/${s.fn}`, s.pagesPerSecond.toFixed(0)]);
    }
  }
  printTable(`Publication dates: ${DATASET} (published: ${PUBLISHED})`, ['pages', 'finder', 'precision', 'recall', 'F', 'tp/fp/fn', 'pages/s'], rows);
  const [storyline, ...others] = results.all;
  return {
    task: 'pub-dates',
    results,
    summary: [
      {
        task: 'publication dates',
        metric: 'F',
        storyline: storyline.f1,
        baselines: Object.fromEntries(others.map((s) => [s.name, s.f1])),
        published: PUBLISHED,
      },
    ],
  };
}
