import { lexicalClass, type Lexicon } from './lexical-class.js';

/**
 * The features of the part-of-speech tagger, shared by its trainer (`bench/train-tagger.ts`) and the runtime tagger
 * (`tag-parts-of-speech.ts`) so that both see exactly the same ones.
 *
 * A feature is a 32-bit integer key: a template id mixed with the hash of its value. No key string is ever built,
 * and the keys that depend only on one word (its form, suffixes, shape, at a given offset from the token tagged)
 * can be summed once per word form: the runtime tagger does that and caches the sums.
 */

/** Feature templates. The numbers are part of the model file's meaning: change one and retrain. */
export const TEMPLATE = {
  bias: 0,
  form: 1,
  lower: 2,
  suffix1: 3,
  suffix2: 4,
  suffix3: 5,
  prefix1: 6,
  shape: 7,
  prevLower: 8,
  prevSuffix3: 9,
  prevShape: 10,
  nextLower: 11,
  nextSuffix3: 12,
  nextShape: 13,
  prevType: 16,
  type: 17,
  nextType: 18,
  prevTag: 19,
  prev2Tag: 20,
  prevTags: 21,
  prevTagCase: 23,
  prevLowerLower: 24,
  lowerNextLower: 25,
  prevClass: 27,
  class: 28,
  nextClass: 29,
  prevClassClass: 31,
  classNextClass: 32,
} as const;

/** Names the feature set; the model file records it, and a model made for another set is refused. */
export const FEATURE_SET = 'storyline-pos-v4';

/** wink's token types, commonest first: the runtime tagger knows these and gives any other type no features. */
export const WINK_TYPES: readonly string[] = ['word', 'punctuation', 'number', 'symbol', 'currency', 'unk', 'url', 'email', 'mention', 'hashtag', 'emoji', 'emoticon', 'time', 'ordinal', 'tabCRLF', 'wordRP', 'alpha', 'apos', 'decade', 'shortForm'];

/**
 * Offsets from the tagged token at which word features are read. (Words two before and two after added nothing
 * measurable on the held-out sets and cost two more rows per token.)
 */
export const WORD_OFFSETS = [-1, 0, 1] as const;

/** Pseudo-words standing for the positions before the first token and after the last. */
export const BEFORE_SENTENCE = '\u0002';
export const AFTER_SENTENCE = '\u0003';

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** murmur3's finaliser: spreads every input bit over the output. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** The key of a feature: a template and one or two values. Never 0, which marks an empty slot in the tables. */
export function featureKey(template: number, a: number, b = 0): number {
  return finishKey(partialKey(template, a), b);
}

