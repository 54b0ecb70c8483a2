import type { Token } from '../model.js';

/**
 * A token as the tokenizer yields it, before tagging: a substring of the text (`text === source.slice(start, end)`)
 * and wink's name for its kind. It has the model's `Token` shape from the start (`pos` empty, `sentence` -1 until
 * `analyse` fills them in place), so a token is one object from tokenizer to stages, made at one place in the code.
 */
export interface RawToken extends Token {
  type: TokenType;
}

/**
 * wink's token types. Downstream code tests only `word` and `tabCRLF` (a run of tabs and line breaks); the others
 * follow wink so that rules tuned on its output keep their meaning. `unk` is what wink calls a piece none of its
 * patterns took.
 */
export type TokenType =
  | 'unk'
  | 'word'
  | 'number'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'emoji'
  | 'emoticon'
  | 'time'
  | 'ordinal'
  | 'currency'
  | 'punctuation'
  | 'symbol'
  | 'tabCRLF'
  | 'alpha'
  | 'apos'
  | 'decade'
  | 'shortForm';
