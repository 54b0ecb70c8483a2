import { BREAK, CHAR_CLASS, LETTER, MARK, SPACE, WORD_CLOSER } from './char-class.js';
import { forgetRemembered, lexemeOf, mayBeLetterLexeme } from './lexicon.js';
import type { RawToken } from './raw-token.js';
import { categoryOf } from './token-category.js';
import { commonPiece } from './common-pieces.js';
import { Category } from './category.js';
import { TokenSink, isCurrencyCode } from './token-sink.js';
import { tokenizeRecursively } from './tokenize-recursive.js';
import { TREX } from './wink-lexicon.js';

export type { RawToken, TokenType } from './raw-token.js';

const sink = new TokenSink();

/**
 * Split a text into tokens as wink-nlp's English tokenizer does: each token a substring of the text at its offsets,
 * with wink's type. Spaces are dropped; runs of tabs and line breaks are `tabCRLF` tokens; contractions split
 * ("ca" + "n't"); wink's abbreviations keep their period ("Mr.", "U.S.").
 *
 * One pass over the characters. A piece between spaces that is a plain word, or a word and one closing mark, is
 * decided by its characters alone; anything else goes through wink's rules in order (lexicon, whole-token patterns,
 * punctuation on either side, then the recursive tokenizer).
 */
export function tokenize(text: string): RawToken[] {
  // Nothing is carried over from an earlier text, even one whose tokenizing stopped half-way.
  forgetRemembered();
  sink.reset(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const flags = CHAR_CLASS[text.charCodeAt(i)];
    if (flags & SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    if (flags & BREAK) {
      while (j < n && CHAR_CLASS[text.charCodeAt(j)] & BREAK) j++;
      sink.addKnown(i, j, 'tabCRLF');
      i = j;
      continue;
    }
    // A piece: a run of characters that are neither spaces nor breaks; note where its letters stop.
    let letters = flags & LETTER ? j : i;
    let all = flags;
    while (j < n) {
      const f = CHAR_CLASS[text.charCodeAt(j)];
      if (f & (SPACE | BREAK)) break;
      if (f & LETTER && letters === j) letters = j + 1;
      all |= f;
      j++;
    }
    piece(text, i, j, letters, all);
    i = j;
  }
  // A copy made by `slice`, not an array grown by pushes from a literal: V8 moves arrays from a literal that outlive
  // a few collections to the old generation, and then every young token stored in one costs a write barrier and
  // stays alive after the article (see SinkToken).
  const tokens = sink.tokens.slice();
  sink.reset('');
  forgetRemembered();
  return tokens;
}

/** One piece between spaces; `letters` is where its leading run of letters ends, `all` its characters' classes. */
function piece(text: string, start: number, end: number, letters: number, all: number): void {
  if (letters === end) {
    // A word; only a letter-only contraction ("cannot") splits, and only a few words can have been met with another type.
    if (all & MARK || isCurrencyCode(text, start, end)) {
      if (!sink.addIfLexeme(start, end)) sink.add(start, end, Category.Word);
    } else if (!mayBeLetterLexeme(text, start, end) || !sink.addIfLexeme(start, end)) {
      sink.addKnown(start, end, 'word');
    }
    return;
  }
  if (letters === end - 1 && letters > start && CHAR_CLASS[text.charCodeAt(letters)] & WORD_CLOSER) {
    // A word and one closing mark ("said," "it."), unless the lexicon knows it whole ("Mr.", "etc."): those all end
    // in a period (wink's lexicon has no other; no rule of its tokenizer makes one).
    if (text.charCodeAt(letters) === 0x2e && sink.addIfLexeme(start, end)) return;
    if (end - start === 2 && text.charCodeAt(letters) === 0x2e) {
      sink.add(start, end, Category.Word);
    } else {
      if (all & MARK || isCurrencyCode(text, start, letters)) sink.add(start, letters, Category.Word);
      else sink.addKnown(start, letters, 'word');
      sink.addKnown(letters, end, 'punctuation');
    }
    return;
  }
  if (sink.addIfLexeme(start, end) || commonPiece(sink, start, end, letters)) return;
  processCategory(categoryOf(text, start, end), start, end);
}

/** wink's `processFunctions[category]` for a detected category. */
function processCategory(category: Category, start: number, end: number): void {
  if (category === Category.Unk) unknownPiece(start, end);
  else if (category === Category.WordRP) wordAndCloser(start, end);
  else sink.add(start, end, category);
}

/** wink's `processWordRP`: the closing mark goes apart, except after a single letter and a period ("A."). */
function wordAndCloser(start: number, end: number): void {
  // Letter-only texts are words in the lexicon too, and every closing mark is punctuation there.
  if (end - start === 2 && sink.text.charCodeAt(start + 1) === 0x2e) {
    sink.add(start, end, Category.Word);
    return;
  }
  sink.addWord(start, end - 1);
  sink.addKnown(end - 1, end, 'punctuation');
}

const ANY_WITH_RP = new RegExp(TREX.helpers.anyWithRP[0], TREX.helpers.anyWithRP[1]);
const ANY_WITH_LP = new RegExp(TREX.helpers.anyWithLP[0], TREX.helpers.anyWithLP[1]);
const LP_ANY_RP = new RegExp(TREX.helpers.LPanyRP[0], TREX.helpers.LPanyRP[1]);

/**
 * wink's `processUnk`: a piece no whole-token pattern matched. Punctuation is taken off its right end, its left end,
 * or both, when what is left is a lexeme or has a category; otherwise the recursive tokenizer takes the whole piece.
 */
function unknownPiece(start: number, end: number): void {
  const text = sink.text;
  const value = text.slice(start, end);
  let m = ANY_WITH_RP.exec(value);
  if (m !== null) {
    const split = start + m[1].length;
    if (sink.addIfLexeme(start, split)) {
      sink.add(split, end, Category.Punctuation);
      return;
    }
    const category = categoryOf(text, start, split);
    if (category === Category.Unk) {
      tokenizeRecursively(sink, start, end);
    } else {
      processCategory(category, start, split);
      sink.add(split, end, Category.Punctuation);
    }
    return;
  }
  m = ANY_WITH_LP.exec(value);
  if (m !== null) {
    const split = start + m[1].length;
    if (lexemeOf(m[2]) !== undefined) {
      sink.add(start, split, Category.Punctuation);
      sink.addIfLexeme(split, end);
      return;
    }
    const category = categoryOf(text, split, end);
    if (category === Category.Unk) {
      tokenizeRecursively(sink, start, end);
    } else {
      sink.add(start, split, Category.Punctuation);
      processCategory(category, split, end);
    }
    return;
  }
  m = LP_ANY_RP.exec(value);
  if (m !== null) {
    const left = start + m[1].length;
    const right = left + m[2].length;
    if (lexemeOf(m[2]) !== undefined) {
      sink.add(start, left, Category.Punctuation);
      sink.addIfLexeme(left, right);
      sink.add(right, end, Category.Punctuation);
      return;
    }
    const category = categoryOf(text, left, right);
    if (category === Category.Unk) {
      tokenizeRecursively(sink, start, end);
    } else {
      sink.add(start, left, Category.Punctuation);
      processCategory(category, left, right);
      sink.add(right, end, Category.Punctuation);
    }
    return;
  }
  tokenizeRecursively(sink, start, end);
}
