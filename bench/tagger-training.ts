import { AveragedPerceptron } from './averaged-perceptron.js';
import type { TaggedCorpus } from './tagger-corpus.js';
import type { TaggerModel } from '../src/nlp/tagger-model.js';
import { lexicalClass, type Lexicon } from '../src/nlp/lexical-class.js';
import {
  AFTER_SENTENCE,
  BEFORE_SENTENCE,
  FEATURE_SET,
  MAX_STATIC_KEYS,
  STATIC_TEMPLATES,
  TAG_KEYS,
  TAG_TEMPLATES,
  WINK_TYPES,
  hashString,
  staticKeys,
  tagKeys,
  wordValues,
  type WordValues,
} from '../src/nlp/tagger-features.js';
import { mulberry32 } from '../test/helpers/mulberry32.js';

/** The universal tags in the order wink's model lists them (those the training data never shows are left out). */
const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SPACE', 'SYM', 'VERB', 'X'];

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** A word form goes in the tag dictionary when seen at least this often … */
  dictionaryMinCount: number;
  /** … with one tag at least this share of the time. */
  dictionaryMinShare: number;
  /** A lexical class goes in the class dictionary (for `word` tokens outside the form dictionary) when seen this often … */
  classMinCount: number;
  /** … with one tag at least this share of the time. */
  classMinShare: number;
  /** Called after each epoch with the share of training tokens tagged right during it. */
  onEpoch?: (epoch: number, accuracy: number, features: number) => void;
}

/** Train the tagger on wink-tagged corpora. */
export function trainTagger(corpora: readonly TaggedCorpus[], lexicon: Lexicon, options: TrainingOptions): TaggerModel {
  if (STATIC_TEMPLATES.length !== MAX_STATIC_KEYS || TAG_TEMPLATES.length !== TAG_KEYS) throw new Error('The tagger feature templates and key counts disagree.');
  const seen = new Set(corpora.flatMap((c) => c.tags));
  const unknown = [...seen].filter((t) => !UPOS.includes(t));
  if (unknown.length) throw new Error(`Cannot train the tagger: wink gave tags outside the universal set (${unknown.join(', ')}).`);
  const otherTypes = [...new Set(corpora.flatMap((c) => c.types))].filter((t) => !WINK_TYPES.includes(t));
  if (otherTypes.length) throw new Error(`Cannot train the tagger: wink gave token types the tagger does not know (${otherTypes.join(', ')}); add them to WINK_TYPES.`);
  const tags = UPOS.filter((t) => seen.has(t));
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const C = tags.length;

  const classes = new Map<string, string>();
  const classOf = (form: string): string => {
    let c = classes.get(form);
    if (c === undefined) classes.set(form, (c = lexicalClass(form, lexicon)));
    return c;
  };
  const dictionary = buildDictionary(
    corpora.map((c) => ({ keys: c.words, tags: c.tags })),
    tagId,
    options.dictionaryMinCount,
    options.dictionaryMinShare,
  );
  // The class dictionary is learnt from the word tokens the form dictionary leaves.
  const classDictionary = buildDictionary(
    corpora.map((c) => {
      const keep = c.words.map((w, i) => c.types[i] === 'word' && !dictionary.has(w));
      return { keys: c.words.filter((_, i) => keep[i]).map(classOf), tags: c.tags.filter((_, i) => keep[i]) };
    }),
    tagId,
    options.classMinCount,
    options.classMinShare,
  );
  const fixedTag = (form: string, type: string): number => dictionary.get(form) ?? (type === 'word' ? classDictionary.get(classOf(form)) : undefined) ?? -1;

  // Every sentence with its static feature keys, computed once; the template of every key seen, for the model file.
  const values = new Map<string, WordValues>();
  const valuesOf = (form: string): WordValues => {
    let v = values.get(form);
    if (!v) values.set(form, (v = wordValues(form, lexicon)));
    return v;
  };
  const templateOf = new Map<number, number>();
  const before = valuesOf(BEFORE_SENTENCE);
  const after = valuesOf(AFTER_SENTENCE);
  const sentences: TrainingSentence[] = [];
  for (const corpus of corpora) {
    for (let s = 0; s + 1 < corpus.sentenceStarts.length; s++) {
      const from = corpus.sentenceStarts[s];
      const to = corpus.sentenceStarts[s + 1];
      if (to <= from) continue;
      const words = corpus.words.slice(from, to).map(valuesOf);
      const typeHashes = corpus.types.slice(from, to).map(hashString);
      const keys = new Int32Array((to - from) * MAX_STATIC_KEYS);
      for (let i = 0; i < words.length; i++) {
        const n = staticKeys(words, typeHashes, i, before, after, keys, i * MAX_STATIC_KEYS);
        if (n !== MAX_STATIC_KEYS) throw new Error(`Expected ${MAX_STATIC_KEYS} static features per token, found ${n}.`);
        for (let k = 0; k < n; k++) templateOf.set(keys[i * MAX_STATIC_KEYS + k], STATIC_TEMPLATES[k]);
      }
      sentences.push({
        words,
        keys,
        gold: Uint8Array.from(corpus.tags.slice(from, to), (t) => tagId.get(t) ?? 0),
        fixedTags: Int8Array.from(corpus.words.slice(from, to), (w, i) => fixedTag(w, corpus.types[from + i])),
      });
    }
  }

  const perceptron = new AveragedPerceptron(C);
  const random = mulberry32(options.seed);
  const order = sentences.map((_, i) => i);
  const width = MAX_STATIC_KEYS + TAG_KEYS;
  const buffer = new Int32Array(width);
  const scores = new Float64Array(C);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let right = 0;
    let total = 0;
    for (const s of order) {
      const { words, keys, gold, fixedTags } = sentences[s];
      let prev = C;
      let prev2 = C;
      for (let i = 0; i < words.length; i++) {
        let guess = fixedTags[i];
        if (guess < 0) {
          buffer.set(keys.subarray(i * MAX_STATIC_KEYS, (i + 1) * MAX_STATIC_KEYS), 0);
          tagKeys(prev, prev2, words[i], buffer, MAX_STATIC_KEYS);
          perceptron.score(buffer, 0, width, scores);
          guess = argmax(scores);
          perceptron.update(buffer, 0, width, gold[i], guess);
        }
        if (guess === gold[i]) right++;
        total++;
        prev2 = prev;
        prev = guess;
      }
    }
    options.onEpoch?.(epoch, right / Math.max(1, total), perceptron.features);
  }

  // The templates of the keys on tags: every previous tag (or none) with every word seen, every pair of tags.
  const tagBuffer = new Int32Array(TAG_KEYS);
  const noteTagKeys = (p: number, q: number, v: WordValues): void => {
    tagKeys(p, q, v, tagBuffer, 0);
    for (let k = 0; k < TAG_KEYS; k++) if (!templateOf.has(tagBuffer[k])) templateOf.set(tagBuffer[k], TAG_TEMPLATES[k]);
  };
  for (let p = 0; p <= C; p++) {
    for (const v of values.values()) noteTagKeys(p, C, v);
    for (let q = 0; q <= C; q++) noteTagKeys(p, q, before);
  }
  const { keys, weights } = perceptron.averaged();
  const templates = Uint8Array.from(keys, (k) => {
    const t = templateOf.get(k);
    if (t === undefined) throw new Error(`The trainer lost the template of feature key ${k}.`);
    return t;
  });
  return { featureSet: FEATURE_SET, tags, keys, templates, weights, dictionary, classDictionary, lexicon };
}