/** The first half of `featureKey`: a template and its first value, to be finished with the second. */
export function partialKey(template: number, a: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** The second half of `featureKey`. */
export function finishKey(partial: number, b: number): number {
  const h = mix(partial ^ b);
  return h === 0 ? 1 : h;
}

/**
 * A word's shape: letters become X or x, digits d, other characters stay; a run of one class is cut at four
 * ("Xxxx", "dddd,ddd", "XXXX", "x-xxxx").
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** The case of a word in five classes: lower-case start, capitalised, all capitals, digit start, other. */
export function wordCase(word: string): number {
  const first = word.charAt(0);
  if (first >= '0' && first <= '9') return 3;
  if (first === first.toUpperCase()) {
    if (first === first.toLowerCase()) return 4;
    return word.length > 1 && word === word.toUpperCase() ? 2 : 1;
  }
  return 0;
}

/** The per-word values the features read, hashed once per word form. */
export interface WordValues {
  form: number;
  lower: number;
  suffix1: number;
  suffix2: number;
  suffix3: number;
  prefix1: number;
  shape: number;
  case: number;
  /** The word's class in wink's lexicon (see lexical-class.ts). */
  lexClass: number;
}

/** Hash the values of one word form. */
export function wordValues(form: string, lexicon: Lexicon): WordValues {
  const lower = form.toLowerCase();
  return {
    form: hashString(form),
    lower: hashString(lower),
    suffix1: hashString(lower.slice(-1)),
    suffix2: hashString(lower.slice(-2)),
    suffix3: hashString(lower.slice(-3)),
    prefix1: hashString(form.slice(0, 1)),
    shape: hashString(wordShape(form)),
    case: wordCase(form),
    lexClass: hashString(lexicalClass(form, lexicon)),
  };
}

/** The templates of the features that read only one word, by its offset from the tagged token, with the value each reads. */
const WORD_TEMPLATES: ReadonlyMap<number, ReadonlyArray<readonly [number, (v: WordValues) => number]>> = new Map([
  [-1, [[TEMPLATE.prevLower, (v) => v.lower], [TEMPLATE.prevSuffix3, (v) => v.suffix3], [TEMPLATE.prevShape, (v) => v.shape], [TEMPLATE.prevClass, (v) => v.lexClass]]],
  [
    0,
    [
      [TEMPLATE.form, (v) => v.form],
      [TEMPLATE.lower, (v) => v.lower],
      [TEMPLATE.suffix1, (v) => v.suffix1],
      [TEMPLATE.suffix2, (v) => v.suffix2],
      [TEMPLATE.suffix3, (v) => v.suffix3],
      [TEMPLATE.prefix1, (v) => v.prefix1],
      [TEMPLATE.shape, (v) => v.shape],
      [TEMPLATE.class, (v) => v.lexClass],
    ],
  ],
  [1, [[TEMPLATE.nextLower, (v) => v.lower], [TEMPLATE.nextSuffix3, (v) => v.suffix3], [TEMPLATE.nextShape, (v) => v.shape], [TEMPLATE.nextClass, (v) => v.lexClass]]],
] as const);

/**
 * Write the keys of the features that read only the word at `offset` from the tagged token; return how many.
 * The runtime tagger sums their weights once per word form and offset.
 */
export function wordKeys(v: WordValues, offset: number, out: Int32Array, at: number): number {
  const templates = WORD_TEMPLATES.get(offset) ?? [];
  for (let k = 0; k < templates.length; k++) out[at + k] = featureKey(templates[k][0], templates[k][1](v));
  return templates.length;
}

/** The key of the token-type feature at an offset of -1, 0 or 1 (`typeHash` is `hashString` of the wink type). */
export function typeKey(offset: number, typeHash: number): number {
  const template = offset < 0 ? TEMPLATE.prevType : offset > 0 ? TEMPLATE.nextType : TEMPLATE.type;
  return featureKey(template, typeHash);
}

/** The key of the constant feature every token has. */
export const BIAS_KEY = featureKey(TEMPLATE.bias, 0);

/** Keys of the features that join the word with the one before it and the one after it. */
export function bigramKeys(prevWord: WordValues, word: WordValues, nextWord: WordValues, out: Int32Array, at: number): number {
  out[at] = featureKey(TEMPLATE.prevLowerLower, prevWord.lower, word.lower);
  out[at + 1] = featureKey(TEMPLATE.lowerNextLower, word.lower, nextWord.lower);
  out[at + 2] = featureKey(TEMPLATE.prevClassClass, prevWord.lexClass, word.lexClass);
  out[at + 3] = featureKey(TEMPLATE.classNextClass, word.lexClass, nextWord.lexClass);
  return 4;
}

/**
 * Keys of the features on the tags already given to the two previous tokens (tag ids; the number of tags stands for
 * "before the sentence"), alone and with the case of the word. (The previous tag joined with the word's lower-case
 * form or its lexical class added nothing measurable on the held-out sets and cost a lookup per token.)
 */
export function tagKeys(prev: number, prev2: number, word: WordValues, out: Int32Array, at: number): number {
  out[at] = featureKey(TEMPLATE.prevTag, prev);
  out[at + 1] = featureKey(TEMPLATE.prev2Tag, prev2);
  out[at + 2] = featureKey(TEMPLATE.prevTags, prev, prev2);
  out[at + 3] = featureKey(TEMPLATE.prevTagCase, prev, word.case);
  return 4;
}

/** How many keys `tagKeys` writes. */
export const TAG_KEYS = 4;

/**
 * Write the keys of every feature that does not depend on earlier tags for token `i` of a sentence (`words` are the
 * hashed values of its tokens, `typeHashes` the hashes of their wink types); return how many. The trainer calls this;
 * the runtime tagger computes the same sums in parts.
 */
export function staticKeys(
  words: readonly WordValues[],
  typeHashes: ArrayLike<number>,
  i: number,
  before: WordValues,
  after: WordValues,
  out: Int32Array,
  at: number,
): number {
  const n = words.length;
  const wordAt = (j: number): WordValues => (j < 0 ? before : j >= n ? after : words[j]);
  const typeAt = (j: number): number => (j < 0 ? BEFORE_TYPE : j >= n ? AFTER_TYPE : typeHashes[j]);
  let k = at;
  out[k++] = BIAS_KEY;
  for (const offset of WORD_OFFSETS) k += wordKeys(wordAt(i + offset), offset, out, k);
  for (let offset = -1; offset <= 1; offset++) out[k++] = typeKey(offset, typeAt(i + offset));
  k += bigramKeys(wordAt(i - 1), words[i], wordAt(i + 1), out, k);
  return k - at;
}

/** The hashed token types of the positions before and after the sentence. */
export const BEFORE_TYPE = hashString(BEFORE_SENTENCE);
export const AFTER_TYPE = hashString(AFTER_SENTENCE);

/** The template of each key `staticKeys` writes, in order. */
export const STATIC_TEMPLATES: readonly number[] = [
  TEMPLATE.bias,
  ...WORD_OFFSETS.flatMap((o) => (WORD_TEMPLATES.get(o) ?? []).map(([t]) => t)),
  TEMPLATE.prevType,
  TEMPLATE.type,
  TEMPLATE.nextType,
  TEMPLATE.prevLowerLower,
  TEMPLATE.lowerNextLower,
  TEMPLATE.prevClassClass,
  TEMPLATE.classNextClass,
];

/** How many keys `staticKeys` writes. */
export const MAX_STATIC_KEYS = STATIC_TEMPLATES.length;

/** The template of each key `tagKeys` writes, in order. */
export const TAG_TEMPLATES: readonly number[] = [TEMPLATE.prevTag, TEMPLATE.prev2Tag, TEMPLATE.prevTags, TEMPLATE.prevTagCase];

/**
 * The templates whose features the runtime tagger looks up for each token it scores, as they join two words; the
 * others it sums in advance.
 */
export const PAIR_TEMPLATES: ReadonlySet<number> = new Set([
  TEMPLATE.prevLowerLower,
  TEMPLATE.lowerNextLower,
  TEMPLATE.prevClassClass,
  TEMPLATE.classNextClass,
]);
