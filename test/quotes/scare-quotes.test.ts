import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf } from './helpers.js';

describe('isScareQuote', () => {
  it('should skip a short phrase in marks that no speech verb frames', () => {
    assert.deepEqual(quotesOf('The so-called "deal" fell apart on Friday.'), []);
  });

  it('should skip the title of a work', () => {
    assert.deepEqual(quotesOf('He appeared on "Meet the Press" to defend the plan.'), []);
  });

  it('should keep a short phrase a speech verb frames', () => {
    assert.deepEqual(quotesOf('Paul Hendry called it "a frank exchange".').map((q) => q.text), ['a frank exchange']);
  });

  it('should keep a one-word direct answer with its attribution', () => {
    assert.deepEqual(quotesOf('"Never," Maria Lopez said.').map((q) => q.text), ['Never']);
  });
});
