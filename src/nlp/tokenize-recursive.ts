import { keepsHyphenated, lexemeOf } from './lexicon.js';
import { Category } from './category.js';
import type { TokenSink } from './token-sink.js';
import { TREX } from './wink-lexicon.js';

/**
 * wink's recursive tokenizer, the fallback for a piece no simpler rule splits ("U.S.-led", "(2019-20)", "well-known"):
 * its extractors run in order; what the first one matches becomes tokens, and the text between matches goes to the
 * next. Offsets are kept throughout instead of building strings, and an extractor runs only when the piece holds a
 * character it needs.
 */

/** What characters each extractor needs, as bits of a table over code units. */
const SLASH = 1;
const AT = 2;
const HASH = 4;
const EMOJI = 8;
const EMOTICON = 16;
const DIGIT = 32;
const CURRENCY = 64;
const ALONE = 128;
const SYMBOL = 256;
const OTHER_PUNCTUATION = 512;
const LETTER = 1024;
const APOSTROPHE_S = 2048; // not a character class: the piece ends in 's (tested apart)

const NEEDS = new Uint16Array(0x10000);
function mark(chars: string, bit: number): void {
  for (const c of chars) NEEDS[c.charCodeAt(0)] |= bit;
}
mark('/', SLASH);
mark('@', AT);
mark('#', HASH);
for (let c = 0xd800; c <= 0xdfff; c++) NEEDS[c] |= EMOJI; // the astral emoji come as surrogate pairs
for (const [a, b] of [[0x2600, 0x27bf], [0x3030, 0x3030], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2934, 0x2935], [0x2b05, 0x2b07], [0x2b1b, 0x2b1c], [0x3297, 0x3297], [0x3299, 0x3299], [0x303d, 0x303d], [0xa9, 0xa9], [0xae, 0xae], [0x2122, 0x2122], [0x23f3, 0x23f3], [0x24c2, 0x24c2], [0x23e9, 0x23ef], [0x25b6, 0x25b6], [0x23f8, 0x23fa]]) {
  for (let c = a; c <= b; c++) NEEDS[c] |= EMOJI;
}
mark(':;<()\\', EMOTICON);
mark('0123456789', DIGIT);
mark('₿₽₹₨$£¥€₩UAIG', CURRENCY); // signs, and the capitals that open USD, AUD, INR, GBP
mark('‘`“”"[](){}…!;?¿¡', ALONE);
mark('~@#%^+=*|<>&\u00a7\u00a9\u00b1\u00f7\u00d7\u00b0', SYMBOL);
mark('.-–—\'’/:,', OTHER_PUNCTUATION);
for (const [a, b] of [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0xff], [0x178, 0x178]]) {
  for (let c = a; c <= b; c++) NEEDS[c] |= LETTER;
}

/** For each of wink's extractors (its `rtc`, in order), the characters without which it cannot match. */
const NEED_BY_LEVEL = [
  SLASH, // url: "//"
  AT, // email
  AT, // mention
  HASH, // hashtag
  EMOJI, // emoji
  EMOTICON, // emoticon
  DIGIT, // time
  DIGIT, // ordinal
  CURRENCY, // currency
  DIGIT, // decade
  ALONE, // punctuation that always stands alone
  APOSTROPHE_S, // 's at the end
  LETTER, // word
  DIGIT, // number
  SYMBOL, // symbol
  LETTER, // a letter and a period
  OTHER_PUNCTUATION, // other punctuation
  LETTER, // runs of letters
];

const EXTRACTORS = TREX.rtc.map(([source, flags, category]) => ({ regex: new RegExp(source, flags), category: category as Category }));
if (NEED_BY_LEVEL.length !== EXTRACTORS.length) throw new Error(`Expected ${NEED_BY_LEVEL.length} wink extractors, found ${EXTRACTORS.length}.`);

/** The characters `text[start, end)` holds, as `NEEDS` bits, with `APOSTROPHE_S` when it ends in 's. */
function needsOf(text: string, start: number, end: number): number {
  let bits = 0;
  for (let i = start; i < end; i++) bits |= NEEDS[text.charCodeAt(i)];
  if (end - start >= 2) {
    const c = text.charCodeAt(end - 1);
    const q = text.charCodeAt(end - 2);
    if ((c === 0x73 || c === 0x53) && (q === 0x27 || q === 0x2019)) bits |= APOSTROPHE_S;
  }
  return bits;
}

