import { mix32 } from './shingles.js';

/** How an LSH index cuts signatures into bands, and how many members of one bucket a newcomer is compared with. */
export interface LshOptions {
  /** Bands per signature; a pair is a candidate when one band agrees on every row. */
  bands: number;
  /** Hashes per band. With J the Jaccard similarity, a pair is a candidate with probability 1 − (1 − J^rows)^bands. */
  rows: number;
  /**
   * The most members of one bucket a newcomer is paired with (the earliest indexed). A bucket of a wire story
   * reposted by 500 sites then costs 500 × cap comparisons, not 500², and every repost still meets the first ones.
   */
  bucketCap?: number;
}

/** Bits of an entry's number that hold the member's number: up to 2²¹ (about two million) members per index. */
const MEMBER_BITS = 21;
const MEMBER_SPAN = 2 ** MEMBER_BITS;

/**
 * Band keys of a signature: one 32-bit hash per band, salted with the band's index so equal rows in different bands
 * are different keys. A store can keep these in an indexed table and look up candidates for new articles only.
 */
export function bandKeys(signature: ArrayLike<number>, bands: number, rows: number): number[] {
  if (signature.length < bands * rows) throw new RangeError(`A signature of ${signature.length} hashes cannot fill ${bands} bands of ${rows} rows.`);
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = mix32(b + 0x3c6ef372);
    for (let r = 0; r < rows; r++) h = mix32(Math.imul(h, 0x01000193) ^ signature[b * rows + r]);
    keys.push(h);
  }
  return keys;
}

/**
 * A locality-sensitive hashing index over band keys. Entries (key, member) are kept in sorted Float64Arrays
 * (key × 2²¹ + member: 8 bytes per entry, no object per bucket): a log-structured set of sorted runs, each at least
 * twice the size of the next newer one, plus an unsorted tail for new entries. Adding a page of articles sorts the
 * page's entries into a run and merges only runs of like size, so each entry is merged about log₂ N times in all and
 * adding 1k articles to 100k never rewrites the whole index; a lookup searches each of the few runs. Each run has a
 * directory on the top bits of the key (see {@link Run}), so a lookup in a run of millions of entries touches a few
 * cache lines, not the two dozen a binary search over the whole array would.
 */
