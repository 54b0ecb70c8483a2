import { contentKeys } from './shingles.js';
import type { AlignSentence } from './align.js';

/** Quotes with fewer content words than this are too short to tell anything ("No," she said). */
const MIN_QUOTE_KEYS = 3;
/** A quote is found in a text when a run of up to `WINDOW` consecutive sentences holds this share of its content words (a rewrite may touch a word of a quote, a new quote shares few). */
const FOUND_SHARE = 0.6;
/** A quote may run over several sentences. */
const WINDOW = 3;

/** Content keys of each direct quote of a text (words between straight or curly double quotes). */
export function quoteKeys(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(/["“]([^"“”\n]{8,}?)["”]/g)) {
    const keys = [...new Set(contentKeys(m[1]))];
    if (keys.length >= MIN_QUOTE_KEYS) out.push(keys);
  }
  return out;
}

/**
 * How many quotes of a would-be copy are not in the would-be original. A rewriter rewords the narrative but does not
 * invent quotes, while two reporters at the same event each bring quotes the other lacks: one new quote is enough to
 * say the text was not copied. Shared quotes, the other way round, prove nothing and are not counted for a copy.
 */
export function novelQuotes(copyQuotes: string[][], original: AlignSentence[] | Set<string>[]): number {
  const sets = isWindows(original) ? original : quoteWindows(original);
  let novel = 0;
  for (const quote of copyQuotes) {
    const found = sets.some((set) => quote.filter((k) => set.has(k)).length >= FOUND_SHARE * quote.length);
    if (!found) novel++;
  }
  return novel;
}

/** The content keys of each run of `WINDOW` sentences of a text, where `novelQuotes` looks for a quote: made once per original. */
export function quoteWindows(sentences: AlignSentence[]): Set<string>[] {
  return sentences.map((_, i) => new Set(sentences.slice(i, i + WINDOW).flatMap((s) => s.keys)));
}

function isWindows(x: AlignSentence[] | Set<string>[]): x is Set<string>[] {
  return x.length > 0 && x[0] instanceof Set;
}
