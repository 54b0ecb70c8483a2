/** What a feature is: a content word, a name word or a quote shingle. Their cosines are weighed apart. */
export const enum FeatureKind {
  Term = 0,
  Name = 1,
  Quote = 2,
}

/** A feature as saved: its key, id and document frequency. */
export interface SavedFeature {
  key: string;
  id: number;
  df: number;
}

/** Features with document frequencies, grown as articles arrive: ids are stable, weights follow the corpus. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private kinds = new Uint8Array(1024);
  private dfs = new Int32Array(1024);
  private idfs = new Float64Array(1024);
  private idfDocs = new Int32Array(1024).fill(-1);
  private size = 0;
  /** How many articles have been counted. */
  docs = 0;

  /** The id of a feature key (`t:`, `n:` or `q:` prefix), made on first sight. */
  id(key: string): number {
    const known = this.ids.get(key);
    return known ?? this.register(key, this.size);
  }

  private register(key: string, id: number): number {
    this.size = Math.max(this.size, id + 1);
    while (id >= this.kinds.length) {
      const kinds = new Uint8Array(this.kinds.length * 2);
      kinds.set(this.kinds);
      this.kinds = kinds;
      const dfs = new Int32Array(this.dfs.length * 2);
      dfs.set(this.dfs);
      this.dfs = dfs;
      const idfs = new Float64Array(this.idfs.length * 2);
      idfs.set(this.idfs);
      this.idfs = idfs;
      const idfDocs = new Int32Array(this.idfDocs.length * 2).fill(-1);
      idfDocs.set(this.idfDocs);
      this.idfDocs = idfDocs;
    }
    this.kinds[id] = key.startsWith('n:') ? FeatureKind.Name : key.startsWith('q:') ? FeatureKind.Quote : FeatureKind.Term;
    this.ids.set(key, id);
    this.keys[id] = key;
    return id;
  }

  /** These features as saved. */
  saved(ids: number[]): SavedFeature[] {
    return ids.sort((a, b) => a - b).map((id) => ({ key: this.keys[id], id, df: this.dfs[id] }));
  }

  /** Reload saved features; `docs` becomes the count of articles they were counted over. */
  restore(features: SavedFeature[], docs: number): void {
    for (const f of features) {
      this.register(f.key, f.id);
      this.dfs[f.id] = f.df;
    }
    this.docs = docs;
  }

  kind(id: number): FeatureKind {
    return this.kinds[id] as FeatureKind;
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
    if (this.idfDocs[id] === this.docs) return this.idfs[id];
    this.idfDocs[id] = this.docs;
    return (this.idfs[id] = Math.log(1 + this.docs / (1 + this.dfs[id])));
  }
}

/** An article's features as sorted ids with raw counts: compact enough to keep for a large store. */
export interface FeatureVector {
  ids: Int32Array;
  counts: Float32Array;
}

/** Turn a feature → count map into a sorted vector, registering the features. */
export function toVector(features: Map<string, number>, vocab: Vocabulary): FeatureVector {
  const pairs = [...features].map(([k, c]) => [vocab.id(k), c] as const).sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(pairs, (p) => p[0]), counts: Float32Array.from(pairs, (p) => p[1]) };
}
