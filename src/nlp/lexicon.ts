import type { TokenType } from './raw-token.js';
import { CONTRACTIONS, LEXEMES, PRESERVE } from './wink-lexicon.js';

/** What wink's lexicon says of a text: its token type and, for a contraction, the lengths of its pieces. */
export interface Lexeme {
  type: TokenType;
  /** Lengths of the pieces wink splits a contraction into ("can't": 2, 3), or null. */
  pieces: readonly number[] | null;
}

/**
 * The lexemes that decide how wink tokenises (see bench/nlp-lexicon-generate.ts). A text that is not here is
 * either not in wink's lexicon or a plain run of letters, which wink tokenises the same way in or out of it.
 */
const LEXICON = buildLexicon();

function buildLexicon(): Map<string, Lexeme> {
  const map = new Map<string, Lexeme>();
  for (const [type, texts] of Object.entries(LEXEMES)) {
    const entry: Lexeme = { type: type as TokenType, pieces: null };
    for (const text of texts) map.set(text, entry);
  }
  for (const c of CONTRACTIONS) {
    const parts = c.split('|');
    map.set(parts.join(''), { type: 'word', pieces: parts.map((p) => p.length) });
  }
  return map;
}

/** wink's lexicon entry for a text, if it matters to tokenisation; texts remembered from earlier tokens count too. */
export function lexemeOf(text: string): Lexeme | undefined {
  return LEXICON.get(text);
}

/**
 * How many token texts the lexicon remembers at most. wink's own cache grows without bound; past this many texts
 * the tokenizer stops learning new ones (it then splits a possessive it has not seen whole before, as a fresh wink).
 */
export const MEMORY_LIMIT = 500_000;
const remembered: string[] = [];
const memoryEntries = new Map<TokenType, Lexeme>();

/**
 * Remember a token text as wink's cache does when it adds an unknown token: after it, the text is a lexeme of this
 * type. This is why wink keeps "Trump's" whole once it has seen "Trump's," (which only its recursive tokenizer,
 * keeping the possessive inside the word, handles) and splits it into "Trump" + "'s" before.
 */
export function remember(text: string, type: TokenType): void {
  if (remembered.length >= MEMORY_LIMIT || LEXICON.has(text)) return;
  let entry = memoryEntries.get(type);
  if (entry === undefined) memoryEntries.set(type, (entry = { type, pieces: null }));
  LEXICON.set(text, entry);
  remembered.push(text);
}

/** Forget every remembered text, as a new wink instance would have seen none (for tests and benches). */
export function forgetRemembered(): void {
  for (const text of remembered) LEXICON.delete(text);
  remembered.length = 0;
}

/**
 * Whether a run of letters could be a lexeme that matters: only letter-only contractions ("cannot", "dont") are,
 * and they all end in one of a few letter pairs, so most words need no lookup.
 */
export function mayBeLetterLexeme(text: string, start: number, end: number): boolean {
  if (end - start < LETTER_LEXEME_MIN) return false;
  return LETTER_LEXEME_ENDINGS.has(((text.charCodeAt(end - 2) | 0x20) << 16) | (text.charCodeAt(end - 1) | 0x20));
}

const letterLexemes = [...LEXICON.keys()].filter((t) => /^[a-z]+$/i.test(t));
const LETTER_LEXEME_MIN = Math.min(...letterLexemes.map((t) => t.length));
const LETTER_LEXEME_ENDINGS = new Set(letterLexemes.map((t) => ((t.charCodeAt(t.length - 2) | 0x20) << 16) | (t.charCodeAt(t.length - 1) | 0x20)));
if ([...LEXICON.keys()].some((t) => /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i.test(t) && !/^[a-z]+$/i.test(t))) {
  throw new Error('A lexeme of accented letters only would need the letter-lexeme filter to look at it.');
}

/**
 * True when a hyphenated word split at its hyphens into `first … last` stays whole ("anti-war", "money-wise").
 * wink looks the parts up in plain objects, so the names of Object.prototype's members count too, as in wink.
 */
export function keepsHyphenated(first: string, last: string): boolean {
  return PREFIXES.has(first) || SUFFIXES.has(last) || first in OBJECT_MEMBERS || last in OBJECT_MEMBERS;
}

const PREFIXES = new Set(PRESERVE.prefix);
const SUFFIXES = new Set(PRESERVE.suffix);
const OBJECT_MEMBERS: object = {};
