import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from '../../src/quotes/find-quotes.js';

const texts = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('should find quotes in straight and curly marks', () => {
    assert.deepEqual(texts('He said "We are ready." She said “So are we.”'), ['We are ready.', 'So are we.']);
  });

  it('should drop the comma that stands for a full stop before the attribution', () => {
    assert.deepEqual(texts('"We are ready," he said.'), ['We are ready']);
  });

  it('should keep a quote of several sentences whole', () => {
    assert.deepEqual(texts('"It was built for a bad spring. This is more than a bad spring," she said.'), [
      'It was built for a bad spring. This is more than a bad spring',
    ]);
  });

  it('should give each paragraph of a multi-paragraph quote its own span and link them', () => {
    const text = '"The first paragraph has no closing mark.\n\n"The second one closes," he said.';
    const quotes = findQuotes(text);
    assert.deepEqual(quotes.map((q) => text.slice(q.start, q.end)), ['The first paragraph has no closing mark.', 'The second one closes']);
    assert.equal(quotes[0].runsOn, true);
    assert.equal(quotes[1].continued, true);
  });

  it('should find both halves of a split quote', () => {
    assert.deepEqual(texts('"We had minutes," the mayor said. "Not hours."'), ['We had minutes', 'Not hours.']);
  });

  it('should mark a phrase inside reported speech as partial and a sentence as direct', () => {
    const text = 'He called it "a frank exchange". She said: "We will see."';
    assert.deepEqual(findQuotes(text).map((q) => q.kind), ['partial', 'direct']);
  });

  it('should not take apostrophes for quote marks', () => {
    assert.deepEqual(texts("The town's mayor said it wasn't over and the farmers' losses weren't counted."), []);
  });

  it('should keep a quote within a quote inside the outer one', () => {
    assert.deepEqual(texts('"They asked me: “Is it safe?” I said no," he said.'), ['They asked me: “Is it safe?” I said no']);
  });

  it('should give offsets that cut the words out of the text', () => {
    const text = 'Intro.\n\n“A curly quote,” she said, and "a straight one".';
    for (const q of findQuotes(text)) assert.equal(text.slice(q.start, q.end).trim(), text.slice(q.start, q.end));
  });
});
