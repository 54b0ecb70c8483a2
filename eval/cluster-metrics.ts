import { countPrf, type PrF } from './metrics.js';

/** Pairwise scores with their counts: a pair is right when both sides put its two items together. */
export interface PairwiseScore extends PrF {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Pairwise precision, recall and F1 of a clustering against gold, over the items gold labels (items the prediction
 * lacks count as singletons). Counted from the contingency table, so it is linear in the items, not quadratic.
 */
export function pairwiseScore<T>(gold: Map<T, string>, predicted: Map<T, string>): PairwiseScore {
  const cells = new Map<string, number>();
  const goldSizes = new Map<string, number>();
  const predSizes = new Map<string, number>();
  let singleton = 0;
  for (const [item, g] of gold) {
    const p = predicted.get(item) ?? `\u0000${singleton++}`;
    const cell = g + '\u0001' + p;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
    predSizes.set(p, (predSizes.get(p) ?? 0) + 1);
  }
  const pairs = (sizes: Iterable<number>) => [...sizes].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const tp = pairs(cells.values());
  const fp = pairs(predSizes.values()) - tp;
  const fn = pairs(goldSizes.values()) - tp;
  return { ...countPrf(tp, fp, fn), tp, fp, fn };
}

/** B³ precision, recall and F1 (Bagga & Baldwin): per item, the share of its predicted cluster that gold agrees with. */
export function bcubedScore<T>(gold: Map<T, string>, predicted: Map<T, string>): PrF {
  const cells = new Map<string, number>();
  const goldSizes = new Map<string, number>();
  const predSizes = new Map<string, number>();
  const predOf = new Map<T, string>();
  let singleton = 0;
  for (const [item, g] of gold) {
    const p = predicted.get(item) ?? `\u0000${singleton++}`;
    predOf.set(item, p);
    cells.set(g + '\u0001' + p, (cells.get(g + '\u0001' + p) ?? 0) + 1);
    goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
    predSizes.set(p, (predSizes.get(p) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [item, g] of gold) {
    const p = predOf.get(item)!;
    const both = cells.get(g + '\u0001' + p)!;
    precision += both / predSizes.get(p)!;
    recall += both / goldSizes.get(g)!;
  }
  const n = gold.size || 1;
  precision /= n;
  recall /= n;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
