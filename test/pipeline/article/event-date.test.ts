import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateMention, Sentence } from '../../../src/model.js';
import { findEventDate } from '../../../src/pipeline/article/event-date.js';

/** One-sentence-per-paragraph spans of a text, and a date mention at the first occurrence of some words. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start: at, end: at + part.length, paragraph: out.length });
    at += part.length + 2;
  }
  return out;
}
function mention(text: string, words: string, date: string): DateMention {
  const start = text.indexOf(words);
  return { text: words, start, end: start + words.length, date, absolute: false };
}

describe('findEventDate', () => {
  it('should take the weekday of the lead: "on Thursday" in a piece published on Friday', () => {
    const text = 'Rebels freed eight hostages on Thursday, officials said.\n\nTalks go on.';
    const r = findEventDate(text, sentencesOf(text), [mention(text, 'on Thursday', '2021-06-10')], '2021-06-11');
    assert.equal(r.date, '2021-06-10');
    assert.match(r.evidence ?? '', /on Thursday/);
  });

  it('should pass over a date inside a relative clause and keep the publication date', () => {
    const text = 'The levee that failed on Wednesday had been flagged as weak five years ago, records show.';
    const r = findEventDate(text, sentencesOf(text), [mention(text, 'on Wednesday', '2024-04-03')], '2024-04-07');
    assert.equal(r.date, '2024-04-07');
    assert.match(r.evidence ?? '', /publication date/);
  });

  it('should pass over durations and dates after publication', () => {
    const text = 'Two weeks after the flood, farmers are back. The inquiry reports by the end of October.';
    const dates = [mention(text, 'Two weeks after', '2024-05-02'), mention(text, 'the end of October', '2024-10-31')];
    assert.equal(findEventDate(text, sentencesOf(text), dates, '2024-04-18').date, '2024-04-18');
  });

  it('should not look past the first two sentences', () => {
    const text = 'Aid arrived.\n\nMore came.\n\nOn Monday the roads opened.';
    const r = findEventDate(text, sentencesOf(text), [mention(text, 'On Monday', '2024-04-15')], '2024-04-17');
    assert.equal(r.date, '2024-04-17');
  });

  it('should give no event date to an undated article', () => {
    assert.deepEqual(findEventDate('Water rose on Saturday.', [], [], null), { date: null, evidence: null });
  });
});
