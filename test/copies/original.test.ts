import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { credibleDay, credits, headTags, isMoreOriginal, sameOutlet, type OriginMeta } from '../../src/copies/original.js';

function meta(over: Partial<OriginMeta>): OriginMeta {
  return { id: 'x', outlet: null, credit: null, credibleDay: '2024-04-03', size: 100, headTags: [], ...over };
}

describe('isMoreOriginal', () => {
  it('should prefer the earlier credible date', () => {
    assert.ok(isMoreOriginal(meta({ id: 'b', credibleDay: '2024-04-03', size: 50 }), meta({ id: 'a', credibleDay: '2024-04-04' })));
  });

  it('should ignore a date that is not credible and prefer the more complete text', () => {
    assert.equal(credibleDay('2024-04-01', 'low', []), null);
    assert.equal(credibleDay('2024-04-01', 'medium', ['The page says 2025']), null);
    assert.equal(credibleDay('2024-04-01T10:00:00Z', 'high', []), '2024-04-01');
    assert.ok(isMoreOriginal(meta({ id: 'b', credibleDay: null, size: 160 }), meta({ id: 'a', credibleDay: '2024-04-01', size: 120 })));
  });

  it('should prefer the outlet the other credits when date and text agree', () => {
    const wire = meta({ id: 'z', outlet: 'WNA' });
    const repost = meta({ id: 'a', outlet: 'The Daily Paper', headTags: headTags('CITY, April 3 (WNA) — The levee broke.') });
    assert.ok(isMoreOriginal(wire, repost));
    assert.ok(!isMoreOriginal(repost, wire));
  });

  it('should be a total order so a group has one original', () => {
    const a = meta({ id: 'a' }), b = meta({ id: 'b' });
    assert.notEqual(isMoreOriginal(a, b), isMoreOriginal(b, a));
  });
});

describe('credits', () => {
  it('should match an outlet by name or initials, never its own', () => {
    assert.ok(sameOutlet('Western News Agency', 'WNA'));
    assert.ok(sameOutlet('The Daily Paper', 'daily paper'));
    assert.ok(credits(meta({ outlet: 'The Daily Paper', credit: 'Western News Agency' }), 'WNA'));
    assert.ok(!credits(meta({ outlet: 'WNA', headTags: ['WNA'] }), 'WNA'));
  });
});
