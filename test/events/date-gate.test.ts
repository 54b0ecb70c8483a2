import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_SCORE, CONTENT_ONLY_SCORE, dayGap, requiredScore } from '../../src/events/date-gate.js';

describe('dayGap', () => {
  it('should allow firm days up to two apart and rule out more', () => {
    assert.equal(dayGap({ trust: 'firm', day: 100 }, { trust: 'firm', day: 101 }), 1);
    assert.equal(dayGap({ trust: 'firm', day: 100 }, { trust: 'firm', day: 103 }), Infinity);
  });

  it('should let a report dated only by publication come up to a week after the happening, not before it', () => {
    assert.equal(dayGap({ trust: 'firm', day: 100 }, { trust: 'upper', day: 100 }), 0);
    assert.ok(dayGap({ trust: 'firm', day: 100 }, { trust: 'upper', day: 106 })! < 3);
    assert.equal(dayGap({ trust: 'firm', day: 100 }, { trust: 'upper', day: 98 }), Infinity);
    assert.equal(dayGap({ trust: 'firm', day: 100 }, { trust: 'upper', day: 108 }), Infinity);
  });

  it('should not compare an article without a reliable date', () => {
    assert.equal(dayGap({ trust: 'none', day: null }, { trust: 'firm', day: 100 }), null);
  });
});

describe('requiredScore', () => {
  it('should ask more of articles further apart and of articles grouped by content alone', () => {
    assert.equal(requiredScore({ trust: 'firm', day: 5 }, { trust: 'firm', day: 5 }), BASE_SCORE);
    assert.ok(requiredScore({ trust: 'firm', day: 5 }, { trust: 'firm', day: 6 }) > BASE_SCORE);
    assert.equal(requiredScore({ trust: 'none', day: null }, { trust: 'firm', day: 5 }), CONTENT_ONLY_SCORE);
  });

  it('should take unreliable own dates as a hint: the same day lowers the bar, days apart raise it', () => {
    const a = { trust: 'none' as const, day: null, ownDay: 10 };
    assert.ok(requiredScore(a, { trust: 'none', day: null, ownDay: 10 }) < CONTENT_ONLY_SCORE);
    assert.ok(requiredScore(a, { trust: 'none', day: null, ownDay: 40 }) > CONTENT_ONLY_SCORE);
  });
});
