import { CHAR_CLASS, DIGIT, LETTER, WORD_CLOSER, WORD_START } from './char-class.js';
import { Category } from './category.js';
import { lexemeOf } from './lexicon.js';
import { isNumber } from './token-category.js';
import type { TokenSink } from './token-sink.js';
import { pushHyphenated } from './tokenize-recursive.js';

/**
 * Shortcuts for the pieces news text is full of that wink sends through its slow paths (punctuation-splitting
 * regular expressions, then often the recursive tokenizer): a hyphenated word, a possessive, a word after an opening
 * quote, a word and two closing marks, a number and a closing mark, a price, a percentage. Each gives the tokens
 * wink's path gives, by scanning the characters; test/nlp/tokenize.test.ts checks them against wink piece by piece.
 * Called only for a piece that is not a lexeme; returns false, adding nothing, when the piece has another shape.
 */
export function commonPiece(sink: TokenSink, start: number, end: number, letters: number): boolean {
  const text = sink.text;
  if (letters > start) {
    const c = text.charCodeAt(letters);
    if (c === 0x2d || c === 0x2013) return hyphenated(sink, start, end);
    if ((c === 0x27 || c === 0x2019) && letters === end - 2 && possessive(sink, start, end)) return true;
    if (letters === end - 2 && CHAR_CLASS[c] & WORD_CLOSER) return wordAndTwoClosers(sink, start, end);
    return wordAndMarks(sink, start, end, letters);
  }
  const c0 = text.charCodeAt(start);
  if (CHAR_CLASS[c0] & DIGIT) return numberAndMark(sink, start, end);
  if (c0 === 0x24 || c0 === 0xa3 || c0 === 0x20ac) return price(sink, start, end);
  if (c0 === APOSTROPHE && text.charCodeAt(start + 1) === APOSTROPHE) return doublyQuotedWord(sink, start, end);
  if (OPENERS.has(c0)) return openedWord(sink, start, end);
  return false;
}

/** What wink's `anyWithRP` pattern takes off the end of a piece as one mark. */
const RIGHT_MARKS = new Set([...'’\'”"…,.!;?-–:\u0964\u0965'].map((c) => c.charCodeAt(0)));
/** What its `LPanyRP` pattern takes off the end (no period). */
const RIGHT_MARKS_NO_STOP = new Set([...'’\'”"])}…,!;?-–:\u0964\u0965'].map((c) => c.charCodeAt(0)));
/** What its `anyWithLP` pattern takes off the start as one mark. */
const OPENERS = new Set([...'‘\'“"[({…-–'].map((c) => c.charCodeAt(0)));
const APOSTROPHE = 0x27;

/**
 * "well-known", "Trump-style,": runs of letters joined by single hyphens or en dashes, maybe one closing mark after.
 * wink's recursive tokenizer takes the hyphenated part as one word match (with a period after it, which the lexicon
 * does not know with it) and applies its hyphen rules; the mark comes apart.
 */
function hyphenated(sink: TokenSink, start: number, end: number): boolean {
  const text = sink.text;
  if (!(CHAR_CLASS[text.charCodeAt(start)] & WORD_START)) return false;
  let i = start;
  let wordEnd = end;
  let afterSeparator = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (CHAR_CLASS[c] & LETTER) {
      afterSeparator = false;
    } else if (c === 0x2d || c === 0x2013) {
      if (afterSeparator) return false;
      afterSeparator = true;
    } else if (i === end - 1 && !afterSeparator && CHAR_CLASS[c] & WORD_CLOSER) {
      wordEnd = i;
    } else {
      return false;
    }
    i++;
  }
  if (afterSeparator || hasCurrencyCode(text, start, wordEnd)) return false;
  if (wordEnd === end || !sink.addIfLexeme(start, wordEnd)) pushHyphenated(sink, start, wordEnd);
  if (wordEnd < end) sink.addKnown(wordEnd, end, 'punctuation');
  return true;
}

/** "Trump's", "Rubio’s": letters and an apostrophe s. wink splits off the "'s". */
function possessive(sink: TokenSink, start: number, end: number): boolean {
  const text = sink.text;
  const s = text.charCodeAt(end - 1);
  if (s !== 0x73 && s !== 0x53) return false;
  // A straight "'s" after two letters or more goes by wink's right-punctuation pattern; the rest by its recursive
  // tokenizer, whose word patterns need a letter first and which takes currency codes out before.
  const byPattern = text.charCodeAt(end - 2) === APOSTROPHE && s === 0x73 && end - 2 - start >= 2;
  if (!byPattern && (!(CHAR_CLASS[text.charCodeAt(start)] & WORD_START) || hasCurrencyCode(text, start, end - 2))) return false;
  if (!sink.addIfLexeme(start, end - 2)) sink.addWord(start, end - 2);
  sink.add(end - 2, end, Category.Punctuation);
  return true;
}