interface TrainingSentence {
  words: WordValues[];
  keys: Int32Array;
  gold: Uint8Array;
  /** The tag the form or class dictionary gives each token, or -1. */
  fixedTags: Int8Array;
}

/** Keys (word forms, lexical classes) wink tags one way nearly always, and often enough to trust it. */
function buildDictionary(
  samples: ReadonlyArray<{ keys: readonly string[]; tags: readonly string[] }>,
  tagId: Map<string, number>,
  minCount: number,
  minShare: number,
): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const { keys, tags } of samples) {
    for (let i = 0; i < keys.length; i++) {
      let m = counts.get(keys[i]);
      if (!m) counts.set(keys[i], (m = new Map()));
      m.set(tags[i], (m.get(tags[i]) ?? 0) + 1);
    }
  }
  const dictionary = new Map<string, number>();
  for (const [key, m] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let total = 0;
    let best = '';
    let bestCount = 0;
    for (const [tag, n] of m) {
      total += n;
      if (n > bestCount) [best, bestCount] = [tag, n];
    }
    if (total >= minCount && bestCount / total >= minShare) dictionary.set(key, tagId.get(best) ?? 0);
  }
  return dictionary;
}

/** A copy of the model without its weights smaller than `minWeight` (in absolute value), nor the rows left empty. */
export function pruneTaggerModel(model: TaggerModel, minWeight: number): TaggerModel {
  const C = model.tags.length;
  const { keys, templates } = model;
  const weights = model.weights.slice();
  const keep: number[] = [];
  for (let f = 0; f < keys.length; f++) {
    let any = false;
    for (let c = 0; c < C; c++) {
      const i = f * C + c;
      if (Math.abs(weights[i]) < minWeight) weights[i] = 0;
      else any = true;
    }
    if (any) keep.push(f);
  }
  const outWeights = new Float32Array(keep.length * C);
  keep.forEach((f, j) => outWeights.set(weights.subarray(f * C, (f + 1) * C), j * C));
  return {
    ...model,
    keys: Int32Array.from(keep, (f) => keys[f]),
    templates: Uint8Array.from(keep, (f) => templates[f]),
    weights: outWeights,
  };
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}
