import { CHAR_CLASS, DIGIT, LETTER, WORD_CLOSER } from './char-class.js';
import { Category } from './category.js';
import { TREX } from './wink-lexicon.js';

/** wink's whole-token patterns (its `ltc`), compiled once, by category. */
const LTC = new Map<number, RegExp>(TREX.ltc.map(([source, flags, category]) => [category, new RegExp(source, flags)]));
const pattern = (category: Category): RegExp => LTC.get(category) as RegExp;
const URL = pattern(Category.Url);
const EMAIL = pattern(Category.Email);
const MENTION = pattern(Category.Mention);
const HASHTAG = pattern(Category.Hashtag);
const EMOTICON = pattern(Category.Emoticon);
const TIME = pattern(Category.Time);
const ORDINAL = pattern(Category.Ordinal);
const CURRENCY = pattern(Category.Currency);
const DECADE = pattern(Category.Decade);

const PUNCTUATION_CHARS = new Set('’\'‘`“”"[](){}…,.!;?/:-–—¿¡');
const SYMBOL_CHARS = new Set('~@#%^+=*|<>&\u00a7\u00a9\u00b1\u00f7\u00d7\u00b0');
const CURRENCY_CHARS = new Set('₿₽₹₨$£¥€₩');
const EMOTICON_OPENERS = new Set(':;<()\\');

/**
 * The category wink's `detectTokenCategory` gives `text[start, end)`: its whole-token patterns tried in order, the
 * first that matches wins; `Unk` when none does. Word, word-plus-closer, number, punctuation and symbol are decided
 * by scanning the characters; the rarer patterns run only when a character they need is there.
 */
export function categoryOf(text: string, start: number, end: number): Category {
  let i = start;
  while (i < end && CHAR_CLASS[text.charCodeAt(i)] & LETTER) i++;
  if (i === end) return Category.Word;
  if (i > start && i === end - 1 && CHAR_CLASS[text.charCodeAt(i)] & WORD_CLOSER) return Category.WordRP;
  if (isNumber(text, start, end)) return Category.Number;
  return rareCategory(text, start, end);
}

/** `^[+-]?\d+(?:[.,\-/:]?\d+)*$`: digits, single separators between runs of them. */
export function isNumber(text: string, start: number, end: number): boolean {
  let i = start;
  const c0 = text.charCodeAt(i);
  if (c0 === 0x2b || c0 === 0x2d) i++;
  if (i >= end || !(CHAR_CLASS[text.charCodeAt(i)] & DIGIT)) return false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (CHAR_CLASS[c] & DIGIT) {
      i++;
    } else if (c === 0x2e || c === 0x2c || c === 0x2d || c === 0x2f || c === 0x3a) {
      if (i + 1 >= end || !(CHAR_CLASS[text.charCodeAt(i + 1)] & DIGIT)) return false;
      i++;
    } else {
      return false;
    }
  }
  return true;
}

function rareCategory(text: string, start: number, end: number): Category {
  const value = text.slice(start, end);
  const first = value[0];
  const length = value.length;
  const firstIsDigit = (CHAR_CLASS[value.charCodeAt(0)] & DIGIT) !== 0;
  if (value.includes('//') && URL.test(value)) return Category.Url;
  if (value.includes('@')) {
    if (EMAIL.test(value)) return Category.Email;
    if (first === '@' && MENTION.test(value)) return Category.Mention;
  }
  if (first === '#' && HASHTAG.test(value)) return Category.Hashtag;
  if (EMOTICON_OPENERS.has(first) && EMOTICON.test(value)) return Category.Emoticon;
  if (firstIsDigit) {
    if (TIME.test(value)) return Category.Time;
    if (ORDINAL.test(value)) return Category.Ordinal;
  }
  if ((CURRENCY_CHARS.has(first) || value.includes('$')) && CURRENCY.test(value)) return Category.Currency;
  if (length === 1) {
    if (PUNCTUATION_CHARS.has(first)) return Category.Punctuation;
    if (SYMBOL_CHARS.has(first)) return Category.Symbol;
  } else if (value === '--' || value === '––' || isDots(value)) {
    return Category.Punctuation;
  }
  if (value.endsWith('0s') && DECADE.test(value)) return Category.Decade;
  return Category.Unk;
}

function isDots(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) !== 0x2e) return false;
  return true;
}