export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  readonly bucketCap: number;
  /** Sorted runs, oldest (largest) first: members of an older run were indexed before those of a newer one. */
  private runs: Run[] = [];
  private pending = new Float64Array(1024);
  private pendingLength = 0;
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Scratch counts for `forCandidates`, one per member. */
  private counts = new Uint16Array(1024);

  constructor(options: LshOptions) {
    const { bands, rows, bucketCap = 64 } = options;
    for (const [name, value] of Object.entries({ bands, rows, bucketCap })) {
      if (!Number.isInteger(value) || value < 1) throw new RangeError(`LshIndex ${name} must be a positive integer, got ${value}.`);
    }
    this.bands = bands;
    this.rows = rows;
    this.bucketCap = bucketCap;
  }

  /** Number of members indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** The band keys of a signature under this index's banding. */
  bandKeys(signature: ArrayLike<number>): number[] {
    return bandKeys(signature, this.bands, this.rows);
  }

  /** Index a member under the band keys of a signature. */
  add(id: string, signature: ArrayLike<number>): void {
    this.addKeys(id, this.bandKeys(signature));
  }

  /**
   * Make room for this many more entries at once (a restore knows how many keys it brings): the tail then grows once
   * to its exact size, and a full tail is sorted into a run in place, so reloading a large index needs no spare copy.
   */
  reserve(entries: number): void {
    const size = this.pendingLength + entries;
    if (size <= this.pending.length) return;
    const grown = new Float64Array(size);
    grown.set(this.pending.subarray(0, this.pendingLength));
    this.pending = grown;
  }

  /** Index a member under ready-made keys (several signatures of one member, e.g. one per sentence, or keys read from a store). */
  addKeys(id: string, keys: Iterable<number>): void {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      if (n >= MEMBER_SPAN) throw new RangeError(`An LshIndex holds at most ${MEMBER_SPAN} members; split the store into several indexes.`);
      this.ids.push(id);
      this.numbers.set(id, n);
    }
    for (const key of keys) {
      if (this.pendingLength === this.pending.length) {
        const grown = new Float64Array(Math.ceil(this.pending.length * 1.5));
        grown.set(this.pending);
        this.pending = grown;
      }
      this.pending[this.pendingLength++] = (key >>> 0) * MEMBER_SPAN + n;
    }
  }

  /** Members sharing a band with the signature (the earliest `bucketCap` of each bucket). */
  candidates(signature: ArrayLike<number>): string[] {
    return [...this.candidatesForKeys(this.bandKeys(signature)).keys()];
  }

  /** Members sharing any of the keys, with how many keys each shares. */
  candidatesForKeys(keys: Iterable<number>): Map<string, number> {
    const out = new Map<string, number>();
    this.forCandidates(keys, (id, n) => out.set(id, n));
    return out;
  }

  /**
   * Call `visit` with each member sharing any of the keys and how many keys it shares. Counts are kept in a reused
   * array indexed by member number, not a map: a new article of a large store meets thousands of bucket members.
   */
  forCandidates(keys: Iterable<number>, visit: (id: string, shared: number) => void): void {
    this.flush();
    if (this.counts.length < this.ids.length) this.counts = new Uint16Array(this.ids.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const key of new Set(keys)) {
      const base = (key >>> 0) * MEMBER_SPAN;
      // The earliest `bucketCap` members of the bucket: older runs first, each in member order.
      let taken = 0;
      for (const { entries: run, directory, slot } of this.runs) {
        const prefix = Math.floor((key >>> 0) / slot);
        const from = lowerBound(run, base, directory[prefix], directory[prefix + 1]);
        for (let i = from; i < run.length && run[i] < base + MEMBER_SPAN && taken < this.bucketCap; i++, taken++) {
          const member = run[i] - base;
          if (counts[member]++ === 0) touched.push(member);
        }
        if (taken >= this.bucketCap) break;
      }
    }
    for (const member of touched) {
      visit(this.ids[member], counts[member]);
      counts[member] = 0;
    }
  }

  /**
   * Every candidate pair of the index, each member paired with the earliest `bucketCap` members of each of its
   * buckets: a map from `[a, b]` (member ids, a indexed first) to the number of keys they share.
   */
  pairs(): Map<number, number> {
    this.flush();
    this.compact();
    const counts = new Map<number, number>();
    const s = this.runs[0]?.entries ?? new Float64Array(0);
    for (let start = 0; start < s.length; ) {
      const key = Math.floor(s[start] / MEMBER_SPAN);
      let end = start + 1;
      while (end < s.length && Math.floor(s[end] / MEMBER_SPAN) === key) end++;
      const base = key * MEMBER_SPAN;
      for (let i = start + 1; i < end; i++) {
        const b = s[i] - base;
        for (let j = start; j < Math.min(i, start + this.bucketCap); j++) {
          const a = s[j] - base;
          if (a === b) continue;
          const code = a * MEMBER_SPAN + b;
          counts.set(code, (counts.get(code) ?? 0) + 1);
        }
      }
      start = end;
    }
    return counts;
  }

  /** The two member ids of a pair code from `pairs()`. */
  pairIds(code: number): [string, string] {
    return [this.ids[Math.floor(code / MEMBER_SPAN)], this.ids[code % MEMBER_SPAN]];
  }

  /** Sort the new entries into a run of their own, then merge runs of like size (see the class comment). */
  private flush(): void {
    if (!this.pendingLength) return;
    if (this.pendingLength === this.pending.length) {
      this.runs.push(run(this.pending.sort()));
      this.pending = new Float64Array(1024);
    } else {
      this.runs.push(run(this.pending.slice(0, this.pendingLength).sort()));
      if (this.pending.length > 1 << 16) this.pending = new Float64Array(1024);
    }
    this.pendingLength = 0;
    while (this.runs.length >= 2 && this.runs[this.runs.length - 2].entries.length <= 2 * this.runs[this.runs.length - 1].entries.length) {
      const newer = this.runs.pop()!;
      this.runs.push(run(merge(this.runs.pop()!.entries, newer.entries)));
    }
  }

  /** Merge every run into one (for a scan of all pairs). */
  private compact(): void {
    while (this.runs.length >= 2) {
      const newer = this.runs.pop()!;
      this.runs.push(run(merge(this.runs.pop()!.entries, newer.entries)));
    }
  }
}

/**
 * A sorted run of entries with its directory: `directory[p]` is the first entry whose key's prefix (the key divided
 * by `slot`, a power of two: its top bits) is at least `p`, so the entries of a key lie between `directory[p]` and
 * `directory[p + 1]`. Keys are hashes, spread evenly, so about eight entries share a prefix: the directory costs half
 * a byte per entry.
 */
interface Run {
  entries: Float64Array;
  directory: Uint32Array;
  slot: number;
}

/** Entries per directory slot, about. */
const SLOT_ENTRIES = 8;

function run(entries: Float64Array): Run {
  const bits = Math.min(24, Math.max(0, Math.ceil(Math.log2(entries.length / SLOT_ENTRIES))));
  const slot = 2 ** (32 - bits);
  const directory = new Uint32Array(2 ** bits + 1);
  let next = 0;
  for (let i = 0; i < entries.length; i++) {
    const prefix = Math.floor(entries[i] / (MEMBER_SPAN * slot));
    while (next <= prefix) directory[next++] = i;
  }
  while (next < directory.length) directory[next++] = entries.length;
  return { entries, directory, slot };
}

function merge(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0, j = 0, k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** The first index in [lo, hi) whose entry is at least `value` (hi when none is). */
function lowerBound(a: Float64Array, value: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
