import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDateMentions, judgePublished, toDay, yearForWeekday } from '../../../src/pipeline/article/dates.js';

const NOW = new Date('2026-01-01T12:00:00Z');

describe('judgePublished', () => {
  it('should trust a page date that agrees with the text', () => {
    const j = judgePublished('The levee broke on Wednesday, April 3, officials said.', '2024-04-04', 'header line', NOW);
    assert.equal(j.published, '2024-04-04');
    assert.equal(j.confidence, 'high');
    assert.deepEqual(j.warnings, []);
  });

  it('should flag a page dated a year after its events and date it from the text', () => {
    const text = 'The minister told parliament on Thursday that the levee, which failed on Wednesday, April 3, had not been inspected since 2019.';
    const j = judgePublished(text, '2025-04-12', 'header line', NOW);
    assert.equal(j.published, '2024-04-12');
    assert.equal(j.confidence, 'medium');
    assert.match(j.warnings[0], /2025-04-12/);
  });

  it('should estimate an undated article from the latest firm date in its text', () => {
    const j = judgePublished('The fund was announced on Wednesday, April 10, and the first payments follow within ten days.', null, null, NOW);
    assert.equal(j.published, '2024-04-10');
    assert.equal(j.confidence, 'low');
  });

  it('should leave an article with no date evidence undated', () => {
    assert.equal(judgePublished('Divers recovered more bodies on Saturday.', null, null, NOW).published, null);
  });

  it('should drop a page date in the future', () => {
    const j = judgePublished('Water rose.', '2030-01-01', 'meta', NOW);
    assert.equal(j.published, null);
    assert.match(j.warnings[0], /future/);
  });
});

describe('findDateMentions', () => {
  it('should resolve a weekday to the one just gone', () => {
    const [m] = findDateMentions('Officials said on Thursday that the water was falling.', new Date('2021-06-11T12:00:00Z'));
    assert.equal(m.date, '2021-06-10');
    assert.equal(m.absolute, false);
  });

  it('should fix the year of a dated weekday by the weekday', () => {
    assert.equal(yearForWeekday(4, 11, 4, 2025), 2024);
  });

  it('should read an ordinal day beside a month, an end of month and a zone after a weekday', () => {
    const reference = new Date('2024-06-01T12:00:00Z');
    const read = (text: string) => findDateMentions(text, reference).map((m) => [m.text, m.date, m.firm]);
    assert.deepEqual(read('The dam opened on the third of May, 2024, officials said.'), [['third of May, 2024', '2024-05-03', false]]);
    assert.deepEqual(read('It closed at the end of May.'), [['end of May', '2024-05-31', false]]);
    assert.deepEqual(read('Talks resumed on Tuesday EST and ended May 3 2024.'), [
      ['on Tuesday EST', '2024-05-28', false],
      ['May 3 2024', '2024-05-03', true],
    ]);
  });

  it('should not take a month name used as a verb for a date', () => {
    assert.deepEqual(findDateMentions('Residents may return home soon.', NOW), []);
  });
});

describe('toDay', () => {
  it('should normalise dates and date-times', () => {
    assert.equal(toDay('2024-04-03T08:00:00Z'), '2024-04-03');
    assert.equal(toDay('Wed, 03 Apr 2024 08:00:00 GMT'), '2024-04-03');
    assert.equal(toDay('not a date'), null);
  });
});
