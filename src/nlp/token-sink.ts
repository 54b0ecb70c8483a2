import { lexemeOf, mayBeLexeme, remember } from './lexicon.js';
import { categoryOf } from './token-category.js';
import { CHAR_CLASS, MARK } from './char-class.js';
import type { RawToken, TokenType } from './raw-token.js';
import { CATEGORY_NAMES } from './wink-lexicon.js';
import { Category } from './category.js';

const NAMES = CATEGORY_NAMES as readonly TokenType[];

/**
 * A token as made by the tokenizer. A class rather than an object literal: V8 tracks the objects a literal makes and,
 * seeing tokens outlive a few collections (they live while the article's stages run), starts making them in the old
 * generation, where every token then costs a write barrier for its young text and its text outlives it; made by a
 * constructor, they stay in the young generation like the rest of an article's short-lived data. Measured: the
 * tokenizer ran 5 to 6 times slower inside the pipeline than alone with literals.
 */
class SinkToken implements RawToken {
  text: string;
  start: number;
  end: number;
  pos = '';
  type: TokenType;
  sentence = -1;
  constructor(text: string, start: number, end: number, type: TokenType) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.type = type;
  }
}

/**
 * Where the tokenizer's pieces go: the text being tokenised and the tokens so far. Its two ways of adding a token
 * are wink's: `addIfLexeme` adds a text only if the lexicon knows it (splitting a contraction), `add` adds it as
 * one token whose type is the lexicon's if the lexicon knows it, else the category found for it.
 */
export class TokenSink {
  text = '';
  /** The tokens so far: one array for every text, emptied by `reset`; `tokenize` hands on a copy. */
  tokens: RawToken[] = [];

  reset(text: string): void {
    this.text = text;
    this.tokens.length = 0;
  }

  /** The one place tokens are made, so that they all share one shape. */
  private emit(text: string, start: number, end: number, type: TokenType): void {
    this.tokens.push(new SinkToken(text, start, end, type));
  }

  /** wink's `addTokenIfInCache`: false (and nothing added) if the lexicon does not know `text[start, end)`. */
  addIfLexeme(start: number, end: number): boolean {
    if (!mayBeLexeme(this.text, start, end)) return false;
    const value = this.text.slice(start, end);
    const lexeme = lexemeOf(value);
    if (lexeme === undefined) return false;
    if (lexeme.pieces === null) {
      this.emit(value, start, end, lexeme.type);
    } else {
      let at = start;
      for (const length of lexeme.pieces) {
        this.emit(this.text.slice(at, at + length), at, at + length, 'word');
        at += length;
      }
    }
    return true;
  }

  /**
   * wink's `addToken`: one token, typed by the lexicon if it knows the text, else by `category`; an unknown text
   * (and its lower-case form) then joins the lexicon, as in wink's cache, when that can change how it is tokenised
   * or typed later (see `worthRemembering`).
   */
  add(start: number, end: number, category: Category): void {
    const value = this.text.slice(start, end);
    const known = lexemeOf(value);
    if (known !== undefined) {
      this.emit(value, start, end, known.type);
      return;
    }
    const type = NAMES[category];
    this.emit(value, start, end, type);
    if (!worthRemembering(value, category)) return;
    remember(value, type);
    const lower = value.toLowerCase();
    if (lower !== value && lexemeOf(lower) === undefined) remember(lower, type);
  }

  /** `add` of a run of letters as a word (wink's `addToken(text, word)`), without the lookup when it cannot matter. */
  addWord(start: number, end: number): void {
    if (isPlainWord(this.text, start, end)) this.addKnown(start, end, 'word');
    else this.add(start, end, Category.Word);
  }

  /** `add` of a punctuation mark: all are in wink's lexicon as punctuation but the danda marks. */
  addMark(start: number, end: number): void {
    const c = this.text.charCodeAt(start);
    if (end - start === 1 && c !== 0x964 && c !== 0x965) this.addKnown(start, end, 'punctuation');
    else this.add(start, end, Category.Punctuation);
  }

  /** How wink adds a token its patterns found: through the lexicon if it knows the text, else with the category. */
  addMatch(start: number, end: number, category: Category): void {
    if (!this.addIfLexeme(start, end)) this.add(start, end, category);
  }

  /** `add` for a text known to be outside the lexicon or typed the same in it (a plain word, a common mark). */
  addKnown(start: number, end: number, type: TokenType): void {
    this.emit(this.text.slice(start, end), start, end, type);
  }
}

/**
 * Whether wink's cache having a text can change a later token: not for a plain word or number, which wink types the
 * same whether it knows them or not. A run of letters counts when it is a currency code (wink's recursive tokenizer
 * types "USD" currency) or holds a letter no word pattern opens with (it can end up `unk`). Numbers are not
 * remembered: wink types a number it met before as a number where it later splits one out of a word ("IE5.01"), which
 * is rare, while remembering every number would make the memory grow with every article; such a number is a `word`
 * here, as in a fresh wink.
 */
function worthRemembering(value: string, category: Category): boolean {
  const detected = categoryOf(value, 0, value.length);
  if (detected === Category.Number) return false;
  if (category === Category.Word && detected === Category.Word) return !isPlainWord(value, 0, value.length);
  return true;
}

/** A run of letters wink would type `word` whatever it met before: no currency code, no letter of `MARK`. */
export function isPlainWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (CHAR_CLASS[text.charCodeAt(i)] & MARK) return false;
  return !isCurrencyCode(text, start, end);
}

/** USD, AUD, INR or GBP in any case (wink's cache keeps a text's lower-case form with the type of its first use). */
export function isCurrencyCode(text: string, start: number, end: number): boolean {
  if (end - start !== 3) return false;
  const c = text.charCodeAt(start) | 0x20;
  if (c !== 0x75 && c !== 0x61 && c !== 0x69 && c !== 0x67) return false;
  const code = text.slice(start, end).toLowerCase();
  return code === 'usd' || code === 'aud' || code === 'inr' || code === 'gbp';
}
