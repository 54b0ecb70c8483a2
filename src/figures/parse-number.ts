import { FRACTION_WORDS, SCALE_WORDS, UNIT_WORDS, VAGUE_AMOUNTS, wordValue } from './number-words.js';

/** What a number span means. */
export interface ParsedNumber {
  /** The value; for a range or a vague amount, its low end. */
  value: number;
  /** The high end of a range or a vague amount ("dozens" → 12 to 120). */
  high?: number;
  /** `count` for a plain number, `fraction` for "two-thirds", `vague` for "hundreds". */
  kind: 'count' | 'fraction' | 'vague';
}

const NUMERAL_RE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^[-−]?\.\d+/;

/**
 * Parse a number as written, without its qualifier or currency sign: "3,400", "1.2 million", "3m", "eight",
 * "twenty-two", "one hundred and fifty", "a dozen", "two-thirds", "half", "hundreds", "tens of thousands",
 * "4 hundred million", "-1.3", "half a million".
 * Undefined when the words are not a number.
 */
export function parseNumber(written: string): ParsedNumber | undefined {
  const text = written.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const vague = VAGUE_AMOUNTS[lower.replace(/ of$/, '')];
  if (vague) return { value: vague[0], high: vague[1], kind: 'vague' };
  const numeral = NUMERAL_RE.exec(text);
  if (numeral) {
    let value = Number(numeral[0].replace(/,/g, '').replace('−', '-'));
    const rest = lower.slice(numeral[0].length).trim();
    // Each scale word multiplies: "4 hundred million" is 400,000,000.
    if (rest) {
      for (const word of rest.split(' ')) {
        const scale = SCALE_WORDS[word];
        if (scale === undefined) return undefined;
        value *= scale;
      }
    }
    return { value: round(value), kind: 'count' };
  }
  // "half a million", "half a dozen": half of one scale, a count.
  const halfOf = /^half an? ([a-z]+)$/.exec(lower);
  if (halfOf) {
    const scale = halfOf[1] === 'dozen' ? 12 : SCALE_WORDS[halfOf[1]];
    return scale === undefined || halfOf[1].length < 5 ? undefined : { value: scale / 2, kind: 'count' };
  }
  const fraction = parseFraction(lower);
  if (fraction !== undefined) return { value: fraction, kind: 'fraction' };
  const words = parseNumberWords(lower);
  return words === undefined ? undefined : { value: words, kind: 'count' };
}

/** "two-thirds", "a third", "one quarter", "half", "a half": the fraction, or undefined. */
export function parseFraction(lower: string): number | undefined {
  const m = /^(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?([a-z]+)$/.exec(lower);
  if (!m) return undefined;
  const denominator = FRACTION_WORDS[m[2]];
  if (denominator === undefined) return undefined;
  const numerator = !m[1] || m[1] === 'a' || m[1] === 'an' ? 1 : UNIT_WORDS[m[1]];
  // "two half" is not English; a plural denominator needs a numerator above one, and "half" needs none.
  if (m[2] === 'half' && m[1] && numerator !== 1) return undefined;
  return numerator / denominator;
}

/**
 * Cardinal words: "eight", "Forty", "twenty-two", "one hundred and fifty", "two million", "a dozen", "a hundred".
 * Scales multiply what comes before them, as in speech: "three hundred thousand" is 300,000.
 */
export function parseNumberWords(lower: string): number | undefined {
  const parts = lower.split(/[\s-]+/).filter((w) => w !== 'and');
  if (parts.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i];
    if ((w === 'a' || w === 'an') && i === 0 && parts.length > 1) {
      current = 1;
      continue;
    }
    if (w === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    const v = wordValue(w);
    if (v !== undefined) {
      current += v;
      seen = true;
      continue;
    }
    const scale = SCALE_WORDS[w];
    if (scale === undefined || w.length < 4) return undefined;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : undefined;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
