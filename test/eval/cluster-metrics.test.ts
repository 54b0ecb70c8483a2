import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bcubedScore, pairwiseScore } from '../../eval/cluster-metrics.js';

describe('pairwiseScore', () => {
  it('should count the pairs both clusterings put together', () => {
    const gold = new Map([['a', 'X'], ['b', 'X'], ['c', 'X'], ['d', 'Y']]);
    const predicted = new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]);
    const s = pairwiseScore(gold, predicted);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 2]);
    assert.equal(s.precision, 0.5);
  });

  it('should treat items the prediction lacks as singletons', () => {
    const s = pairwiseScore(new Map([['a', 'X'], ['b', 'X']]), new Map());
    assert.deepEqual([s.tp, s.fp, s.fn], [0, 0, 1]);
  });
});

describe('bcubedScore', () => {
  it('should score a perfect clustering 1 and all-in-one lower on precision only', () => {
    const gold = new Map([['a', 'X'], ['b', 'X'], ['c', 'Y']]);
    assert.equal(bcubedScore(gold, gold).f1, 1);
    const one = bcubedScore(gold, new Map([['a', '1'], ['b', '1'], ['c', '1']]));
    assert.equal(one.recall, 1);
    assert.ok(one.precision < 1);
  });
});
