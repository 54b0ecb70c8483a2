import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuantities } from '../../src/figures/find-quantities.js';
import { findQualifier } from '../../src/figures/qualifier.js';

describe('findQualifier', () => {
  const qualifierOf = (text: string): string | null => findQualifier(text, text.search(/\d/))?.qualifier ?? null;

  it('should normalise the usual qualifiers', () => {
    assert.equal(qualifierOf('killing at least 4 people'), 'at least');
    assert.equal(qualifierOf('More than 20 people'), 'more than');
    assert.equal(qualifierOf('About 400 people'), 'about');
    assert.equal(qualifierOf('roughly 400 people'), 'about');
    assert.equal(qualifierOf('up to 3,400 people'), 'up to');
    assert.equal(qualifierOf('as many as 3,400 people'), 'up to');
  });

  it('should read almost and close to as nearly', () => {
    assert.equal(qualifierOf('almost 38,000 people'), 'nearly');
    assert.equal(qualifierOf('close to 38,000 people'), 'nearly');
    assert.equal(qualifierOf('Nearly 38,000 people'), 'nearly');
  });

  it('should keep "some" and "over" as their own words and read a verb of passing as more than', () => {
    assert.equal(qualifierOf('home to some 2,000 people'), 'some');
    assert.equal(qualifierOf('over 60 people'), 'over');
    assert.equal(qualifierOf('the toll soared past 40'), 'more than');
  });

  it('should give null when nothing qualifies the number', () => {
    assert.equal(qualifierOf('The order covers 12,750 residents'), null);
  });
});

describe('findQuantities', () => {
  it('should mark percentages and money with their unit', () => {
    const [pct, money] = findQuantities('Lake Gavran was 98 percent full; donors gave 42 million crowns.');
    assert.equal(pct.percent, true);
    assert.equal(money.money, true);
    assert.equal(money.unit, 'crowns');
    assert.equal(money.value, 42_000_000);
  });

  it('should join ranges written with "to", a dash or "between … and"', () => {
    const ranges = (text: string): Array<[number, number | undefined]> => findQuantities(text).map((q) => [q.value, q.high]);
    assert.deepEqual(ranges('another 60 to 80 millimetres of rain'), [[60, 80]]);
    assert.deepEqual(ranges('a 5-10W laser'), [[5, 10]]);
    assert.deepEqual(ranges('between $48,000 and $90,000 a year'), [[48_000, 90_000]]);
    assert.deepEqual(ranges('from $10 to $15 billion'), [[10_000_000_000, 15_000_000_000]]);
  });

  it('should keep a change and a level apart ("rose by X to Y")', () => {
    assert.deepEqual(findQuantities('the deficit increased by $43.6 billion to $419.2 billion').map((q) => q.value), [43_600_000_000, 419_200_000_000]);
  });
});
