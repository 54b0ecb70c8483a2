import { lexemeOf, remember } from './lexicon.js';
import { categoryOf } from './token-category.js';
import type { RawToken, TokenType } from './raw-token.js';
import { CATEGORY_NAMES } from './wink-lexicon.js';
import { Category } from './category.js';

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

  /**
   * wink's `addToken`: one token, typed by the lexicon if it knows the text, else by `category`; an unknown text
   * (and its lower-case form) then joins the lexicon, as in wink's cache, unless that cannot change how it is
   * tokenised later (a plain word or number).
   */
  add(start: number, end: number, category: Category): void {
    const value = this.text.slice(start, end);
    const known = lexemeOf(value);
    if (known !== undefined) {
      this.tokens.push({ text: value, start, end, type: known.type });
      return;
    }
    const type = NAMES[category];
    this.tokens.push({ text: value, start, end, type });
    if ((category === Category.Word || category === Category.Number) && categoryOf(value, 0, value.length) === category) return;
    remember(value, type);
    const lower = value.toLowerCase();
    if (lower !== value && lexemeOf(lower) === undefined) remember(lower, type);
  }

  /** How wink adds a token its patterns found: through the lexicon if it knows the text, else with the category. */
  addMatch(start: number, end: number, category: Category): void {
    if (!this.addIfLexeme(start, end)) this.add(start, end, category);
  }

  /** `add` for a text known to be outside the lexicon or typed the same in it (a plain word, a common mark). */
  addKnown(start: number, end: number, type: TokenType): void {
    this.tokens.push({ text: this.text.slice(start, end), start, end, type });
  }
}
