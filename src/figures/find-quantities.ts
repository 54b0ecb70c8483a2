import { findNumbers, type NumberSpan } from './find-numbers.js';
import { CURRENCY_WORDS, SCALE_WORDS } from './number-words.js';
import { findQualifier } from './qualifier.js';

/** A quantity: a number (or a range of two) with its unit and qualifier, as a general quantity extractor sees it. */
export interface Quantity extends NumberSpan {
  /** The unit written after the number ("percent", "crowns", "miles", "people"), or the currency, or null. */
  unit: string | null;
  /** True for money (a currency sign or word). */
  money: boolean;
  /** True for a percentage or percentage points. */
  percent: boolean;
  /** The normalised qualifier ("at least", "about", …) or null. */
  qualifier: string | null;
}

const PERCENT_RE = /^\s?(%|percent\b|per cent\b|percentage points?\b|pct\b)/i;
const UNIT_WORD_RE = /^[\s-]?([\p{L}][\p{L}'’-]*)/u;
/** Words that follow a number without being its unit. */
const NOT_UNITS = new Set(['and', 'or', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'the', 'a', 'an', 'was', 'were', 'is', 'are', 'had', 'have', 'has', 'remain', 'still', 'more']);
/** The longest word of each list: lower-casing never shortens a word, so a longer one is in neither. */
const NOT_UNIT_LENGTH = Math.max(...[...NOT_UNITS].map((w) => w.length));
const CURRENCY_WORD_LENGTH = Math.max(...[...CURRENCY_WORDS].map((w) => w.length));

/**
 * Find the quantities in a text: every number `findNumbers` finds, with its unit and qualifier, and ranges joined
 * ("from 5 to 7 per cent", "between $48,000 and $90,000", "15-22", "one to two years"). This is the general finder
 * the NewsQuant evaluation scores; the figures stage keeps the counts among its results. `lower` is the text
 * lower-cased, when the caller has it.
 */
export function findQuantities(text: string, lower = text.toLowerCase()): Quantity[] {
  const numbers = findNumbers(text, lower);
  const out: Quantity[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    const next = numbers[i + 1];
    const q = describe(text, n);
    if (next && isOutOf(text, n, next)) {
      const share = describe(text, next);
      out.push({ ...q, value: n.value / next.value, kind: 'fraction', end: next.end, text: text.slice(n.start, next.end), unit: share.unit, percent: false });
      i++;
      continue;
    }
    if (next && n.kind === 'count' && next.kind === 'count' && isRange(text, n, q, next)) {
      const upper = describe(text, next);
      let low = n.value;
      const scale = scaleOf(next.text);
      // "from 5 to 7 million": the low end takes the high end's scale, unless that would put it far above the high
      // end ("from $200 to $4 million").
      if (scale > 1 && scaleOf(n.text) === 1 && low < 1000 && next.value >= scale && low * scale <= next.value * 10) low *= scale;
      out.push({
        ...q, value: low, high: next.value, end: next.end, text: text.slice(n.start, next.end),
        unit: q.unit ?? upper.unit, money: q.money || upper.money, percent: q.percent || upper.percent,
        currency: n.currency ?? next.currency,
      });
      i++;
      continue;
    }
    out.push(q);
  }
  return out;
}

function describe(text: string, n: NumberSpan): Quantity {
  const after = text.slice(n.end, n.end + 40);
  let unit: string | null = n.suffix;
  let percent = false;
  let money = n.currency !== null;
  const p = PERCENT_RE.exec(after);
  if (p) {
    unit = 'percent';
    percent = true;
  } else if (!unit) {
    const w = UNIT_WORD_RE.exec(after)?.[1];
    if (w && (w.length > NOT_UNIT_LENGTH || !NOT_UNITS.has(w.toLowerCase()))) unit = w;
  }
  if (unit && unit.length <= CURRENCY_WORD_LENGTH && CURRENCY_WORDS.has(unit.toLowerCase())) money = true;
  if (n.currency && !unit) unit = n.currency;
  const qual = findQualifier(text, n.start);
  return {
    value: n.value, high: n.high, kind: n.kind, text: n.text, start: n.start, end: n.end, currency: n.currency, suffix: n.suffix,
    unit, money, percent, qualifier: qual?.qualifier ?? null,
  };
}

/**
 * "one out of three", "8 out of 10": a share, read as the fraction (1/3, 0.8). Both must be whole counts, the first
 * no larger than the second.
 */
function isOutOf(text: string, a: NumberSpan, b: NumberSpan): boolean {
  if (a.kind !== 'count' || b.kind !== 'count' || a.currency || b.currency || a.suffix || b.suffix) return false;
  if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || a.value < 0 || b.value <= 0 || a.value > b.value) return false;
  return /^\s+out\s+of\s+$/i.test(text.slice(a.end, b.start));
}

/** The unit a range may write after its first number; the rest must be "and" or "to" with a currency sign. */
const UNIT_BETWEEN_RE = /^\s?(%|percent\b|per cent\b|(?!to\b|and\b)[\p{L}]+)?/u;
const AND_REST_RE = /\s*and\s*(?:[$€£]|US ?\$)?$/y;
const TO_REST_RE = /\s*to\s*(?:[$€£]|US ?\$)?$/y;

/** Two numbers form a range when only "to", a dash, or "and" after "between" (with an optional unit) parts them. */
function isRange(text: string, a: NumberSpan, qa: Quantity, b: NumberSpan): boolean {
  const between = text.slice(a.end, b.start);
  if (/^\s?[-–—]\s?$/.test(between)) return a.suffix === null || b.suffix !== null;
  // What follows the unit written after the first number (the rest of `between`), read in place.
  const unitLength = UNIT_BETWEEN_RE.exec(between)![0].length;
  AND_REST_RE.lastIndex = unitLength;
  const and = AND_REST_RE.test(between);
  TO_REST_RE.lastIndex = unitLength;
  if (!and && !TO_REST_RE.test(between)) return false;
  const before = text.slice(Math.max(0, a.start - 20), a.start).toLowerCase();
  if (and) return /\bbetween\s+(\S+\s+)?$/.test(before);
  const hasUnit = unitLength !== 0 && between.trim() !== 'to' && between.trim() !== 'and';
  // "rose by $43.6 billion to $419.2 billion" is a change and a level; "dropped by 1 to 1.5 degrees" is a range.
  if (/\bby\s+$/.test(before) && (a.currency !== null || scaleOf(a.text) > 1)) return false;
  if (/\bfrom\s+(\S+\s+){0,2}$/.test(before)) return true;
  return !hasUnit || (qa.percent && PERCENT_RE.test(text.slice(b.end, b.end + 12)));
}

function scaleOf(written: string): number {
  const m = /(million|billion|trillion|thousand|bn|mn|mln|mil|m|k|b)$/i.exec(written.trim());
  return m ? (SCALE_WORDS[m[1].toLowerCase()] ?? 1) : 1;
}
