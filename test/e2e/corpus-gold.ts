import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article } from '../../src/model.js';
import { ROOT } from '../helpers/cli.js';

/** The sample corpus folder and its gold file. */
export const CORPUS = join(ROOT, 'examples', 'corpus');

/** One article as the gold file describes it (the fields the spine is scored on). */
export interface GoldArticle {
  key: string;
  format: string;
  language: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  pageDate: string | null;
  misdated: boolean;
  undated: boolean;
  authors: string[];
  contributors: string[];
  boilerplate: string[];
  captions: string[];
  keep: string[];
}

export function loadGold(): { articles: GoldArticle[] } {
  return JSON.parse(readFileSync(join(CORPUS, 'gold.json'), 'utf8'));
}

/** The gold key of a stored article: its source relative to the corpus folder, record suffix kept. */
export function keyOf(article: Pick<Article, 'source'>): string {
  return relative(CORPUS, article.source).split('\\').join('/');
}

/** Titles compare without case, whitespace or quote-style differences. */
export function sameTitle(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s ?? '').normalize('NFKC').toLowerCase().replace(/[“”„"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** Outlet names compare without case, a leading "the" or punctuation. */
export function sameOutlet(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return norm(a) === norm(b);
}

/** Per-article checks of the spine against the gold file, and their rates. */
export interface SpineScores {
  articles: number;
  found: number;
  title: number;
  outlet: number;
  published: number;
  boilerplateGone: number;
  keptWords: number;
  authors: number;
  misdatedFlagged: number;
  misses: string[];
}

export function scoreSpine(gold: GoldArticle[], stored: Article[]): SpineScores {
  const byKey = new Map(stored.map((a) => [keyOf(a), a]));
  const misses: string[] = [];
  let found = 0, title = 0, outlet = 0, published = 0, clean = 0, kept = 0, withAuthors = 0, authors = 0, misdated = 0, misdatedOk = 0;
  for (const g of gold) {
    const a = byKey.get(g.key);
    if (!a) {
      misses.push(`${g.key}: not stored`);
      continue;
    }
    found++;
    if (sameTitle(a.title, g.title)) title++;
    else misses.push(`${g.key}: title ${JSON.stringify(a.title)} ≠ ${JSON.stringify(g.title)}`);
    if (sameOutlet(a.outlet, g.outlet)) outlet++;
    else misses.push(`${g.key}: outlet ${JSON.stringify(a.outlet)} ≠ ${JSON.stringify(g.outlet)}`);
    if (a.published === g.published) published++;
    else misses.push(`${g.key}: published ${a.published} ≠ ${g.published}`);
    // A boilerplate line is left when it stands as a line of the text (a short tag like "(MNA)" may also open a dateline).
    const lines = new Set(a.text.split('\n').map((l) => l.trim()));
    const left = g.boilerplate.filter((line) => lines.has(line.trim()) || (line.trim().length > 40 && a.text.includes(line.trim())));
    if (left.length === 0) clean++;
    else misses.push(`${g.key}: boilerplate left: ${left.map((l) => JSON.stringify(l)).join(', ')}`);
    const lost = g.keep.filter((s) => !a.text.includes(s.trim()));
    if (lost.length === 0) kept++;
    else misses.push(`${g.key}: body lost: ${lost.map((l) => JSON.stringify(l.slice(0, 60))).join(', ')}`);
    if (g.authors.length) {
      withAuthors++;
      if (g.authors.every((n) => a.authors.includes(n))) authors++;
      else misses.push(`${g.key}: authors ${JSON.stringify(a.authors)} ⊉ ${JSON.stringify(g.authors)}`);
    }
    if (g.misdated) {
      misdated++;
      if (a.dateWarnings.length > 0 && a.pageDate === g.pageDate) misdatedOk++;
      else misses.push(`${g.key}: misdated page not flagged (pageDate ${a.pageDate}, warnings ${a.dateWarnings.length})`);
    }
  }
  const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    articles: gold.length,
    found,
    title: rate(title, gold.length),
    outlet: rate(outlet, gold.length),
    published: rate(published, gold.length),
    boilerplateGone: rate(clean, gold.length),
    keptWords: rate(kept, gold.length),
    authors: rate(authors, withAuthors),
    misdatedFlagged: rate(misdatedOk, misdated),
    misses,
  };
}
