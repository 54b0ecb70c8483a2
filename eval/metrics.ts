/** Tokens as the article-extraction benchmark reads them: runs of Unicode word characters (Python's `\w+`). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The multiset of n-token shingles of a text (a text shorter than n tokens gives one shorter shingle). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** Per-page shingle matching, normalised so tp + fp + fn = 1 (every page weighs the same). */
export function shingleMatch(truth: string, predicted: string, n = 4): { tp: number; fp: number; fn: number } {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

/** Mean precision, mean recall and the F1 of the two means, over per-page matches. */
export interface PrF {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Aggregate per-page matches as the benchmark does: precision is the mean of tp/(tp+fp) over pages with tp+fp > 0,
 * recall the mean of tp/(tp+fn) over pages with tp+fn > 0, a page with fp = fn = 0 scores 1 on both, and F1 is the
 * harmonic mean of the two means.
 */
export function meanPrf(pages: Array<{ tp: number; fp: number; fn: number }>): PrF {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const { tp, fp, fn } of pages) {
    if (fp === 0 && fn === 0) {
      ps.push(1);
      rs.push(1);
      continue;
    }
    if (tp + fp > 0) ps.push(tp / (tp + fp));
    if (tp + fn > 0) rs.push(tp / (tp + fn));
  }
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: harmonic(precision, recall) };
}

/** Precision, recall and F from counts of right (tp), wrong (fp) and missing (fn) answers. */
export function countPrf(tp: number, fp: number, fn: number): PrF {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { precision, recall, f1: harmonic(precision, recall) };
}

function mean(xs: number[]): number {
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function harmonic(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}
