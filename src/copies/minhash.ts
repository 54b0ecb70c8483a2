import { mix32 } from './shingles.js';

/**
 * One-permutation MinHash (Li, Owen and Zhang 2012) with rotation densification (Shrivastava and Li 2014): each
 * element is hashed once and lands in one of `size` bins, and each bin keeps its smallest value. That costs one hash
 * per element rather than `size`, which is what lets 100k articles of 800 shingles be signed in seconds; the share of
 * equal bins between two signatures still estimates the Jaccard similarity of the two sets.
 */
export function minhash(elements: Uint32Array, size = 64, seed = 0x5eed): Uint32Array {
  if (size & (size - 1) || size < 2 || size > 1024) throw new RangeError(`minhash size must be a power of two from 2 to 1024, got ${size}.`);
  const sig = new Uint32Array(size).fill(0xffffffff);
  const filled = new Uint8Array(size);
  const shift = 32 - Math.log2(size);
  for (let i = 0; i < elements.length; i++) {
    const h = mix32(mix32(elements[i] ^ seed) + Math.imul(seed, 0x9e3779b1));
    const bin = h >>> shift;
    const value = (h << (32 - shift)) >>> (32 - shift);
    if (!filled[bin] || value < sig[bin]) {
      sig[bin] = value;
      filled[bin] = 1;
    }
  }
  densify(sig, filled);
  return sig;
}

/**
 * Fill empty bins from the next filled bin to the right (circularly), salted by the distance, so two sets that agree
 * on the filled bin agree on the borrowed one too and empty bins are not all equal to each other.
 */
function densify(sig: Uint32Array, filled: Uint8Array): void {
  const n = sig.length;
  let any = -1;
  for (let i = 0; i < n; i++) if (filled[i]) { any = i; break; }
  if (any < 0) return; // empty set: every bin stays at the sentinel
  for (let i = 0; i < n; i++) {
    if (filled[i]) continue;
    let j = (i + 1) % n;
    let distance = 1;
    while (!filled[j]) { j = (j + 1) % n; distance++; }
    sig[i] = mix32(sig[j] + Math.imul(distance, 0x9e3779b1)) ;
  }
}

/**
 * A small k-hash MinHash for short sets (a sentence's content words): `k` independent seeded mixes per element. For a
 * dozen elements this is cheaper and less noisy than binning.
 */
export function smallMinhash(elements: Uint32Array, k: number, seed = 0x5e47): Uint32Array {
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (let i = 0; i < elements.length; i++) {
    for (let j = 0; j < k; j++) {
      const h = mix32(elements[i] ^ Math.imul(seed + j, 0x9e3779b1));
      if (h < sig[j]) sig[j] = h;
    }
  }
  return sig;
}

/** Share of equal positions of two signatures of the same size: the MinHash estimate of their Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`Cannot compare signatures of ${a.length} and ${b.length} hashes.`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}
