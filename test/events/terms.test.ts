import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentTerms, properNames, quoteShingles, quotedSpans, stem } from '../../src/events/terms.js';

describe('stem', () => {
  it('should meet inflected forms of one word on one key', () => {
    assert.equal(stem('evacuated'), stem('evacuate'));
    assert.equal(stem('evacuation'), stem('evacuate'));
    assert.equal(stem('pledges'), stem('pledged'));
  });
});

describe('contentTerms', () => {
  it('should drop function words, weekdays and small numbers but keep distinctive numbers', () => {
    const terms = contentTerms('The council said on Monday it would close 14 schools for 3 days');
    assert.deepEqual(terms, ['council', 'clos', '14', 'school']);
  });
});

describe('properNames', () => {
  it('should find multi-word names and lone capitalised words inside a sentence', () => {
    const names = properNames('Mayor Lena Okafor visited Port Avrin on Friday. She met the Harbour Board of Avrin there.');
    assert.ok(names.includes('Mayor Lena Okafor'));
    assert.ok(names.includes('Port Avrin'));
    assert.ok(names.includes('Harbour Board of Avrin'));
  });

  it('should pass over a lone capitalised word that only opens a sentence, and weekdays', () => {
    const names = properNames('Officials met on Tuesday. Rain fell on Avrin.');
    assert.deepEqual(names, ['Avrin']);
  });

  it('should read a capitalised dateline as the same name written normally', () => {
    assert.deepEqual(properNames('PORT AVRIN — The port reopened.'), ['Port Avrin']);
  });
});

describe('quoteShingles', () => {
  it('should cut a quote into five-word shingles so trimmed quotes still meet', () => {
    assert.deepEqual(quoteShingles('We will rebuild every single home'), ['we will rebuild every single', 'will rebuild every single home']);
  });
});

describe('quotedSpans', () => {
  it('should find the words between quote marks', () => {
    assert.deepEqual(quotedSpans('She said: “We will rebuild every single home,” and left.'), ['We will rebuild every single home,']);
  });
});
