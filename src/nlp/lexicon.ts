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

/** wink's lexicon entry for a text, if it matters to tokenisation. */
export function lexemeOf(text: string): Lexeme | undefined {
  return LEXICON.get(text);
}

/** Longest and shortest letter-only contractions ("ive", "mightve"): only letter runs in between are looked up. */
const letterContractions = CONTRACTIONS.map((c) => c.replace(/\|/g, '')).filter((c) => /^[a-z]+$/i.test(c));
export const LETTER_CONTRACTION_MIN = Math.min(...letterContractions.map((c) => c.length));
export const LETTER_CONTRACTION_MAX = Math.max(...letterContractions.map((c) => c.length));

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
