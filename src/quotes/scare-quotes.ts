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
  if (quote.continued) return false;
  // More than eight words make neither a title nor a scare quote.
  const words = wordsUpTo(text, quote.start, quote.end, 8);
  if (words === null) return false;
  const beforeColon = /:\s*$/.test(text.slice(Math.max(0, quote.open - 3), quote.open));
  // The words end in a stop (`/[.!?]$/`; a quote's words are never empty).
  const stop = '.!?'.includes(text[quote.end - 1]);
  if (!beforeColon && (words.length >= 2 || !framed) && words.length <= 8 && !stop && isTitleCase(words)) return true;
  return quote.kind === 'partial' && words.length <= SCARE_WORDS && !framed;
}

/**
 * The words of `text[start, end)` as `split(/\s+/).filter(Boolean)` gives them, or null when there are more than
 * `max`: found by character code, without reading past the word after the last one wanted.
 */
function wordsUpTo(text: string, start: number, end: number, max: number): string[] | null {
  const words: string[] = [];
  let from = -1;
  for (let k = start; k < end; k++) {
    if (isSpace(text.charCodeAt(k), text, k)) {
      if (from >= 0) {
        if (words.length === max) return null;
        words.push(text.slice(from, k));
        from = -1;
      }
    } else if (from < 0) {
      from = k;
    }
  }
  if (from >= 0) {
    if (words.length === max) return null;
    words.push(text.slice(from, end));
  }
  return words;
}

/** `/\s/` for the character at `k`, whose code is `c`. */
function isSpace(c: number, text: string, k: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[k]);
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
