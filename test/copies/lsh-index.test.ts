import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandKeys, LshIndex } from '../../src/copies/lsh-index.js';
import { minhash } from '../../src/copies/minhash.js';
import { mix32 } from '../../src/copies/shingles.js';

/** A random set of 300 elements, deterministic per seed. */
function randomSet(seed: number): Uint32Array {
  return Uint32Array.from({ length: 300 }, (_, i) => mix32(seed * 1_000_003 + i));
}

describe('LshIndex', () => {
  it('should find a near-duplicate among thousands of articles', () => {
    const index = new LshIndex({ bands: 16, rows: 4 });
    for (let i = 0; i < 5000; i++) index.add(`a${i}`, minhash(randomSet(i)));
    const near = randomSet(1234).slice();
    for (let i = 0; i < 20; i++) near[i] = mix32(999_999 + i); // 20 of 300 elements changed: Jaccard ≈ 0.88
    assert.deepEqual(index.candidates(minhash(near)), ['a1234']);
  });

  it('should pair only similar members, never all pairs', () => {
    const index = new LshIndex({ bands: 16, rows: 4 });
    for (let i = 0; i < 2000; i++) index.add(`a${i}`, minhash(randomSet(i)));
    index.add('copy', minhash(randomSet(77)));
    const pairs = [...index.pairs().keys()].map((code) => index.pairIds(code).sort().join(' '));
    assert.deepEqual(pairs, ['a77 copy']);
  });

  it('should pair a newcomer with at most bucketCap members of one bucket', () => {
    const index = new LshIndex({ bands: 1, rows: 1, bucketCap: 3 });
    for (let i = 0; i < 10; i++) index.addKeys(`a${i}`, [42]);
    assert.deepEqual(index.candidates([0]).length, 0);
    assert.deepEqual([...index.candidatesForKeys([42]).keys()], ['a0', 'a1', 'a2']);
    assert.equal(index.pairs().size, 1 + 2 + 7 * 3); // a1 meets a0; a2 meets a0, a1; a3…a9 meet a0, a1, a2
  });

  it('should answer for members added after a lookup (incremental)', () => {
    const index = new LshIndex({ bands: 16, rows: 4 });
    index.add('old', minhash(randomSet(1)));
    assert.deepEqual(index.candidates(minhash(randomSet(1))), ['old']);
    index.add('new', minhash(randomSet(2)));
    assert.deepEqual(index.candidates(minhash(randomSet(2))), ['new']);
  });

  it('should give the same band keys for the same signature, one per band', () => {
    const sig = minhash(randomSet(5));
    assert.deepEqual(bandKeys(sig, 16, 4), new LshIndex({ bands: 16, rows: 4 }).bandKeys(sig));
    assert.equal(bandKeys(sig, 16, 4).length, 16);
    assert.throws(() => bandKeys(sig, 16, 8), /cannot fill/);
  });
});
