import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNumbers } from '../../src/figures/find-numbers.js';
import { findQuantities } from '../../src/figures/find-quantities.js';
import { parseNumber } from '../../src/figures/parse-number.js';

/** Values as the quantity finder gives them: a number, or [low, high] for a range. */
const found = (text: string): Array<number | [number, number]> =>
  findQuantities(text).map((q) => (q.high !== undefined ? [q.value, q.high] : q.value));

describe('negative numbers', () => {
  it('should read "minus" written as a word, with a space or a hyphen', () => {
    assert.deepEqual(found('Temperatures fell to minus 5 overnight.'), [-5]);
    assert.deepEqual(found('The gas is cooled to minus-260 degrees.'), [-260]);
  });

  it('should read a hyphen or a minus sign written onto the numeral', () => {
    assert.deepEqual(found('Shares closed -1.3% lower.'), [-1.3]);
    assert.deepEqual(found('Tonight it will be −5°C.'), [-5]);
    assert.deepEqual(found('The balance fell to $-50.8bn.'), [-50_800_000_000]);
  });

  it('should not take the name before a negative change for an identifier', () => {
    assert.deepEqual(found('FTSE -0.6% CAC -1.7%'), [-0.6, -1.7]);
  });

  it('should keep a dash between numbers and inside names for what it was', () => {
    assert.deepEqual(found('a 15-22 split'), [[15, 22]]);
    assert.deepEqual(found('a COVID-19 ward'), []);
    assert.deepEqual(found('about 2000 - 2500 calories'), [[2000, 2500]]);
  });
});

describe('magnitude suffixes', () => {
  it('should read a letter after a currency sign as a scale', () => {
    assert.deepEqual(found('a $1.2bn deal and a £3.5 billion loan'), [1_200_000_000, 3_500_000_000]);
    assert.deepEqual(found('worth RM3.06mil'), [3_060_000]);
  });

  it('should read "k" and a capital B set apart as scales', () => {
    assert.deepEqual(found('40k fans came'), [40_000]);
    assert.deepEqual(found('about 8 B people'), [8_000_000_000]);
    assert.deepEqual(found('it is 8 m deep'), [8]);
  });

  it('should read "m" as million before what it counts', () => {
    assert.deepEqual(found('output of 1.2m tons of ilmenite'), [1_200_000]);
    assert.deepEqual(found('it has 35m of its devices installed'), [35_000_000]);
    assert.deepEqual(found('with 2.7m digital sales'), [2_700_000]);
  });

  it('should read "m" as metres before a dimension, after "a", or with nothing counted', () => {
    assert.deepEqual(findNumbers('a wall 40m high').map((n) => [n.value, n.suffix]), [[40, 'm']]);
    assert.deepEqual(found('a 40m wall'), [40]);
    assert.deepEqual(found('the 37m (121ft)-long skeleton'), [37, 121]);
  });
});

describe('scale words after numerals', () => {
  it('should multiply a numeral by each scale word after it', () => {
    assert.equal(parseNumber('4 hundred')?.value, 400);
    assert.equal(parseNumber('4 hundred million')?.value, 400_000_000);
    assert.deepEqual(found('There were 4 hundred people.'), [400]);
    assert.deepEqual(found('There were 4 hundred million people.'), [400_000_000]);
  });
});

describe('sub- and fractions', () => {
  it('should read the number after "sub-"', () => {
    assert.deepEqual(found('demand for sub-300 sq m offices'), [300]);
    assert.deepEqual(found('sub-7 nanometer chips'), [7]);
  });

  it('should read "one out of three" as a share', () => {
    assert.deepEqual(found('One out of three Germans have housing problems.'), [1 / 3]);
    assert.deepEqual(found('8 out of 10 owners'), [0.8]);
  });

  it('should read "one fourth" and "a fifth" as fractions before "of", and as ordinals otherwise', () => {
    assert.deepEqual(found('One fourth of the population is vaccinated.'), [0.25]);
    assert.deepEqual(found('a fifth of the budget'), [0.2]);
    assert.deepEqual(found('a fifth straight day'), []);
    assert.deepEqual(found('a third term'), []);
  });

  it('should read "half a" scale word as a count', () => {
    assert.deepEqual(found('half a million people'), [500_000]);
    assert.deepEqual(found('half a dozen eggs'), [6]);
    assert.deepEqual(found('half the votes'), [0.5]);
  });
});

describe('year-like ends of ranges', () => {
  it('should keep a year-like end when the other end is a plain count', () => {
    assert.deepEqual(found('going from 1000 to 2000 hires this year'), [[1000, 2000]]);
    assert.deepEqual(found('between 1500 and 2000 people'), [[1500, 2000]]);
  });

  it('should still drop years, spans of years and a year before a smaller number', () => {
    assert.deepEqual(found('from 1999 to 2005'), []);
    assert.deepEqual(found('the 2014-15 season'), []);
    assert.deepEqual(found('rose from 10% in 2019 to 25% in 2020'), [10, 25]);
  });

  it('should not scale a low end far above the high end', () => {
    assert.deepEqual(found('claims ranging from $200 to $4 million'), [[200, 4_000_000]]);
    assert.deepEqual(found('from $10 to $15 billion'), [[10_000_000_000, 15_000_000_000]]);
  });
});

describe('garbled pound sign', () => {
  it('should read "PS" before an amount as pounds', () => {
    const [q] = findQuantities('an PS8.1bn hostile takeover');
    assert.equal(q.value, 8_100_000_000);
    assert.equal(q.currency, 'GBP');
    assert.deepEqual(found('a total of HK $216,925 (PS21,700)'), [216_925, 21_700]);
  });

  it('should leave consoles and lower-case "ps" alone', () => {
    assert.deepEqual(found('PS5 and PS4 sales'), []);
    assert.deepEqual(found('ps100'), []);
  });
});
