import { lexemeOf } from './lexicon.js';
import type { RawToken, TokenType } from './raw-token.js';
import { CATEGORY_NAMES } from './wink-lexicon.js';

/** wink's token categories, by the numbers its model uses. */
export const enum Category {
  Unk = 0,
  Word = 1,
  Number = 2,
  Url = 3,
  Email = 4,
  Mention = 5,
  Hashtag = 6,
  Emoji = 7,
  Emoticon = 8,
  Time = 9,
  Ordinal = 10,
  Currency = 11,
  Punctuation = 12,
  Symbol = 13,
  TabCRLF = 14,
  WordRP = 15,
  Alpha = 16,
  Apos = 17,
  Decade = 18,
  ShortForm = 19,
}

const NAMES = CATEGORY_NAMES as readonly TokenType[];

/**
 * Where the tokenizer's pieces go: the text being tokenised and the tokens so far. Its two ways of adding a token
 * are wink's: `addIfLexeme` adds a text only if the lexicon knows it (splitting a contraction), `add` adds it as
 * one token whose type is the lexicon's if the lexicon knows it, else the category found for it.
 */
export class TokenSink {
  text = '';
  tokens: RawToken[] = [];

  reset(text: string): void {
    this.text = text;
    this.tokens = [];
  }

  push(start: number, end: number, type: TokenType): void {
    this.tokens.push({ text: this.text.slice(start, end), start, end, type });
  }

  /** wink's `addTokenIfInCache`: false (and nothing added) if the lexicon does not know `text[start, end)`. */
  addIfLexeme(start: number, end: number): boolean {
    const value = this.text.slice(start, end);
    const lexeme = lexemeOf(value);
    if (lexeme === undefined) return false;
    if (lexeme.pieces === null) {
      this.tokens.push({ text: value, start, end, type: lexeme.type });
    } else {
      let at = start;
      for (const length of lexeme.pieces) {
        this.tokens.push({ text: this.text.slice(at, at + length), start: at, end: at + length, type: 'word' });
        at += length;
      }
    }
    return true;
  }

  /** wink's `addToken`: one token, typed by the lexicon if it knows the text, else by `category`. */
  add(start: number, end: number, category: Category): void {
    const value = this.text.slice(start, end);
    const type = lexemeOf(value)?.type ?? NAMES[category];
    this.tokens.push({ text: value, start, end, type });
  }

  /** `add` for a text known to be outside the lexicon or typed the same in it (a plain word, a common mark). */
  addKnown(start: number, end: number, type: TokenType): void {
    this.tokens.push({ text: this.text.slice(start, end), start, end, type });
  }
}
