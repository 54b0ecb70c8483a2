import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeBytes } from '../src/readers/decode.js';
import { extractHtml } from '../src/html/extract.js';
import { datasetDir } from './datasets.js';
import { meanPrf, shingleMatch, type PrF } from './metrics.js';
import { fmt, printTable, type TaskResult } from './report.js';

/** A page-text extractor under test: HTML and its URL in, the article's main text out. */
export interface PageTextExtractor {
  name: string;
  extract(html: string, url: string): string;
}

/** One benchmark page: its key, URL, decoded HTML and the text a person marked as the article. */
export interface ExtractionPage {
  key: string;
  url: string;
  html: string;
  truth: string;
}

/** Scores of one extractor over the benchmark. */
export interface ExtractionScore extends PrF {
  name: string;
  pagesPerSecond: number;
  pages: Array<{ key: string; tp: number; fp: number; fn: number }>;
}

const DATASET = 'article-extraction-benchmark';
const PUBLISHED = 'trafilatura 0.958, newspaper4k 0.949, Readability.js 0.947';

/** Storyline's page text: `extractHtml(html, { url }).text`. */
export const storylineExtractor: PageTextExtractor = {
  name: 'Storyline extractHtml',
  extract: (html, url) => extractHtml(html, { url }).text,
};

/** The reference: Mozilla Readability 0.6 on jsdom, its `textContent`. */
export const readabilityJsdomExtractor: PageTextExtractor = {
  name: 'Readability.js on jsdom',
  extract(html, url) {
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  },
};

/** Where the article pipeline's `runArticleStages` may live (compiled), in the order they are tried. */
const PIPELINE_MODULES = ['../src/pipeline/article/index.js', '../src/pipeline/run-article.js'];

/**
 * The article pipeline's clean text (`runArticleStages(raw).text`, the extracted text after boilerplate-line
 * cleaning), when the pipeline has been built; undefined otherwise.
 */
export async function pipelineExtractor(): Promise<PageTextExtractor | undefined> {
  type Run = (raw: { source: string; format: 'html'; html: string; url: string }) => { text: string };
  for (const rel of PIPELINE_MODULES) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (!existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as { runArticleStages?: Run };
    const run = mod.runArticleStages;
    if (typeof run !== 'function') continue;
    return {
      name: 'Storyline article pipeline',
      extract: (html, url) => run({ source: url, format: 'html', html, url }).text,
    };
  }
  return undefined;
}

/** Load the benchmark's pages, decoding each page's bytes with the charset sniffer the readers use. */
export function loadExtractionPages(dir: string): ExtractionPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth).map(([key, { url, articleBody }]) => {
    const bytes = gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`)));
    return { key, url, html: decodeBytes(bytes).text, truth: articleBody ?? '' };
  });
}

/** Score one extractor on the pages with the benchmark's shingle metric, timing the extraction alone. */
export function scoreExtractor(extractor: PageTextExtractor, pages: ExtractionPage[]): ExtractionScore {
  const perPage: ExtractionScore['pages'] = [];
  let ms = 0;
  for (const page of pages) {
    const start = performance.now();
    let text = '';
    try {
      text = extractor.extract(page.html, page.url);
    } catch {
      text = '';
    }
    ms += performance.now() - start;
    perPage.push({ key: page.key, ...shingleMatch(page.truth, text) });
  }
  return { name: extractor.name, ...meanPrf(perPage), pagesPerSecond: pages.length / (ms / 1000), pages: perPage };
}

/** The main-text extraction task: Storyline, the article pipeline when present, and Readability on jsdom. */
export async function extractionTask(): Promise<TaskResult> {
  const { dir, missing } = datasetDir(DATASET, ['ground-truth.json', 'html']);
  if (!dir) return { task: 'extraction', skipped: missing, summary: [] };
  const pages = loadExtractionPages(dir);
  const pipeline = await pipelineExtractor();
  const extractors = [storylineExtractor, ...(pipeline ? [pipeline] : []), readabilityJsdomExtractor];
  const scores = extractors.map((e) => scoreExtractor(e, pages));
  printTable(
    `Main-text extraction: ${DATASET} (${pages.length} pages, 4-token shingles; published F1: ${PUBLISHED})`,
    ['extractor', 'precision', 'recall', 'F1', 'pages/s'],
    scores.map((s) => [s.name, fmt(s.precision), fmt(s.recall), fmt(s.f1), s.pagesPerSecond.toFixed(1)]),
  );
  const [storyline, ...others] = scores;
  return {
    task: 'extraction',
    results: scores,
    summary: [
      {
        task: 'main-text extraction',
        metric: 'F1',
        storyline: storyline.f1,
        baselines: Object.fromEntries(others.map((s) => [s.name, s.f1])),
        published: PUBLISHED,
      },
      {
        task: 'main-text extraction',
        metric: 'pages/s',
        storyline: storyline.pagesPerSecond,
        baselines: Object.fromEntries(others.map((s) => [s.name, s.pagesPerSecond])),
      },
    ],
  };
}
