/**
 * Character classes of wink's tokenizer as a table over UTF-16 code units, so the tokenizer tests a character with
 * one array read instead of a regular expression. The ranges are those of wink's patterns, including what their
 * case-insensitive flag adds (Ÿ for ÿ; the Greek iotas that fold with U+0345); test/nlp/char-class.test.ts checks
 * them against the patterns over every code unit.
 */

/** `[a-zÀ-ÖØ-öø-ÿ\u0300-\u036f\u2060]` with `i`: the letters of wink's whole-word pattern. */
export const LETTER = 1;
/** `[a-zÀ-ÖØ-öø-ÿ]` with `i`: a letter that can open a word in the recursive tokenizer. */
export const WORD_START = 2;
/** `[a-zÀ-ÖØ-öø-ÿ0-9\u0300-\u036f\u2060]` with `i`: a character inside a word in the recursive tokenizer. */
export const WORD_PART = 4;
/** `[’”"\])}…,.!;?/:]`: what may close a word that wink splits off as punctuation ("said," "it."). */
export const WORD_CLOSER = 8;
/** The spaces wink's splitter drops between tokens. */
export const SPACE = 16;
/** Tab, line feed, carriage return: wink keeps runs of them as `tabCRLF` tokens. */
export const BREAK = 32;
/** 0-9. */
export const DIGIT = 64;
/**
 * A letter of wink's whole-word pattern that no word pattern of its recursive tokenizer opens with (combining marks,
 * the word joiner, the iotas): a piece of such letters can become an `unk` token there, so its type depends on
 * what wink met first.
 */
export const MARK = 128;

export const CHAR_CLASS = buildTable();

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const set = (from: number, to: number, flags: number): void => {
    for (let c = from; c <= to; c++) t[c] |= flags;
  };
  const letters: Array<[number, number]> = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0xff], [0x178, 0x178]];
  for (const [a, b] of letters) set(a, b, LETTER | WORD_START | WORD_PART);
  for (const [a, b] of [[0x300, 0x36f], [0x399, 0x399], [0x3b9, 0x3b9], [0x1fbe, 0x1fbe], [0x2060, 0x2060]]) set(a, b, LETTER | WORD_PART);
  set(0x30, 0x39, WORD_PART | DIGIT);
  for (const c of '’”"])}…,.!;?/:') t[c.charCodeAt(0)] |= WORD_CLOSER;
  for (const c of [0x20, 0xa0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2009, 0x200a, 0x202f, 0x205f]) t[c] |= SPACE;
  for (const c of [0x09, 0x0a, 0x0d]) t[c] |= BREAK;
  for (let c = 0; c < 0x10000; c++) if (t[c] & LETTER && !(t[c] & WORD_START)) t[c] |= MARK;
  return t;
}
