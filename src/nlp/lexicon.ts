import type { TokenType } from './raw-token.js';
import { CONTRACTIONS, LEXEMES, PRESERVE } from './wink-lexicon.js';

/** What wink's lexicon says of a text: its token type and, for a contraction, the lengths of its pieces. */
export interface Lexeme {
  type: TokenType;
  /** Lengths of the pieces wink splits a contraction into ("can't": 2, 3), or null. */
  pieces: readonly number[] | null;
}

/**
 * The lexemes that decide how wink tokenises (see bench/nlp-lexicon-generate.ts); the texts remembered within one
 * text are in MEMORY. A text that is in neither is either not in wink's lexicon or a plain run of letters, which wink
 * tokenises the same way in or out of it.
 */
const LEXICON = new Map<string, Lexeme>();

/**
 * A one-sided filter over the texts in LEXICON: a bit per hash of a text's length and a few of its characters. A
 * clear bit means the text is not there, so most lookups need neither a substring nor a string hash.
 */
const FILTER_BITS = 20;
const FILTER = new Uint32Array(1 << (FILTER_BITS - 5));

function filterHash(text: string, start: number, end: number): number {
  const n = end - start;
  let h = Math.imul(n, 0x9e3779b1) ^ text.charCodeAt(start);
  h = Math.imul(h ^ text.charCodeAt(end - 1), 0x85ebca6b);
  if (n > 1) h = Math.imul(h ^ text.charCodeAt(end - 2), 0xc2b2ae35);
  if (n > 2) h = Math.imul(h ^ text.charCodeAt(start + (n >> 1)), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & ((1 << FILTER_BITS) - 1);
}

function setEntry(text: string, entry: Lexeme): void {
  LEXICON.set(text, entry);
  if (text.length > 0) {
    const h = filterHash(text, 0, text.length);
    FILTER[h >>> 5] |= 1 << (h & 31);
  }
}

function loadLexicon(): void {
  for (const [type, texts] of Object.entries(LEXEMES)) {
    const entry: Lexeme = { type: type as TokenType, pieces: null };
    for (const text of texts) setEntry(text, entry);
  }
  for (const c of CONTRACTIONS) {
    const parts = c.split('|');
    setEntry(parts.join(''), { type: 'word', pieces: parts.map((p) => p.length) });
  }
}
loadLexicon();

/** False when `text[start, end)` is surely not in the lexicon nor remembered (true: it may be). */
export function mayBeLexeme(text: string, start: number, end: number): boolean {
  if (end === start) return LEXICON.has('');
  const h = filterHash(text, start, end);
  const word = h >>> 5;
  const bit = 1 << (h & 31);
  return (FILTER[word] & bit) !== 0 || (MEMORY_FILTER[word] & bit) !== 0;
}

/** wink's lexicon entry for a text, if it matters to tokenisation; texts remembered earlier in the text count too. */
export function lexemeOf(text: string): Lexeme | undefined {
  if (!mayBeLexeme(text, 0, text.length)) return undefined;
  return LEXICON.get(text) ?? (MEMORY.size > 0 ? MEMORY.get(text) : undefined);
}

/**
 * The token texts remembered in the text being tokenised (see `remember`), with a filter of their own, both emptied
 * by `forgetRemembered` at the end of each text, so that a text's tokens never depend on the texts read before it.
 */
const MEMORY = new Map<string, Lexeme>();
const MEMORY_FILTER = new Uint32Array(1 << (FILTER_BITS - 5));
const memoryEntries = new Map<TokenType, Lexeme>();

/**
 * Remember a token text as wink's cache does when it adds an unknown token: after it, the text is a lexeme of this
 * type. This is why wink keeps "Trump's" whole once it has seen "Trump's," (which only its recursive tokenizer,
 * keeping the possessive inside the word, handles) and splits it into "Trump" + "'s" before. wink remembers for the
 * life of the process, so its tokens depend on what it read before; here the memory lasts one text.
 */
export function remember(text: string, type: TokenType): void {
  if (text.length === 0 || LEXICON.has(text) || MEMORY.has(text)) return;
  let entry = memoryEntries.get(type);
  if (entry === undefined) memoryEntries.set(type, (entry = { type, pieces: null }));
  MEMORY.set(text, entry);
  const h = filterHash(text, 0, text.length);
  MEMORY_FILTER[h >>> 5] |= 1 << (h & 31);
}

/** Forget every remembered text: the next text is tokenised as by a fresh wink. */
export function forgetRemembered(): void {
  if (MEMORY.size === 0) return;
  for (const text of MEMORY.keys()) {
    const h = filterHash(text, 0, text.length);
    MEMORY_FILTER[h >>> 5] = 0;
  }
  MEMORY.clear();
}

/**
 * False when a run of letters cannot be a lexeme: the only letter-only lexemes are contractions ("cannot", "dont"),
 * which all end in one of a few letter pairs, so most words need no lookup. The only runs of letters remembered
 * later are currency codes and runs with combining marks (see `TokenSink.add`), which the tokenizer looks up apart.
 */
export function mayBeLetterLexeme(text: string, start: number, end: number): boolean {
  return end - start >= LETTER_LEXEME_MIN && LETTER_LEXEME_ENDINGS[letterPair(text.charCodeAt(end - 2), text.charCodeAt(end - 1))] === 1;
}

/** Two letters as an index into a 1024-entry table; case and all but five bits dropped (a collision only costs a lookup). */
function letterPair(a: number, b: number): number {
  return ((a & 31) << 5) | (b & 31);
}

const letterLexemes = [...LEXICON.keys()].filter((t) => /^[a-z]+$/i.test(t));
const LETTER_LEXEME_MIN = Math.min(...letterLexemes.map((t) => t.length));
const LETTER_LEXEME_ENDINGS = new Uint8Array(1024);
for (const t of letterLexemes) LETTER_LEXEME_ENDINGS[letterPair(t.charCodeAt(t.length - 2), t.charCodeAt(t.length - 1))] = 1;
if ([...LEXICON.keys()].some((t) => /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i.test(t) && !/^[a-z]+$/i.test(t))) {
  throw new Error('A lexeme of accented letters only would need the letter-lexeme filter to look at it.');
}

/**
 * True when a hyphenated word split at its hyphens into `first … last` stays whole ("anti-war", "money-wise").
 * wink looks the parts up in plain objects, so the names of Object.prototype's members count too, as in wink.
 */
export function keepsHyphenated(first: string, last: string): boolean {
  return PREFIXES.has(first) || SUFFIXES.has(last);
}

const OBJECT_MEMBERS = Object.getOwnPropertyNames(Object.prototype);
const PREFIXES = new Set([...PRESERVE.prefix, ...OBJECT_MEMBERS]);
const SUFFIXES = new Set([...PRESERVE.suffix, ...OBJECT_MEMBERS]);
