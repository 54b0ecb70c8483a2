import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Lexicon } from './lexical-class.js';
import { SortedForms } from './sorted-forms.js';

/**
 * The part-of-speech tagger's weights as the runtime reads them: one row of `tags.length` weights per feature key,
 * and a dictionary of word forms whose tag is certain enough to give without scoring.
 */
export interface TaggerModel {
  /** The feature set the weights were trained for (`FEATURE_SET` in tagger-features.ts). */
  featureSet: string;
  /** Tag names, in the order of the weights in a row. */
  tags: string[];
  /** Feature keys, one per row. */
  keys: Int32Array;
  /** The template of each feature (`TEMPLATE` in tagger-features.ts). */
  templates: Uint8Array;
  /** `keys.length` rows of `tags.length` weights. */
  weights: Float32Array;
  /** Word form → tag index. */
  dictionary: Map<string, number>;
  /** Lexical class → tag index, for tokens of type `word` whose form is not in `dictionary`. */
  classDictionary: Map<string, number>;
  /** wink's lexical classes of word forms, which some features read. */
  lexicon: Lexicon;
}

const MAGIC = 0x534f5031; // "SOP1"

interface Header {
  featureSet: string;
  tags: string[];
  /** Weight = stored integer × scale. */
  scale: number;
  features: number;
  entries: number;
  dictionary: Array<[string, number]>;
  classDictionary: Array<[string, number]>;
  lexicalClasses: string[];
  lexiconForms: number;
  lexiconBytes: number;
}

/**
 * Encode a model compactly: the header as JSON, then the keys, each row's non-zero weights as a class bitmask, the
 * templates, and the weights as 16-bit integers, then the lexicon (a 16-bit class per form, the forms in sorted order in UTF-8, each ended by a NUL);
 * the whole gzipped. A weight whose integer rounds to 0 is dropped.
 */
export function encodeTaggerModel(model: TaggerModel): Buffer {
  const classes = model.tags.length;
  if (classes > 32) throw new Error(`Cannot encode a tagger model with ${classes} tags: the format holds at most 32.`);
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const masks = new Uint32Array(model.keys.length);
  const values: number[] = [];
  for (let f = 0; f < model.keys.length; f++) {
    for (let c = 0; c < classes; c++) {
      const q = Math.round(model.weights[f * classes + c] / scale);
      if (q === 0) continue;
      masks[f] |= 1 << c;
      values.push(q);
    }
  }
  const lexiconEntries = [...model.lexicon.forms].filter(([form]) => !form.includes('\0')).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lexiconText = Buffer.from(lexiconEntries.map(([form]) => `${form}\0`).join(''), 'utf8');
  const header: Header = {
    featureSet: model.featureSet,
    tags: model.tags,
    scale,
    features: model.keys.length,
    entries: values.length,
    dictionary: [...model.dictionary],
    classDictionary: [...model.classDictionary],
    lexicalClasses: model.lexicon.classes,
    lexiconForms: lexiconEntries.length,
    lexiconBytes: lexiconText.length,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerBytes = align4(8 + json.length);
  const out = Buffer.alloc(headerBytes + model.keys.length * 8 + align4(model.keys.length) + values.length * 2 + lexiconEntries.length * 2 + lexiconText.length);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  let at = headerBytes;
  for (const k of model.keys) at = out.writeInt32LE(k, at);
  for (const m of masks) at = out.writeUInt32LE(m, at);
  for (const t of model.templates) at = out.writeUInt8(t, at);
  at = align4(at);
  for (const v of values) at = out.writeInt16LE(v, at);
  for (const [, c] of lexiconEntries) at = out.writeUInt16LE(c, at);
  lexiconText.copy(out, at);
  return gzipSync(out, { level: 9 });
}

/** Decode a model written by `encodeTaggerModel`. */
export function decodeTaggerModel(file: Uint8Array): TaggerModel {
  if (endianness() !== 'LE') throw new Error('Cannot read the tagger model on a big-endian machine: its arrays are little-endian.');
  const unzipped = gunzipSync(file);
  if (unzipped.length < 8 || unzipped.readUInt32LE(0) !== MAGIC) throw new Error('Cannot read the tagger model: expected a Storyline part-of-speech model, found other data.');
  // A copy at offset 0 of its own buffer, so the typed arrays below are aligned views.
  const bytes = new Uint8Array(unzipped);
  const buffer = bytes.buffer;
  const jsonLength = unzipped.readUInt32LE(4);
  const header = JSON.parse(unzipped.subarray(8, 8 + jsonLength).toString('utf8')) as Header;
  const classes = header.tags.length;
  const n = header.features;
  let at = align4(8 + jsonLength);
  const keys = new Int32Array(buffer, at, n);
  at += n * 4;
  const masks = new Uint32Array(buffer, at, n);
  at += n * 4;
  const templates = new Uint8Array(buffer, at, n);
  at = align4(at + n);
  const values = new Int16Array(buffer, at, header.entries);
  at += header.entries * 2;
  const weights = new Float32Array(n * classes);
  const scale = header.scale;
  let v = 0;
  for (let f = 0; f < n; f++) {
    const mask = masks[f];
    if (mask === 0) continue;
    for (let c = 0; c < classes; c++) if (mask & (1 << c)) weights[f * classes + c] = values[v++] * scale;
  }
  const classOf = new Uint16Array(buffer, at, header.lexiconForms);
  at += header.lexiconForms * 2;
  const forms = new SortedForms(unzipped.subarray(at, at + header.lexiconBytes).toString('utf8'), classOf);
  return {
    featureSet: header.featureSet,
    tags: header.tags,
    keys,
    templates,
    weights,
    dictionary: new Map(header.dictionary),
    classDictionary: new Map(header.classDictionary),
    lexicon: { forms, classes: header.lexicalClasses },
  };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