/** 'said."', 'it,”': letters, a closing mark and one more mark. wink takes off the last, then splits the rest as a word and its mark. */
function wordAndTwoClosers(sink: TokenSink, start: number, end: number): boolean {
  const text = sink.text;
  const c1 = text.charCodeAt(end - 2);
  const c2 = text.charCodeAt(end - 1);
  if (!RIGHT_MARKS.has(c2) || (c1 === 0x2e && c2 === 0x2e)) return false;
  if (!sink.addIfLexeme(start, end - 1)) {
    if (end - 1 - start === 2 && c1 === 0x2e) {
      sink.add(start, end - 1, Category.Word);
    } else {
      sink.addWord(start, end - 2);
      sink.addKnown(end - 2, end - 1, 'punctuation');
    }
  }
  sink.addMark(end - 1, end);
  return true;
}

/** The marks `wordAndMarks` takes after a word: none opens an emoticon or joins a word in wink's patterns. */
const TRAILING_MARKS = new Set([...',.\'’”"…!?'].map((c) => c.charCodeAt(0)));

/**
 * 'said,\'\'', "rights.''", "doin''": two letters or more, then closing marks (one period at most). wink takes the last
 * mark off; if what is left is a lexeme or a word it stops there, else its recursive tokenizer takes the word (with a
 * period right after it, which the word's lexeme may keep) and then each mark.
 */
function wordAndMarks(sink: TokenSink, start: number, end: number, letters: number): boolean {
  const text = sink.text;
  if (letters - start < 2) return false;
  let stops = 0;
  for (let i = letters; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!TRAILING_MARKS.has(c)) return false;
    if (c === 0x2e) stops++;
  }
  if (stops > 1) return false;
  if (sink.addIfLexeme(start, end - 1)) {
    sink.addMark(end - 1, end);
    return true;
  }
  if (letters === end - 1) {
    sink.addWord(start, letters);
    sink.addMark(letters, end);
    return true;
  }
  // The recursive tokenizer: its word pattern needs a letter first and comes after the currency pattern.
  if (!(CHAR_CLASS[text.charCodeAt(start)] & WORD_START) || hasCurrencyCode(text, start, letters)) return false;
  let i = letters;
  if (text.charCodeAt(letters) === 0x2e && sink.addIfLexeme(start, letters + 1)) {
    i = letters + 1;
  } else if (!sink.addIfLexeme(start, letters)) {
    sink.addWord(start, letters);
  }
  for (; i < end; i++) sink.addKnown(i, i + 1, 'punctuation');
  return true;
}

/**
 * "''Hello": two straight apostrophes (a closing quote in some papers' style) and letters. wink keeps "'" + the
 * letters when that is a lexeme ("'s", "'A"); otherwise its recursive tokenizer gives each apostrophe and the word.
 */
function doublyQuotedWord(sink: TokenSink, start: number, end: number): boolean {
  const text = sink.text;
  if (end - start < 3 || !(CHAR_CLASS[text.charCodeAt(start + 2)] & WORD_START)) return false;
  for (let i = start + 3; i < end; i++) if (!(CHAR_CLASS[text.charCodeAt(i)] & LETTER)) return false;
  if (hasCurrencyCode(text, start + 2, end)) return false;
  if (lexemeOf(text.slice(start + 1, end)) !== undefined) {
    sink.addKnown(start, start + 1, 'punctuation');
    sink.addIfLexeme(start + 1, end);
    return true;
  }
  sink.addKnown(start, start + 1, 'punctuation');
  sink.addKnown(start + 1, start + 2, 'punctuation');
  if (!sink.addIfLexeme(start + 2, end)) sink.addWord(start + 2, end);
  return true;
}

/** "2016,", "40%", "40%,": a number, then a closing mark, a percent sign, or both. */
function numberAndMark(sink: TokenSink, start: number, end: number): boolean {
  const text = sink.text;
  // [start, numberEnd) the number, then maybe "%", then maybe one mark.
  let afterPercent = end;
  if (RIGHT_MARKS.has(text.charCodeAt(end - 1))) afterPercent = end - 1;
  const percent = afterPercent > start && text.charCodeAt(afterPercent - 1) === 0x25;
  const numberEnd = percent ? afterPercent - 1 : afterPercent;
  if (numberEnd === end || !isNumber(text, start, numberEnd)) return false;
  sink.addMatch(start, numberEnd, Category.Number);
  if (percent) sink.addKnown(numberEnd, afterPercent, 'symbol');
  if (afterPercent < end) sink.addMark(afterPercent, end);
  return true;
}

