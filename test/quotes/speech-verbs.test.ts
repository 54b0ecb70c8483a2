import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSpeechVerb, speechVerbLemma } from '../../src/quotes/speech-verbs.js';

describe('speechVerbs', () => {
  it('should know the forms of common speech verbs', () => {
    for (const w of ['said', 'says', 'told', 'added', 'Asked', 'wrote', 'tweeted', 'insisted', 'described']) assert.ok(isSpeechVerb(w), w);
  });

  it('should map a form to its lemma', () => {
    assert.equal(speechVerbLemma('told'), 'tell');
  });

  it('should leave out verbs of thought and perception', () => {
    for (const w of ['thought', 'saw', 'felt', 'walked']) assert.equal(isSpeechVerb(w), false, w);
  });
});
