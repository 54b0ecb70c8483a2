import { FeatureKind, type FeatureVector, type Vocabulary } from './vocabulary.js';

/** How alike two articles are, by kind of evidence, each 0..1. */
export interface Likeness {
  /** TF-IDF cosine of the content words of title and lead. */
  text: number;
  /** TF-IDF cosine of the name words (actors and places), so rare names weigh most. */
  names: number;
  /** 1 when they share a quote's words, else 0. */
  quotes: number;
}

/** Weights of the evidence in one score. */
export const WEIGHTS = { text: 0.55, names: 0.45, quotes: 0.25 };

/** Compare two feature vectors under the vocabulary's current weights. */
export function likeness(a: FeatureVector, b: FeatureVector, vocab: Vocabulary): Likeness {
  const dot = [0, 0, 0];
  const na = norms(a, vocab);
  const nb = norms(b, vocab);
  let i = 0;
  let j = 0;
  let quotes = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const kind = vocab.kind(x);
      if (kind === FeatureKind.Quote) quotes = 1;
      else {
        const idf = vocab.idf(x);
        dot[kind] += tf(a.counts[i]) * tf(b.counts[j]) * idf * idf;
      }
      i++;
      j++;
    }
  }
  const cos = (k: number) => (na[k] > 0 && nb[k] > 0 ? dot[k] / Math.sqrt(na[k] * nb[k]) : 0);
  return { text: cos(FeatureKind.Term), names: cos(FeatureKind.Name), quotes };
}

/**
 * How many times the content words' cosine the names may count for. Names say which story an article is in, words
 * say which happening: in a corpus of one long story every article names the same town and officials.
 */
export const NAMES_CAP = 2;

/**
 * One score from the evidence. With `contentOnly` (no reliable date on one side) the names count for at most
 * {@link NAMES_CAP} times the words' cosine: without a date, sharing a story's actors is not sharing its happening.
 */
export function score(l: Likeness, contentOnly = false): number {
  const names = contentOnly ? Math.min(l.names, NAMES_CAP * l.text) : l.names;
  return WEIGHTS.text * l.text + WEIGHTS.names * names + WEIGHTS.quotes * l.quotes;
}

function tf(count: number): number {
  return 1 + Math.log(count);
}

/** Each vector's norms, with the corpus size they were weighed at: within a batch the weights do not change. */
const normCache = new WeakMap<FeatureVector, { docs: number; vocab: Vocabulary; norms: number[] }>();

function norms(v: FeatureVector, vocab: Vocabulary): number[] {
  const cached = normCache.get(v);
  if (cached && cached.docs === vocab.docs && cached.vocab === vocab) return cached.norms;
  const out = computeNorms(v, vocab);
  normCache.set(v, { docs: vocab.docs, vocab, norms: out });
  return out;
}

function computeNorms(v: FeatureVector, vocab: Vocabulary): number[] {
  const out = [0, 0, 0];
  for (let i = 0; i < v.ids.length; i++) {
    const kind = vocab.kind(v.ids[i]);
    if (kind === FeatureKind.Quote) continue;
    const w = tf(v.counts[i]) * vocab.idf(v.ids[i]);
    out[kind] += w * w;
  }
  return out;
}
