import { readFileSync } from 'node:fs';
import { decodeTaggerModel, type TaggerModel } from './tagger-model.js';
import { lexicalClass } from './lexical-class.js';
import { keyTable, lookup, pairTable } from './feature-tables.js';
import {
  AFTER_SENTENCE,
  AFTER_TYPE,
  BEFORE_SENTENCE,
  BEFORE_TYPE,
  BIAS_KEY,
  FEATURE_SET,
  PAIR_TEMPLATES,
  TEMPLATE,
  WINK_TYPES,
  WORD_OFFSETS,
  featureKey,
  finishKey,
  hashString,
  partialKey,
  typeKey,
  wordKeys,
  wordValues,
} from './tagger-features.js';

/** The shipped model, from the repository root (compiled code runs from dist/src/nlp/). */
export const TAGGER_MODEL_URL = new URL('../../../models/pos-tagger.bin', import.meta.url);

/** A part-of-speech tagger: universal tags as wink-nlp's English model gives them. */
export interface PartOfSpeechTagger {
  /** The tag names, indexed by the ids `tagIds` writes. */
  readonly tags: readonly string[];
  /** Tag one sentence's tokens, given their texts and wink token types (`word`, `number`, `punctuation`, …). */
  tag(words: readonly string[], types?: readonly string[]): string[];
  /** Tag `words[from, to)`, one sentence, writing tag ids to `out[from, to)`: no allocation per call. */
  tagIds(words: readonly string[], types: readonly string[] | undefined, from: number, to: number, out: Uint8Array): void;
}

let shipped: PartOfSpeechTagger | undefined;

/** The tagger of the shipped model, loaded on first use. */
export function shippedTagger(): PartOfSpeechTagger {
  shipped ??= createPartOfSpeechTagger(decodeTaggerModel(readFileSync(TAGGER_MODEL_URL)));
  return shipped;
}

/**
 * Tag one sentence with the shipped model: an averaged perceptron distilled from wink-nlp's tags, read greedily
 * from left to right. `types` are wink's token types; without them each token's type is guessed from its characters.
 */
export function tagPartsOfSpeech(words: readonly string[], types?: readonly string[]): string[] {
  return shippedTagger().tag(words, types);
}

/** Word forms whose features are cached before the cache is emptied and begun again. */
const CACHE_LIMIT = 50_000;
/** Slots of the cache of recent forms (a power of two). */
const RECENT_FORMS = 1 << 13;
const OFFSETS = WORD_OFFSETS.length;
/** The type ids: wink's, the two around the sentence and one for any other. */
const MAX_TYPES = WINK_TYPES.length + 3;
/** Case classes of `wordCase`. */
const CASES = 5;

/**
 * Build a tagger from a model. The features that read one word are summed once per word form into three rows (the
 * word as the one before the tagged token, as the token itself, as the one after) and cached; the features on the
 * previous tags and the case, and those on the three token types, are summed into tables; only the features that join
 * two words are looked up per token, in a compact open-addressing table.
 */
