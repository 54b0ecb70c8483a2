import { readFileSync } from 'node:fs';
import { decodeTaggerModel, type TaggerModel } from './tagger-model.js';
import {
  AFTER_SENTENCE,
  AFTER_TYPE,
  BEFORE_SENTENCE,
  BEFORE_TYPE,
  BIAS_KEY,
  FEATURE_SET,
  TEMPLATE,
  WORD_OFFSETS,
  featureKey,
  hashString,
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

/**
 * Tag one sentence with the shipped model: an averaged perceptron distilled from wink-nlp's tags, read greedily
 * from left to right. `types` are wink's token types; without them each token's type is guessed from its characters.
 */
export function tagPartsOfSpeech(words: readonly string[], types?: readonly string[]): string[] {
  shipped ??= createPartOfSpeechTagger(decodeTaggerModel(readFileSync(TAGGER_MODEL_URL)));
  return shipped.tag(words, types);
}

/** The tagger of the shipped model, loaded once. */
export function shippedTagger(): PartOfSpeechTagger {
  shipped ??= createPartOfSpeechTagger(decodeTaggerModel(readFileSync(TAGGER_MODEL_URL)));
  return shipped;
}

/** Word forms whose features are cached before the cache is emptied and begun again. */
const CACHE_LIMIT = 200_000;
const OFFSETS = WORD_OFFSETS.length;

/**
 * Build a tagger from a model. The features that read one word are summed once per word form into five rows (the
 * word two before the tagged token, one before, itself, one after, two after) and cached; the features on the previous
 * tags are summed into dense tables; only the features that join two words, or a tag and a word, are looked up per
 * token, in an open-addressing table.
 */
export function createPartOfSpeechTagger(model: TaggerModel): PartOfSpeechTagger {
  if (model.featureSet !== FEATURE_SET) {
    throw new Error(`Cannot use the tagger model: it was trained for features "${model.featureSet}", this code computes "${FEATURE_SET}". Retrain it with bench/train-tagger.ts.`);
  }
  const C = model.tags.length;
  const { weights } = model;
  const table = keyTable(model.keys);
  const find = (key: number): number => lookup(table, key);
  const addRow = (key: number, into: Float32Array, at: number): void => {
    const f = find(key);
    if (f < 0) return;
    const w = f * C;
    for (let c = 0; c < C; c++) into[at + c] += weights[w + c];
  };

  // Dense tables of the features on previous tags. Tag id C means "before the sentence".
  const T = C + 1;
  const bias = new Float32Array(C);
  addRow(BIAS_KEY, bias, 0);
  const prevTagRows = new Float32Array(T * T * C); // prevTag + prev2Tag + prevTags
  for (let p = 0; p < T; p++) {
    for (let q = 0; q < T; q++) {
      const at = (p * T + q) * C;
      addRow(featureKey(TEMPLATE.prevTag, p), prevTagRows, at);
      addRow(featureKey(TEMPLATE.prev2Tag, q), prevTagRows, at);
      addRow(featureKey(TEMPLATE.prevTags, p, q), prevTagRows, at);
      for (let c = 0; c < C; c++) prevTagRows[at + c] += bias[c];
    }
  }
  const caseRows = new Float32Array(T * 5 * C);
  for (let p = 0; p < T; p++) for (let k = 0; k < 5; k++) addRow(featureKey(TEMPLATE.prevTagCase, p, k), caseRows, (p * 5 + k) * C);

  // Cached word forms: five rows of summed word features; the hashes of the lower-case form and lexical class and the
  // case, for the features that join two words or a tag and a word; the dictionary tag (-1 for none).
  let records = new Map<string, number>();
  let capacity = 1024;
  let rows = new Float32Array(capacity * OFFSETS * C);
  let lowers = new Int32Array(capacity);
  let lexClasses = new Int32Array(capacity);
  let cases = new Uint8Array(capacity);
  let dictTags = new Int8Array(capacity);
  let count = 0;
  const keyBuffer = new Int32Array(16);
  const addRecord = (form: string, dictTag: number): number => {
    if (count === capacity) {
      capacity *= 2;
      rows = grow(rows, capacity * OFFSETS * C);
      lowers = grow(lowers, capacity);
      lexClasses = grow(lexClasses, capacity);
      cases = grow(cases, capacity);
      dictTags = grow(dictTags, capacity);
    }
    const r = count++;
    const v = wordValues(form, model.lexicon);
    lowers[r] = v.lower;
    lexClasses[r] = v.lexClass;
    cases[r] = v.case;
    dictTags[r] = dictTag;
    for (let o = 0; o < OFFSETS; o++) {
      const n = wordKeys(v, WORD_OFFSETS[o], keyBuffer, 0);
      for (let k = 0; k < n; k++) addRow(keyBuffer[k], rows, (r * OFFSETS + o) * C);
    }
    return r;
  };
  const reset = (): void => {
    records = new Map();
    count = 0;
    addRecord(BEFORE_SENTENCE, -1);
    addRecord(AFTER_SENTENCE, -1);
  };
  reset();
  const BEFORE = 0;
  const AFTER = 1;
  const recordOf = (form: string): number => {
    let r = records.get(form);
    if (r === undefined) {
      r = addRecord(form, model.dictionary.get(form) ?? -1);
      records.set(form, r);
    }
    return r;
  };

  // Token types: three rows each (as the previous, the current, the next token's type).
  const typeRecords = new Map<string, number>();
  let typeRows = new Float32Array(0);
  const typeRecordOf = (type: string): number => {
    let r = typeRecords.get(type);
    if (r !== undefined) return r;
    r = typeRecords.size;
    typeRows = grow(typeRows, (r + 1) * 3 * C);
    const hash = type === BEFORE_SENTENCE ? BEFORE_TYPE : type === AFTER_SENTENCE ? AFTER_TYPE : hashString(type);
    for (let o = -1; o <= 1; o++) addRow(typeKey(o, hash), typeRows, (r * 3 + o + 1) * C);
    typeRecords.set(type, r);
    return r;
  };
  const BEFORE_T = typeRecordOf(BEFORE_SENTENCE);
  const AFTER_T = typeRecordOf(AFTER_SENTENCE);

  let wordBuf = new Int32Array(256);
  let typeBuf = new Int32Array(256);
  const scores = new Float32Array(C);

  const tagIds = (words: readonly string[], types: readonly string[] | undefined, from: number, to: number, out: Uint8Array): void => {
    const n = to - from;
    if (n <= 0) return;
    if (count > CACHE_LIMIT) reset();
    if (wordBuf.length < n + 4) {
      wordBuf = new Int32Array(2 * n + 4);
      typeBuf = new Int32Array(2 * n + 4);
    }
    // Positions 0, 1 and n + 2, n + 3 of the buffers are the pseudo-words around the sentence.
    wordBuf[0] = wordBuf[1] = BEFORE;
    wordBuf[n + 2] = wordBuf[n + 3] = AFTER;
    typeBuf[0] = typeBuf[1] = BEFORE_T;
    typeBuf[n + 2] = typeBuf[n + 3] = AFTER_T;
    for (let i = 0; i < n; i++) {
      const word = words[from + i];
      wordBuf[i + 2] = recordOf(word);
      typeBuf[i + 2] = typeRecordOf(types ? types[from + i] : guessType(word));
    }
    const OC = OFFSETS * C;
    let prev = C;
    let prev2 = C;
    for (let i = 2; i < n + 2; i++) {
      const r = wordBuf[i];
      let tag = dictTags[r];
      if (tag < 0) {
        const r2 = wordBuf[i - 2] * OC;
        const r1 = wordBuf[i - 1] * OC + C;
        const r0 = r * OC + 2 * C;
        const n1 = wordBuf[i + 1] * OC + 3 * C;
        const n2 = wordBuf[i + 2] * OC + 4 * C;
        const t1 = typeBuf[i - 1] * 3 * C;
        const t0 = typeBuf[i] * 3 * C + C;
        const tn = typeBuf[i + 1] * 3 * C + 2 * C;
        const pt = (prev * T + prev2) * C;
        const pc = (prev * 5 + cases[r]) * C;
        for (let c = 0; c < C; c++) {
          scores[c] = rows[r2 + c] + rows[r1 + c] + rows[r0 + c] + rows[n1 + c] + rows[n2 + c] + typeRows[t1 + c] + typeRows[t0 + c] + typeRows[tn + c] + prevTagRows[pt + c] + caseRows[pc + c];
        }
        const lower = lowers[r];
        const lexClass = lexClasses[r];
        addScores(find(featureKey(TEMPLATE.prevTagLower, prev, lower)));
        addScores(find(featureKey(TEMPLATE.prevLowerLower, lowers[wordBuf[i - 1]], lower)));
        addScores(find(featureKey(TEMPLATE.lowerNextLower, lower, lowers[wordBuf[i + 1]])));
        addScores(find(featureKey(TEMPLATE.prevClassClass, lexClasses[wordBuf[i - 1]], lexClass)));
        addScores(find(featureKey(TEMPLATE.classNextClass, lexClass, lexClasses[wordBuf[i + 1]])));
        addScores(find(featureKey(TEMPLATE.prevTagClass, prev, lexClass)));
        tag = 0;
        let best = scores[0];
        for (let c = 1; c < C; c++) {
          if (scores[c] > best) {
            best = scores[c];
            tag = c;
          }
        }
      }
      out[from + i - 2] = tag;
      prev2 = prev;
      prev = tag;
    }
  };
  const addScores = (f: number): void => {
    if (f < 0) return;
    const w = f * C;
    for (let c = 0; c < C; c++) scores[c] += weights[w + c];
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

/** An open-addressing table from feature key to row: keys (0 = empty) and rows, a power of two long. */
interface KeyTable {
  keys: Int32Array;
  rows: Int32Array;
  mask: number;
}

function keyTable(keys: Int32Array): KeyTable {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const table: KeyTable = { keys: new Int32Array(size), rows: new Int32Array(size), mask: size - 1 };
  for (let f = 0; f < keys.length; f++) {
    let slot = keys[f] & table.mask;
    while (table.keys[slot] !== 0) slot = (slot + 1) & table.mask;
    table.keys[slot] = keys[f];
    table.rows[slot] = f;
  }
  return table;
}

function lookup(table: KeyTable, key: number): number {
  let slot = key & table.mask;
  for (;;) {
    const k = table.keys[slot];
    if (k === key) return table.rows[slot];
    if (k === 0) return -1;
    slot = (slot + 1) & table.mask;
  }
}

function grow<A extends Float32Array | Int32Array | Uint8Array | Int8Array>(a: A, length: number): A {
  if (a.length >= length) return a;
  const b = new (a.constructor as new (n: number) => A)(Math.max(length, a.length * 2));
  b.set(a);
  return b;
}

/** A wink token type guessed from the characters, for callers that have none. */
function guessType(word: string): string {
  if (/^[\d.,]+$/.test(word) && /\d/.test(word)) return 'number';
  if (/^[\p{P}]+$/u.test(word)) return 'punctuation';
  if (/^[\p{S}]+$/u.test(word)) return 'symbol';
  return 'word';
}
