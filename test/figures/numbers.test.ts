import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNumbers } from '../../src/figures/find-numbers.js';
import { parseNumber } from '../../src/figures/parse-number.js';

const values = (text: string): number[] => findNumbers(text).map((n) => n.value);

describe('parseNumber', () => {
  it('should read numerals with thousands separators and decimals', () => {
    assert.equal(parseNumber('3,400')?.value, 3400);
    assert.equal(parseNumber('12,750')?.value, 12750);
    assert.equal(parseNumber('7.3')?.value, 7.3);
  });

  it('should apply a scale word or abbreviation', () => {
    assert.equal(parseNumber('1.2 million')?.value, 1_200_000);
    assert.equal(parseNumber('5 million')?.value, 5_000_000);
    assert.equal(parseNumber('3m')?.value, 3_000_000);
    assert.equal(parseNumber('7.2bn')?.value, 7_200_000_000);
  });

  it('should read number words, hyphenated tens and scales', () => {
    assert.equal(parseNumber('eight')?.value, 8);
    assert.equal(parseNumber('Forty')?.value, 40);
    assert.equal(parseNumber('twenty-two')?.value, 22);
    assert.equal(parseNumber('one hundred and fifty')?.value, 150);
    assert.equal(parseNumber('a dozen')?.value, 12);
    assert.equal(parseNumber('three hundred thousand')?.value, 300_000);
  });

  it('should read fractions as fractions', () => {
    assert.deepEqual(parseNumber('two-thirds'), { value: 2 / 3, kind: 'fraction' });
    assert.equal(parseNumber('a third')?.value, 1 / 3);
    assert.equal(parseNumber('half')?.value, 0.5);
  });

  it('should read vague amounts as ranges', () => {
    assert.deepEqual(parseNumber('hundreds'), { value: 100, high: 1000, kind: 'vague' });
    assert.deepEqual(parseNumber('tens of thousands'), { value: 10_000, high: 100_000, kind: 'vague' });
  });

  it('should refuse words that are not numbers', () => {
    assert.equal(parseNumber('levee'), undefined);
  });
});

describe('findNumbers', () => {
  it('should find numerals and number words with exact offsets', () => {
    const text = 'Eleven people were missing and about 2,300 residents were evacuated.';
    for (const n of findNumbers(text)) assert.equal(text.slice(n.start, n.end), n.text);
    assert.deepEqual(findNumbers(text).map((n) => n.text), ['Eleven', '2,300']);
  });

  it('should keep a currency sign and its scale with the number', () => {
    const [n] = findNumbers('The fund holds $3m for repairs.');
    assert.equal(n.text, '$3m');
    assert.equal(n.value, 3_000_000);
    assert.equal(n.currency, 'USD');
  });

  it('should read "40m" without a currency sign as forty of something, not forty million', () => {
    assert.deepEqual(values('a breach 40m wide'), [40]);
  });

  it('should leave out years, dates and times of day', () => {
    assert.deepEqual(values('A 2019 report flagged the levee.'), []);
    assert.deepEqual(values('The levee broke on April 3 and on 4 April.'), []);
    assert.deepEqual(values('It opened shortly before 3 a.m. and at 7.30 a.m. and at 10:45.'), []);
    assert.deepEqual(values('At ten to six the bus left.'), []);
  });

  it('should leave out ordinals, identifiers, ages in apposition, addresses and phone numbers', () => {
    assert.deepEqual(values('the 22nd amendment'), []);
    assert.deepEqual(values('tickets in Section 427 Row 21'), []);
    assert.deepEqual(values('the S&P 500 rose'), []);
    assert.deepEqual(values('said Dosti, 54, who runs the bakery'), []);
    assert.deepEqual(values('He lives at 10 Downing Street.'), []);
    assert.deepEqual(values('Call 020 7946 0123 today.'), []);
    assert.deepEqual(values('a COVID-19 ward'), []);
  });

  it('should keep a year-like number that counts something', () => {
    assert.deepEqual(values('About 2000 people left.'), [2000]);
  });

  it('should not take "no one" or "one another" for a count', () => {
    assert.deepEqual(values('No one knew; they helped one another.'), []);
  });

  it('should find fractions but not "a third-party" or "half past"', () => {
    assert.deepEqual(values('two-thirds of them were back'), [2 / 3]);
    assert.deepEqual(values('a third-party review at half past nine'), []);
  });
});

describe('wordsBefore', () => {
  it('should give the words before an offset, nearest first, stopping at punctuation', async () => {
    const { wordsBefore } = await import('../../src/figures/words.js');
    const text = 'Police said, at least 60';
    assert.deepEqual(wordsBefore(text, text.indexOf('60'), 4).map((w) => w.word), ['least', 'at']);
  });
});