export function createPartOfSpeechTagger(model: TaggerModel): PartOfSpeechTagger {
  if (model.featureSet !== FEATURE_SET) {
    throw new Error(`Cannot use the tagger model: it was trained for features "${model.featureSet}", this code computes "${FEATURE_SET}". Retrain it with bench/train-tagger.ts.`);
  }
  const C = model.tags.length;
  const { weights } = model;
  const table = keyTable(model.keys, (f) => !PAIR_TEMPLATES.has(model.templates[f]));
  const addRow = (key: number, into: Float32Array, at: number): void => {
    const f = lookup(table, key);
    if (f < 0) return;
    const w = f * C;
    for (let c = 0; c < C; c++) into[at + c] += weights[w + c];
  };
  const pairs = pairTable(model.keys, model.weights, C, (f) => PAIR_TEMPLATES.has(model.templates[f]));

  // The bias and the features on the two previous tags and the case of the word, one row per (prev, prev2, case).
  // Tag id C means "before the sentence".
  const T = C + 1;
  const tagRows = new Float32Array(T * T * CASES * C);
  for (let p = 0; p < T; p++) {
    for (let q = 0; q < T; q++) {
      for (let k = 0; k < CASES; k++) {
        const at = ((p * T + q) * CASES + k) * C;
        addRow(BIAS_KEY, tagRows, at);
        addRow(featureKey(TEMPLATE.prevTag, p), tagRows, at);
        addRow(featureKey(TEMPLATE.prev2Tag, q), tagRows, at);
        addRow(featureKey(TEMPLATE.prevTags, p, q), tagRows, at);
        addRow(featureKey(TEMPLATE.prevTagCase, p, k), tagRows, at);
      }
    }
  }

  // Cached word forms: three rows of summed word features; the hashes of the lower-case form and lexical class, and
  // the first halves of the keys that join the word with its neighbours; the case; the tag the form dictionary gives
  // it and the one the class dictionary gives it as a token of type `word` (-1 for none).
  let records = new Map<string, number>();
  let capacity = 1024;
  let rows = new Float32Array(capacity * OFFSETS * C);
  let lowers = new Int32Array(capacity);
  let lexClasses = new Int32Array(capacity);
  let leftLowers = new Int32Array(capacity);
  let rightLowers = new Int32Array(capacity);
  let leftClasses = new Int32Array(capacity);
  let rightClasses = new Int32Array(capacity);
  let cases = new Uint8Array(capacity);
  let dictTags = new Int8Array(capacity);
  let classTags = new Int8Array(capacity);
  let count = 0;
  const keyBuffer = new Int32Array(16);
  const addRecord = (form: string): number => {
    if (count === capacity) {
      capacity *= 2;
      rows = grow(rows, capacity * OFFSETS * C);
      lowers = grow(lowers, capacity);
      lexClasses = grow(lexClasses, capacity);
      leftLowers = grow(leftLowers, capacity);
      rightLowers = grow(rightLowers, capacity);
      leftClasses = grow(leftClasses, capacity);
      rightClasses = grow(rightClasses, capacity);
      cases = grow(cases, capacity);
      dictTags = grow(dictTags, capacity);
      classTags = grow(classTags, capacity);
    }
    const r = count++;
    const v = wordValues(form, model.lexicon);
    lowers[r] = v.lower;
    lexClasses[r] = v.lexClass;
    leftLowers[r] = partialKey(TEMPLATE.prevLowerLower, v.lower);
    rightLowers[r] = partialKey(TEMPLATE.lowerNextLower, v.lower);
    leftClasses[r] = partialKey(TEMPLATE.prevClassClass, v.lexClass);
    rightClasses[r] = partialKey(TEMPLATE.classNextClass, v.lexClass);
    cases[r] = v.case;
    dictTags[r] = model.dictionary.get(form) ?? -1;
    classTags[r] = model.classDictionary.get(lexicalClass(form, model.lexicon)) ?? -1;
    rows.fill(0, r * OFFSETS * C, (r + 1) * OFFSETS * C);
    for (let o = 0; o < OFFSETS; o++) {
      const n = wordKeys(v, WORD_OFFSETS[o], keyBuffer, 0);
      for (let k = 0; k < n; k++) addRow(keyBuffer[k], rows, (r * OFFSETS + o) * C);
    }
    return r;
  };
  const BEFORE = 0;
  const AFTER = 1;
  // In front of the Map, a small direct-mapped cache of recent forms, indexed by a hash of the length and three
  // characters: a token string is new for every article, and comparing it with the form cached in its slot is
  // cheaper than the full hash the Map computes for it.
  // The cache holds the form as first met (the Map's key), never the token's own string: a token's string is new
  // and short-lived, and a long-lived table pointing at it would keep it alive through collections.
  const recentForms: Array<string | undefined> = new Array(RECENT_FORMS);
  const recentRecords = new Int32Array(RECENT_FORMS);
  let forms: string[] = [];
  const reset = (): void => {
    records = new Map();
    forms = [];
    recentForms.fill(undefined);
    count = 0;
    forms[addRecord(BEFORE_SENTENCE)] = BEFORE_SENTENCE;
    forms[addRecord(AFTER_SENTENCE)] = AFTER_SENTENCE;
  };
  reset();
  const recordOf = (form: string): number => {
    const slot = quickHash(form) & (RECENT_FORMS - 1);
    if (recentForms[slot] === form) return recentRecords[slot];
    let r = records.get(form);
    if (r === undefined) {
      r = addRecord(form);
      records.set(form, r);
      forms[r] = form;
    }
    recentForms[slot] = forms[r];
    recentRecords[slot] = r;
    return r;
  };

  // Token types get small ids: wink's types in a short list scanned with === (quicker than a Map for a few strings
  // that are mostly the same constants, commonest first), then the pseudo-types around the sentence, then one id for
  // any other type, which has no features. The features of the previous, current and next token's type are summed
  // into one row per triple of ids, made when first needed.
  const typeNames = [...WINK_TYPES, BEFORE_SENTENCE, AFTER_SENTENCE];
  const typeHashes = [...WINK_TYPES.map(hashString), BEFORE_TYPE, AFTER_TYPE];
  const UNKNOWN_T = typeNames.length;
  const typeIdOf = (type: string): number => {
    for (let id = 0; id < typeNames.length; id++) if (typeNames[id] === type) return id;
    return UNKNOWN_T;
  };
  const WORD_T = typeIdOf('word');
  const BEFORE_T = typeIdOf(BEFORE_SENTENCE);
  const AFTER_T = typeIdOf(AFTER_SENTENCE);
  const tripleRow = new Int32Array(MAX_TYPES * MAX_TYPES * MAX_TYPES).fill(-1);
  let tripleRows = new Float32Array(16 * C);
  let triples = 0;
  const tripleOf = (p: number, t: number, n: number): number => {
    const slot = (p * MAX_TYPES + t) * MAX_TYPES + n;
    let at = tripleRow[slot];
    if (at >= 0) return at;
    at = triples++ * C;
    tripleRows = grow(tripleRows, at + C);
    if (p !== UNKNOWN_T) addRow(typeKey(-1, typeHashes[p]), tripleRows, at);
    if (t !== UNKNOWN_T) addRow(typeKey(0, typeHashes[t]), tripleRows, at);
    if (n !== UNKNOWN_T) addRow(typeKey(1, typeHashes[n]), tripleRows, at);
    tripleRow[slot] = at;
    return at;
  };

  let wordBuf = new Int32Array(256);
  let typeBuf = new Int32Array(256);
  const scores = new Float32Array(C);
  const { slots: pairSlots, mask: pairMask, entries: pairEntries } = pairs;
  const addScores = (key: number): void => {
    let slot = key & pairMask;
    for (;;) {
      const k = pairSlots[2 * slot];
      if (k === key) break;
      if (k === 0) return;
      slot = (slot + 1) & pairMask;
    }
    const packed = pairSlots[2 * slot + 1];
    const end = 2 * ((packed >>> 5) + (packed & 31));
    for (let e = 2 * (packed >>> 5); e < end; e += 2) scores[pairEntries[e]] += pairEntries[e + 1];
  };

  const tagIds = (words: readonly string[], types: readonly string[] | undefined, from: number, to: number, out: Uint8Array): void => {
    const n = to - from;
    if (n <= 0) return;
    if (count > CACHE_LIMIT) reset();
    if (wordBuf.length < n + 2) {
      wordBuf = new Int32Array(2 * n + 2);
      typeBuf = new Int32Array(2 * n + 2);
    }
    // Positions 0 and n + 1 of the buffers are the pseudo-words around the sentence.
    wordBuf[0] = BEFORE;
    wordBuf[n + 1] = AFTER;
    typeBuf[0] = BEFORE_T;
    typeBuf[n + 1] = AFTER_T;
    for (let i = 0; i < n; i++) {
      const word = words[from + i];
      wordBuf[i + 1] = recordOf(word);
      typeBuf[i + 1] = typeIdOf(types ? types[from + i] : guessType(word));
    }
    const OC = OFFSETS * C;
    let prev = C;
    let prev2 = C;
    for (let i = 1; i <= n; i++) {
      const r = wordBuf[i];
      let tag = dictTags[r];
      if (tag < 0 && typeBuf[i] === WORD_T) tag = classTags[r];
      if (tag < 0) {
        const rp = wordBuf[i - 1];
        const rn = wordBuf[i + 1];
        const a = rp * OC;
        const b = r * OC + C;
        const d = rn * OC + 2 * C;
        const g = tripleOf(typeBuf[i - 1], typeBuf[i], typeBuf[i + 1]);
        const h = ((prev * T + prev2) * CASES + cases[r]) * C;
        for (let c = 0; c < C; c++) scores[c] = rows[a + c] + rows[b + c] + rows[d + c] + tripleRows[g + c] + tagRows[h + c];
        const lower = lowers[r];
        const lexClass = lexClasses[r];
        addScores(finishKey(leftLowers[rp], lower));
        addScores(finishKey(rightLowers[r], lowers[rn]));
        addScores(finishKey(leftClasses[rp], lexClass));
        addScores(finishKey(rightClasses[r], lexClasses[rn]));
        tag = 0;
        let best = scores[0];
        for (let c = 1; c < C; c++) {
          if (scores[c] > best) {
            best = scores[c];
            tag = c;
          }
        }
      }
      out[from + i - 1] = tag;
      prev2 = prev;
      prev = tag;
    }
  };

  let outBuf = new Uint8Array(256);
  return {
    tags: model.tags,
    tagIds,
    tag(words, types) {
      if (outBuf.length < words.length) outBuf = new Uint8Array(2 * words.length);
      tagIds(words, types, 0, words.length, outBuf);
      const out: string[] = new Array(words.length);
      for (let i = 0; i < words.length; i++) out[i] = model.tags[outBuf[i]];
      return out;
    },
  };
}

