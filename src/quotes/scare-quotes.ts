import type { QuoteSpan } from './find-quotes.js';

/** Small words that stay lower case in a title ("The Lord of the Rings"). */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs', 'is']);
/** The most words a scare quote holds. */
const SCARE_WORDS = 3;

/**
 * True when marks set words apart without reporting speech, so the stretch is not a quote:
 * - a title or name: every word capitalised (small words aside), no sentence punctuation, at most eight words
 *   ("Fox News Sunday", "Shark Tank"), unless a colon introduces it or it is one word a speech verb frames;
 * - a scare quote: a partial quote of at most three words with no speech verb framing it in its own sentence
 *   (the so-called "deal"); `called it "a frank exchange"` is framed, so it is kept.
 */
export function isScareQuote(text: string, quote: QuoteSpan, framed: boolean): boolean {
  const words = text.slice(quote.start, quote.end).split(/\s+/).filter(Boolean);
  if (quote.continued) return false;
  const beforeColon = /:\s*$/.test(text.slice(Math.max(0, quote.open - 3), quote.open));
  if (!beforeColon && (words.length >= 2 || !framed) && words.length <= 8 && !/[.!?]$/.test(text.slice(quote.start, quote.end)) && isTitleCase(words)) return true;
  return quote.kind === 'partial' && words.length <= SCARE_WORDS && !framed;
}

function isTitleCase(words: string[]): boolean {
  let capitals = 0;
  for (const w of words) {
    const letters = w.replace(/^[^\p{L}\p{N}]+/u, '');
    if (!letters) continue;
    if (/^[\p{Lu}\p{N}]/u.test(letters)) capitals++;
    else if (!TITLE_SMALL.has(letters.toLowerCase())) return false;
  }
  return capitals > 0;
}
