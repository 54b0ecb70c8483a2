import type { DateTrust } from './features.js';

/** The dates an article is grouped on. */
export interface Dated {
  trust: DateTrust;
  day: number | null;
  /** The article's own day, trusted or not: a weak hint when `trust` is `none`. */
  ownDay?: number | null;
}

/** Score two articles need to be one event when their dates agree to the day. */
export const BASE_SCORE = 0.3;
/** Extra score needed per day between them: reports a day apart are often of one happening, a week apart seldom. */
export const PER_DAY = 0.08;
/** Score needed when one has no reliable date: content alone must carry it. */
export const CONTENT_ONLY_SCORE = 0.24;
/** Most days between the named days of two reports of one happening. */
export const MAX_GAP = 2;
/** Most days a report dated only by publication may come after the happening (a follow-up, a weekly round-up). */
export const MAX_LAG = 7;

/**
 * How many days apart two articles' dates put them, for the score they need: 0 for the same day; Infinity when
 * the dates rule out one happening. A day taken from publication is an upper bound, so a happening up to a week
 * before it fits, counted gently; `none` dates are not compared (null).
 */
export function dayGap(a: Dated, b: Dated): number | null {
  if (a.trust === 'none' || b.trust === 'none' || a.day === null || b.day === null) return null;
  if (a.trust === 'firm' && b.trust === 'firm') {
    const gap = Math.abs(a.day - b.day);
    return gap > MAX_GAP ? Infinity : gap;
  }
  if (a.trust === 'upper' && b.trust === 'upper') {
    const gap = Math.abs(a.day - b.day);
    return gap > MAX_GAP + 1 ? Infinity : gap;
  }
  const [firm, upper] = a.trust === 'firm' ? [a.day, b.day] : [b.day, a.day];
  const lag = upper - firm;
  if (lag < -1 || lag > MAX_LAG) return Infinity;
  return lag <= 1 ? Math.abs(lag) : 1 + (lag - 1) / 3;
}

/** How much each day between two unreliable own dates raises the score content alone must reach. */
const HINT_PER_DAY = 0.05;
/** Most the hint raises it. */
const HINT_MAX = 0.15;

/**
 * Unreliable dates are still a hint: the same own day lowers the bar a little, each day between raises it, up to a
 * cap (an estimate can be wrong, so the hint never decides alone).
 */
function hint(a: Dated, b: Dated): number {
  if (a.ownDay == null || b.ownDay == null) return 0;
  const gap = Math.abs(a.ownDay - b.ownDay);
  return gap === 0 ? -HINT_PER_DAY : Math.min(HINT_MAX, HINT_PER_DAY * gap);
}

/** The scores the grouping needs; the defaults are the constants above. */
export interface Thresholds {
  base: number;
  perDay: number;
  contentOnly: number;
}

/** The default thresholds. */
export const THRESHOLDS: Thresholds = { base: BASE_SCORE, perDay: PER_DAY, contentOnly: CONTENT_ONLY_SCORE };

/** The score two articles need to be grouped as one event, given their dates; Infinity when the dates forbid it. */
export function requiredScore(a: Dated, b: Dated, t: Thresholds = THRESHOLDS): number {
  const gap = dayGap(a, b);
  if (gap === null) return t.contentOnly + hint(a, b);
  return gap === Infinity ? Infinity : t.base + t.perDay * gap;
}
