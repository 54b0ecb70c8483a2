import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeTaggerModel, encodeTaggerModel, type TaggerModel } from '../../src/nlp/tagger-model.js';

function smallModel(): TaggerModel {
  return {
    featureSet: 'test-set',
    tags: ['NOUN', 'VERB', 'PUNCT'],
    keys: Int32Array.from([17, -5, 123456789]),
    templates: Uint8Array.from([1, 2, 24]),
    weights: Float32Array.from([1.5, 0, -2.25, 0, 0, 0.001, 10, -10, 0.5]),
    dictionary: new Map([
      ['the', 0],
      ['.', 2],
    ]),
    classDictionary: new Map([['oov|PROPN', 1]]),
    lexicon: { forms: new Map([['run', 0], ['Ünïcödé', 1], ['\u0000bad', 0]]), classes: ['VERB|NOUN_VERB|0', 'NOUN|NOUN|0'] },
  };
}

describe('encodeTaggerModel', () => {
  it('should round-trip keys, templates, dictionaries and the lexicon, and weights to 16-bit precision', () => {
    const model = smallModel();
    const back = decodeTaggerModel(encodeTaggerModel(model));
    assert.equal(back.featureSet, 'test-set');
    assert.deepEqual(back.tags, model.tags);
    assert.deepEqual([...back.keys], [...model.keys]);
    assert.deepEqual([...back.templates], [...model.templates]);
    assert.deepEqual(back.dictionary, model.dictionary);
    assert.deepEqual(back.classDictionary, model.classDictionary);
    assert.deepEqual(back.lexicon.classes, model.lexicon.classes);
    // A form holding NUL cannot be stored; the others come back.
    assert.deepEqual([...back.lexicon.forms], [['run', 0], ['Ünïcödé', 1]]);
    assert.equal(back.lexicon.forms.get('run'), 0);
    assert.equal(back.lexicon.forms.get('Ünïcödé'), 1);
    assert.equal(back.lexicon.forms.get('ru'), undefined);
    assert.equal(back.lexicon.forms.get('runs'), undefined);
    const step = 10 / 32767;
    model.weights.forEach((w, i) => assert.ok(Math.abs(back.weights[i] - w) <= step, `weight ${i}: ${back.weights[i]} for ${w}`));
  });

  it('should refuse data that is not a tagger model', () => {
    assert.throws(() => decodeTaggerModel(Buffer.from('not a model')));
  });
});
