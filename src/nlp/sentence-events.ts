import { CHAR_CLASS, SPACE } from './char-class.js';
import type { RawToken } from './raw-token.js';
import { SBD_EXACT, SBD_NORMAL } from './wink-lexicon.js';

/** The token wink's sentence machine skips (a lone line feed). */
export const SKIP = -1;
/** Any token the machine has no transition for. */
export const OTHER = 0;
/** wink's hint for a straight quote, and the event it becomes after a space. */
const STRAIGHT_QUOTE = 4;
const STRAIGHT_QUOTE_AFTER_SPACE = 6;

const EXACT = new Map<string, number>(Object.entries(SBD_EXACT));
const NORMAL = new Map<string, number>(Object.entries(SBD_NORMAL));
const ABBREVIATION = /[a-z].*\.$/i;

/**
 * The event wink's sentence-boundary machine reads for a token: the token's (or its lower-case form's) sentence
 * hint in wink's lexicon, else whether wink counts it an abbreviation (a letter, then a final period), else what
 * lexeme it is when the machine names it.
 */
export function sentenceEvent(text: string, token: RawToken): number {
  const value = token.text;
  let event = EXACT.get(value);
  if (event === undefined) {
    const lower = value.toLowerCase();
    event = NORMAL.get(lower);
    if (event === undefined) event = ABBREVIATION.test(lower) ? (lower.length === 2 ? 8 : 7) : OTHER;
  }
  if (event === STRAIGHT_QUOTE && afterSpace(text, token.start)) event = STRAIGHT_QUOTE_AFTER_SPACE;
  return event;
}

/**
 * Whether wink counts spaces before the token at `start`: its piece follows spaces and it is the piece's first
 * token. White space wink does not split on (a byte-order mark, U+3000) but trims inside its tokenizer can lie between.
 */
function afterSpace(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isTrimmedOnly(text.charCodeAt(i))) i--;
  return i >= 0 && (CHAR_CLASS[text.charCodeAt(i)] & SPACE) !== 0;
}

/** White space `String.prototype.trim` removes that wink's splitter keeps inside pieces. */
function isTrimmedOnly(c: number): boolean {
  return c === 0x0b || c === 0x0c || c === 0x1680 || c === 0x2000 || c === 0x2001 || (c >= 0x2006 && c <= 0x2008) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}

/**
 * False when the token cannot start a match at the machine's root, so its event need not be looked up there: only
 * a full stop, ! or ?, an abbreviation (all end in a period) or a blank line "\n\n" can (bench/nlp-lexicon-generate.ts
 * checks this of the model), and the machine skips a lone line feed.
 */
export function mayOpenMatch(token: RawToken): boolean {
  const value = token.text;
  const last = value.charCodeAt(value.length - 1);
  return last === 0x2e || last === 0x21 || last === 0x3f || last === 0x0a;
}