/** "$5", "£1,200.": a currency sign, a number, maybe a closing mark. wink's recursive tokenizer takes the sign, then the number. */
function price(sink: TokenSink, start: number, end: number): boolean {
  const text = sink.text;
  let numberEnd = end;
  if (RIGHT_MARKS.has(text.charCodeAt(end - 1))) numberEnd--;
  if (numberEnd - start < 2 || !(CHAR_CLASS[text.charCodeAt(start + 1)] & DIGIT) || !isNumber(text, start + 1, numberEnd)) return false;
  sink.addMatch(start, start + 1, Category.Currency);
  sink.addMatch(start + 1, numberEnd, Category.Number);
  if (numberEnd < end) sink.addMark(numberEnd, end);
  return true;
}

/**
 * '"Trump', "(MNA)": an opening mark, letters, maybe a closing mark. wink's left-punctuation pattern (or the one for
 * both sides) takes the marks off and the letters make a word.
 */
function openedWord(sink: TokenSink, start: number, end: number): boolean {
  const text = sink.text;
  let i = start + 1;
  while (i < end && CHAR_CLASS[text.charCodeAt(i)] & LETTER) i++;
  const c0 = text.charCodeAt(start);
  if (i === end) {
    // One letter goes by the recursive tokenizer, whose pattern for it needs one that opens words.
    if (end - start < 2 || (end - start === 2 && !(CHAR_CLASS[text.charCodeAt(start + 1)] & WORD_START))) return false;
  } else if (i === end - 2 && i > start + 1 && (text.charCodeAt(i) === APOSTROPHE || text.charCodeAt(i) === 0x2019)) {
    return openedPossessive(sink, start, end);
  } else if (i === end - 1 && i > start + 1 && c0 !== APOSTROPHE && RIGHT_MARKS_NO_STOP.has(text.charCodeAt(i))) {
    // Both sides.
  } else {
    return false;
  }
  sink.addKnown(start, start + 1, 'punctuation');
  if (!sink.addIfLexeme(start + 1, i)) sink.addWord(start + 1, i);
  if (i < end) sink.addMark(i, end);
  return true;
}

/**
 * '"Trump's', "(Rubio’s": an opening mark and a possessive. wink keeps the possessive whole if it is a lexeme (it
 * has met it before a comma), else its recursive tokenizer splits mark, word and "'s". After a straight apostrophe
 * and "'s", wink's right-punctuation pattern decides first: it keeps "'" + the word if that is a lexeme.
 */
function openedPossessive(sink: TokenSink, start: number, end: number): boolean {
  const text = sink.text;
  const s = text.charCodeAt(end - 1);
  if ((s !== 0x73 && s !== 0x53) || !(CHAR_CLASS[text.charCodeAt(start + 1)] & WORD_START) || hasCurrencyCode(text, start + 1, end - 2)) return false;
  if (text.charCodeAt(start) === APOSTROPHE && text.charCodeAt(end - 2) === APOSTROPHE && s === 0x73) {
    if (sink.addIfLexeme(start, end - 2)) {
      sink.add(end - 2, end, Category.Punctuation);
      return true;
    }
  } else {
    if (lexemeOf(text.slice(start + 1, end)) !== undefined) {
      sink.addKnown(start, start + 1, 'punctuation');
      sink.addIfLexeme(start + 1, end);
      return true;
    }
  }
  sink.addKnown(start, start + 1, 'punctuation');
  if (!sink.addIfLexeme(start + 1, end - 2)) sink.addWord(start + 1, end - 2);
  sink.add(end - 2, end, Category.Punctuation);
  return true;
}

/** Whether the text holds USD, AUD, INR or GBP, which wink's recursive tokenizer takes out as currency first. */
function hasCurrencyCode(text: string, start: number, end: number): boolean {
  for (let i = start; i + 2 < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x55 && c !== 0x41 && c !== 0x49 && c !== 0x47) continue;
    const code = text.slice(i, i + 3);
    if (code === 'USD' || code === 'AUD' || code === 'INR' || code === 'GBP') return true;
  }
  return false;
}
