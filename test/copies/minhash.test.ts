import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateJaccard, minhash, smallMinhash } from '../../src/copies/minhash.js';
import { contentKeys, shingleHashes, words } from '../../src/copies/shingles.js';

function set(from: number, to: number): Uint32Array {
  return Uint32Array.from({ length: to - from }, (_, i) => from + i);
}

describe('minhash', () => {
  it('should estimate the Jaccard similarity of two sets within a few points', () => {
    // [0, 1000) and [500, 1500): Jaccard 500 / 1500 = 0.333.
    const truth = 500 / 1500;
    let error = 0;
    for (let seed = 1; seed <= 20; seed++) error += Math.abs(estimateJaccard(minhash(set(0, 1000), 256, seed), minhash(set(500, 1500), 256, seed)) - truth);
    assert.ok(error / 20 < 0.04, `mean error ${error / 20}`);
  });

  it('should give equal signatures for equal sets and disjoint ones for disjoint sets', () => {
    assert.deepEqual(minhash(set(0, 300)), minhash(set(0, 300)));
    assert.ok(estimateJaccard(minhash(set(0, 300)), minhash(set(1000, 1300))) < 0.05);
  });

  it('should fill every bin of a small set (densification) so signatures stay comparable', () => {
    const sig = minhash(set(0, 5), 64);
    assert.equal(sig.filter((v) => v === 0xffffffff).length, 0);
  });

  it('should be stable across runs (seeded constants)', () => {
    assert.deepEqual([...minhash(set(10, 20), 8)], [...minhash(set(10, 20), 8)]);
    assert.deepEqual([...smallMinhash(set(10, 20), 4)], [...smallMinhash(set(10, 20), 4)]);
  });

  it('should refuse a size that is not a power of two', () => {
    assert.throws(() => minhash(set(0, 3), 100), /power of two/);
  });
});

describe('shingles', () => {
  it('should normalise case, punctuation and apostrophes', () => {
    assert.deepEqual(words('The levee "wasn’t" there, she said.'), ['the', 'levee', 'wasnt', 'there', 'she', 'said']);
  });

  it('should cut content words so a garbled name keeps its key', () => {
    assert.deepEqual(contentKeys('Minister Teodora Brask'), contentKeys('Minister Teodor Brask'));
  });

  it('should give one hash per k-word window', () => {
    assert.equal(shingleHashes(words('a b c d e'), 3).length, 3);
    assert.equal(shingleHashes(words('a b'), 3).length, 1);
  });
});
