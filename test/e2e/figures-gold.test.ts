import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Article, Figure } from '../../src/model.js';
import { loadCorpusArticles, loadCorpusGold } from '../helpers/corpus-articles.js';

/** A gold figure of the sample corpus. */
interface GoldFigure {
  key: string;
  text: string;
  value: number;
  metric: string;
  qualifier: string | null;
  subject: string | null;
  place: string | null;
  source: string | null;
  asOf: string | null;
  increment: boolean;
}

/**
 * Sources, subjects and places are compared as a reader would: case folded, a leading "according to" and "the"
 * dropped, punctuation removed, spaces squeezed. "The Civil Protection Directorate" and "the Civil Protection
 * Directorate" are one source; a null matches only a null.
 */
export function normalisePhrase(s: string | null): string | null {
  if (s === null) return null;
  return s
    .toLowerCase()
    .replace(/^according to\s+/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const FIELDS = ['qualifier', 'subject', 'place', 'asOf', 'increment'] as const;

describe('figures against the sample corpus gold', () => {
  let articles: Map<string, Article>;
  let gold: GoldFigure[];
  before(async () => {
    articles = await loadCorpusArticles();
    gold = loadCorpusGold().figures as GoldFigure[];
  });

  it('should find the gold figures with their value and metric, attributed to the right source', (t) => {
    const used = new Set<Figure>();
    const misses: string[] = [];
    const wrongSource: string[] = [];
    const fieldHits: Record<(typeof FIELDS)[number], number> = { qualifier: 0, subject: 0, place: 0, asOf: 0, increment: 0 };
    const fieldMisses: string[] = [];
    let matched = 0;
    let rightSource = 0;
    for (const g of gold) {
      const figures = articles.get(g.key)?.figures ?? [];
      const f = figures.find((x) => x.value === g.value && x.metric === g.metric && !used.has(x));
      if (!f) {
        misses.push(`missed ${g.key}: "${g.text}" ${g.value} ${g.metric}`);
        continue;
      }
      used.add(f);
      matched++;
      if (normalisePhrase(f.source) === normalisePhrase(g.source)) rightSource++;
      else wrongSource.push(`source ${g.key}: "${g.text}" expected ${JSON.stringify(g.source)}, found ${JSON.stringify(f.source)}`);
      for (const field of FIELDS) {
        const same = field === 'subject' || field === 'place' ? normalisePhrase(f[field]) === normalisePhrase(g[field]) : f[field] === g[field];
        if (same) fieldHits[field]++;
        else fieldMisses.push(`${field} ${g.key}: "${g.text}" expected ${JSON.stringify(g[field])}, found ${JSON.stringify(f[field])}`);
      }
    }
    const predicted = [...articles.values()].reduce((n, a) => n + (a.figures?.length ?? 0), 0);
    const extra: string[] = [];
    for (const [key, a] of articles) for (const f of a.figures ?? []) if (!used.has(f)) extra.push(`extra ${key}: "${f.text}" ${f.value} ${f.metric} in "${f.sentence}"`);
    const recall = matched / gold.length;
    const precision = predicted > 0 ? matched / predicted : 0;
    const source = rightSource / gold.length;
    t.diagnostic(`figures: recall (value+metric) ${pct(recall)} (${matched}/${gold.length}); precision ${pct(precision)} (${matched}/${predicted}); right source ${pct(source)} (${rightSource}/${gold.length})`);
    t.diagnostic(`among matches: ${FIELDS.map((f) => `${f} ${pct(fieldHits[f] / Math.max(1, matched))}`).join('; ')}`);
    for (const line of [...misses, ...extra, ...wrongSource, ...fieldMisses]) t.diagnostic(line);
    assert.ok(recall >= 0.9, `recall ${pct(recall)}`);
    assert.ok(source >= 0.85, `right source ${pct(source)}`);
  });

  it('should give exact offsets and ids f1, f2, … in every article', () => {
    for (const a of articles.values()) {
      (a.figures ?? []).forEach((f, i) => {
        assert.equal(f.id, `f${i + 1}`);
        assert.equal(a.text.slice(f.start, f.end), f.text, `${a.source} ${f.id}`);
      });
    }
  });

  it('should give no figures for an article not in English', () => {
    const french = [...articles.values()].filter((a) => a.nonEnglish);
    assert.ok(french.length > 0);
    for (const a of french) assert.deepEqual(a.figures, []);
  });
});

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