/** `String.prototype.trim`'s white space; pieces hold none of the spaces wink splits on, but may hold these. */
function isTrimmable(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Tokenise `text[start, end)` with wink's recursive tokenizer into the sink. */
export function tokenizeRecursively(sink: TokenSink, start: number, end: number): void {
  recurse(sink, start, end, 0);
}


/**
 * wink's `tokenizeTextRecursively` from extractor `level` on: trim, then the first extractor (in order) that matches
 * takes its matches out as tokens and hands the text between them to the following ones; text no extractor takes is
 * one `unk` token. Extractors whose characters the text lacks are passed over without running.
 */
function recurse(sink: TokenSink, start: number, end: number, level: number): void {
  const text = sink.text;
  let s = start;
  let e = end;
  while (s < e && isTrimmable(text.charCodeAt(s))) s++;
  while (e > s && isTrimmable(text.charCodeAt(e - 1))) e--;
  if (s === e) return;
  const needs = needsOf(text, s, e);
  let value: string | null = null;
  for (; level < EXTRACTORS.length; level++) {
    if ((needs & NEED_BY_LEVEL[level]) === 0) continue;
    const { regex, category } = EXTRACTORS[level];
    if (value === null) value = text.slice(s, e);
    regex.lastIndex = 0;
    let m = regex.exec(value);
    if (m === null) continue;
    let at = 0;
    do {
      const ms = m.index;
      const me = ms + m[0].length;
      if (me === ms) {
        regex.lastIndex++;
        continue;
      }
      between(sink, s + at, s + ms, level + 1);
      if (category === Category.Word) pushWord(sink, s + ms, s + me);
      else sink.addMatch(s + ms, s + me, category);
      at = me;
    } while ((m = regex.exec(value)) !== null);
    between(sink, s + at, e, level + 1);
    return;
  }
  // Nothing took it: wink's `unk`.
  sink.add(s, e, Category.Unk);
}

/** The text between two matches, trimmed, to the next extractor. */
function between(sink: TokenSink, start: number, end: number, level: number): void {
  const text = sink.text;
  let s = start;
  let e = end;
  while (s < e && isTrimmable(text.charCodeAt(s))) s++;
  while (e > s && isTrimmable(text.charCodeAt(e - 1))) e--;
  if (s < e) recurse(sink, s, e, level);
}

const SHORT_FORM_DOT = /^(?:(?:[A-Z])(?:\.))+$/i;
const SHORT_FORM = /^(?:(?:[A-Z])(?:\.))+[a-z]?$/i;

/**
 * wink's `pushWordToken`: a word match with periods in it is rebuilt piece by piece, keeping a period with what is
 * before it while that stays a short form ("U.S.") or a known lexeme longer than two ("No.", "Inc."); each piece then
 * goes through the hyphen rules.
 */
function pushWord(sink: TokenSink, start: number, end: number): void {
  const text = sink.text;
  const value = text.slice(start, end);
  if (lexemeOf(value) !== undefined || SHORT_FORM_DOT.test(value)) {
    sink.addMatch(start, end, Category.Word);
    return;
  }
  if (!value.includes('.')) {
    pushHyphenated(sink, start, end);
    return;
  }
  // Words between periods: [wordStart, p) where p is the next period or the end.
  let buildStart = start; // the current build is text[buildStart, buildEnd)
  let buildEnd = start;
  let wordStart = start;
  for (;;) {
    let p = wordStart;
    while (p < end && text.charCodeAt(p) !== 0x2e) p++;
    // The word text[wordStart, p).
    if (buildEnd === buildStart || isBuildable(text, buildStart, p)) {
      if (buildEnd === buildStart) buildStart = wordStart;
      buildEnd = p;
    } else {
      pushHyphenated(sink, buildStart, buildEnd);
      buildStart = wordStart;
      buildEnd = p;
    }
    if (p === end) break;
    // The period at p.
    if (isBuildable(text, buildStart, p + 1)) {
      buildEnd = p + 1;
    } else {
      pushHyphenated(sink, buildStart, buildEnd);
      sink.addMatch(p, p + 1, Category.Punctuation);
      buildStart = buildEnd = p + 1;
    }
    wordStart = p + 1;
  }
  if (buildEnd > buildStart) pushHyphenated(sink, buildStart, buildEnd);
}

function isBuildable(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  return SHORT_FORM.test(value) || (value.length > 2 && lexemeOf(value) !== undefined);
}

/**
 * wink's `pushHyphenatedToken`: a word with hyphens stays whole if it is a lexeme, holds a digit, or starts with a
 * kept prefix or ends with a kept suffix; otherwise it splits at each hyphen.
 */
export function pushHyphenated(sink: TokenSink, start: number, end: number): void {
  const text = sink.text;
  let hyphens = 0;
  let digit = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013 || c === 0x2014) hyphens++;
    else if (c >= 0x30 && c <= 0x39) digit = true;
  }
  if (hyphens === 0 || digit || lexemeOf(text.slice(start, end)) !== undefined) {
    sink.addMatch(start, end, Category.Word);
    return;
  }
  let firstEnd = start;
  while (!isHyphen(text.charCodeAt(firstEnd))) firstEnd++;
  let lastStart = end;
  while (!isHyphen(text.charCodeAt(lastStart - 1))) lastStart--;
  if (keepsHyphenated(text.slice(start, firstEnd), text.slice(lastStart, end))) {
    sink.addMatch(start, end, Category.Word);
    return;
  }
  let wordStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || isHyphen(text.charCodeAt(i))) {
      if (i > wordStart) sink.addMatch(wordStart, i, Category.Word);
      if (i < end) sink.addMatch(i, i + 1, Category.Punctuation);
      wordStart = i + 1;
    }
  }
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}
