import { hash32 } from '../copies/shingles.js';

/** What a feature is: a content word, a name word or a quote shingle. Their cosines are weighed apart. */
export const enum FeatureKind {
  Term = 0,
  Name = 1,
  Quote = 2,
}

/**
 * Feature ids are hashes of the feature's key (feature hashing), in one range per kind: content words and name
 * words get 2²⁰ slots each (a corpus has tens of thousands of them: few collide), quote shingles 2²² (every quote
 * brings new shingles: millions over a large store, so they are never kept as strings). The kind is read off the id.
 */
const TERM_BITS = 20;
const NAME_BITS = 20;
const QUOTE_BITS = 22;
const NAME_BASE = 2 ** TERM_BITS;
const QUOTE_BASE = NAME_BASE + 2 ** NAME_BITS;
/** How many feature ids there are. */
export const FEATURE_SLOTS = QUOTE_BASE + 2 ** QUOTE_BITS;

/** Feature document frequencies, grown as articles arrive: ids are fixed by the keys, weights follow the corpus. */
export class Vocabulary {
  private readonly dfs = new Int32Array(FEATURE_SLOTS);
  /** Cached inverse document frequencies and the corpus size (plus one; 0 for none) each was computed at. */
  private readonly idfs = new Float32Array(FEATURE_SLOTS);
  private readonly idfDocs = new Int32Array(FEATURE_SLOTS);
  /** How many articles have been counted. */
  docs = 0;

  /** The id of a feature key (`t:`, `n:` or `q:` prefix). */
  id(key: string): number {
    const h = hash32(key.slice(2));
    if (key.startsWith('n:')) return NAME_BASE + (h & (2 ** NAME_BITS - 1));
    if (key.startsWith('q:')) return QUOTE_BASE + (h & (2 ** QUOTE_BITS - 1));
    return h & (2 ** TERM_BITS - 1);
  }

  kind(id: number): FeatureKind {
    return id < NAME_BASE ? FeatureKind.Term : id < QUOTE_BASE ? FeatureKind.Name : FeatureKind.Quote;
  }

  df(id: number): number {
    return this.dfs[id];
  }

  /** Count one article's features (each once) into the document frequencies. */
  countDocument(ids: Int32Array): void {
    this.docs++;
    for (const id of ids) this.dfs[id]++;
  }

  /** Inverse document frequency, smoothed so a feature every article has still weighs a little. */
  idf(id: number): number {
    // Cached per corpus size: within a batch the size is fixed and the same features are weighed again and again.
    if (this.idfDocs[id] === this.docs + 1) return this.idfs[id];
    this.idfDocs[id] = this.docs + 1;
    return (this.idfs[id] = Math.log(1 + this.docs / (1 + this.dfs[id])));
  }

}

/**
 * An article's features as sorted ids with raw counts: compact enough to keep for a large store. A count is at most
 * a few dozen (a word of the title and lead, a name word, a quote shingle), so one byte holds it (clamped at 255).
 */
export interface FeatureVector {
  ids: Int32Array;
  counts: Uint8ClampedArray;
}

/** Turn a feature → count map into a sorted vector (features whose ids collide add up). */
export function toVector(features: Map<string, number>, vocab: Vocabulary): FeatureVector {
  const counts = new Map<number, number>();
  for (const [k, c] of features) {
    const id = vocab.id(k);
    counts.set(id, (counts.get(id) ?? 0) + c);
  }
  const pairs = [...counts].sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(pairs, (p) => p[0]), counts: Uint8ClampedArray.from(pairs, (p) => p[1]) };
}