function grow<A extends Float32Array | Int32Array | Uint8Array | Int8Array>(a: A, length: number): A {
  if (a.length >= length) return a;
  const b = new (a.constructor as new (n: number) => A)(Math.max(length, a.length * 2));
  b.set(a);
  return b;
}

/** A hash of a string's length and its first, middle and last code units: cheap, and enough to spread words. */
function quickHash(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  return (Math.imul(n, 0x9e3779b1) ^ Math.imul(s.charCodeAt(0), 0x85ebca6b) ^ Math.imul(s.charCodeAt(n >> 1), 0x27d4eb2f) ^ Math.imul(s.charCodeAt(n - 1), 0xc2b2ae35)) >>> 17;
}

/** A wink token type guessed from the characters, for callers that have none. */
function guessType(word: string): string {
  if (/^\d[\d.,:]*$/.test(word)) return 'number';
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(word)) return 'url';
  if (/^[^\s@]+@[^\s@]+\.\w+$/.test(word)) return 'email';
  if (/^#\w/u.test(word)) return 'hashtag';
  if (/^@\w/u.test(word)) return 'mention';
  if (/^\p{Extended_Pictographic}/u.test(word)) return 'emoji';
  if (/^\p{Sc}+$/u.test(word)) return 'currency';
  if (/^\p{P}+$/u.test(word)) return 'punctuation';
  if (/^\p{S}+$/u.test(word)) return 'symbol';
  return 'word';
}
