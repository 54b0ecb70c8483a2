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

interface Extractor {
  regex: RegExp;
  category: Category;
  /** False when the extractor cannot match anything in `text[start, end)`. */
  mayMatch: (text: string, start: number, end: number) => boolean;
}

const has = (chars: string) => {
  const set = new Set<number>([...chars].map((c) => c.charCodeAt(0)));
  return (text: string, start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (set.has(text.charCodeAt(i))) return true;
    return false;
  };
};
const hasDigit = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
};
const hasSurrogateOrSymbol = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa9) return true;
  }
  return false;
};
const always = (): boolean => true;
const hasCurrency = (() => {
  const symbols = has('₿₽₹₨$£¥€₩');
  return (text: string, start: number, end: number): boolean => {
    if (symbols(text, start, end)) return true;
    const value = text.slice(start, end);
    return value.includes('USD') || value.includes('AUD') || value.includes('INR') || value.includes('GBP');
  };
})();
const endsWithS = (text: string, start: number, end: number): boolean => {
  if (end - start < 2) return false;
  const c = text.charCodeAt(end - 1);
  const q = text.charCodeAt(end - 2);
  return (c === 0x73 || c === 0x53) && (q === 0x27 || q === 0x2019);
};

/** For each of wink's extractors (its `rtc`, in order), a test of whether it can match at all. */
const PRECHECKS: Array<(text: string, start: number, end: number) => boolean> = [
  has('/'), // url: needs "//"
  has('@'), // email
  has('@'), // mention
  has('#'), // hashtag
  hasSurrogateOrSymbol, // emoji: surrogate pairs, ©, ®, ™ and the symbol blocks
  has(':;<()\\'), // emoticon
  hasDigit, // time
  hasDigit, // ordinal
  hasCurrency, // currency
  hasDigit, // decade
  has('‘`“”"[](){}…!;?¿¡'), // punctuation that always stands alone
  endsWithS, // 's at the end
  always, // word
  hasDigit, // number
  has('~@#%^+=*|<>&\u00a7\u00a9\u00b1\u00f7\u00d7\u00b0'), // symbol
  always, // a letter and a period
  has('.-–—\'’/:,'), // other punctuation
  always, // runs of letters
];

const EXTRACTORS: Extractor[] = TREX.rtc.map(([source, flags, category], i) => ({
  regex: new RegExp(source, flags),
  category: category as Category,
  mayMatch: PRECHECKS[i],
}));
if (PRECHECKS.length !== EXTRACTORS.length) throw new Error(`Expected ${PRECHECKS.length} wink extractors, found ${EXTRACTORS.length}.`);

/** `String.prototype.trim`'s white space; pieces hold none of the spaces wink splits on, but may hold these. */
function isTrimmable(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Tokenise `text[start, end)` with wink's recursive tokenizer into the sink. */
export function tokenizeRecursively(sink: TokenSink, start: number, end: number): void {
  recurse(sink, start, end, 0);
}

function recurse(sink: TokenSink, start: number, end: number, level: number): void {
  if (level === EXTRACTORS.length) {
    // Nothing took it: wink's `unk`, untrimmed.
    sink.add(start, end, Category.Unk);
    return;
  }
  const text = sink.text;
  let s = start;
  let e = end;
  while (s < e && isTrimmable(text.charCodeAt(s))) s++;
  while (e > s && isTrimmable(text.charCodeAt(e - 1))) e--;
  if (s === e) return;
  const extractor = EXTRACTORS[level];
  if (!extractor.mayMatch(text, s, e)) {
    recurse(sink, s, e, level + 1);
    return;
  }
  const value = text.slice(s, e);
  const regex = extractor.regex;
  regex.lastIndex = 0;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(value)) !== null) {
    const ms = m.index;
    const me = ms + m[0].length;
    if (me === ms) {
      regex.lastIndex++;
      continue;
    }
    between(sink, s + at, s + ms, level + 1);
    if (extractor.category === Category.Word) pushWord(sink, s + ms, s + me);
    else sink.addMatch(s + ms, s + me, extractor.category);
    at = me;
  }
  between(sink, s + at, e, level + 1);
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
