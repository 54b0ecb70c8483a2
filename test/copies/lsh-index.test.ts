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

  it('should find exactly the members a plain map finds, across many runs and keys at either end of the range', () => {
    // Keys drawn from a small pool (so buckets fill) plus the extreme 32-bit values; added in pages of varied size,
    // looked up between pages, so lookups meet many runs of many sizes and their directories.
    const index = new LshIndex({ bands: 1, rows: 1, bucketCap: 5 });
    const buckets = new Map<number, string[]>();
    const pool = [0, 1, 0xffffffff, 0x80000000, 0x7fffffff, ...Array.from({ length: 400 }, (_, i) => mix32(i))];
    let member = 0;
    for (let page = 0; page < 40; page++) {
      for (let n = 0; n < 1 + ((page * 37) % 90); n++, member++) {
        const keys = [pool[mix32(member) % pool.length], pool[mix32(member + 7) % pool.length] | 0];
        index.addKeys(`m${member}`, keys);
        for (const k of new Set(keys.map((x) => x >>> 0))) (buckets.get(k) ?? buckets.set(k, []).get(k)!).push(`m${member}`);
      }
      for (const key of [pool[page % pool.length], 0, 0xffffffff, 12345]) {
        const expected = new Map<string, number>();
        for (const id of (buckets.get(key >>> 0) ?? []).slice(0, 5)) expected.set(id, 1);
        assert.deepEqual(new Map([...index.candidatesForKeys([key])].sort()), new Map([...expected].sort()), `page ${page}, key ${key}`);
      }
    }
  });
});
