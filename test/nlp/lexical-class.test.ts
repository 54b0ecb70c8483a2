import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lexicalClass, type Lexicon } from '../../src/nlp/lexical-class.js';

const lexicon: Lexicon = {
  forms: new Map([
    ['minister', 0],
    ['said', 1],
    ['the', 2],
  ]),
  classes: ['NOUN|NOUN_VERB|0', 'VERB|ADJ_VERB|0', 'DET|DET|0'],
};

describe('lexicalClass', () => {
  it("should give a known form its lexicon's class", () => {
    assert.equal(lexicalClass('said', lexicon), 'VERB|ADJ_VERB|0');
  });

  it('should make a capitalised noun outside the lexicon a proper noun, keeping its tag set', () => {
    assert.equal(lexicalClass('Minister', lexicon), 'oov-case|PROPN|NOUN_VERB');
    assert.equal(lexicalClass('THE', lexicon), 'oov-case|DET|DET');
  });

  it('should guess an unknown lower-case word from its ending or beginning, as wink does', () => {
    assert.equal(lexicalClass('reflooding', lexicon), 'oov|VERB');
    assert.equal(lexicalClass('floodly', lexicon), 'oov|ADV');
    assert.equal(lexicalClass('antiflood', lexicon), 'oov|ADJ');
    assert.equal(lexicalClass('blorp', lexicon), 'oov|NOUN');
  });

  it('should make any other unknown form a proper noun', () => {
    assert.equal(lexicalClass('Belmoor', lexicon), 'oov|PROPN');
    assert.equal(lexicalClass('3,400', lexicon), 'oov|PROPN');
    assert.equal(lexicalClass('', lexicon), 'oov|PROPN');
  });
});
