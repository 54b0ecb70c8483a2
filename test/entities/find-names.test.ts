import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesIn } from './helpers.js';

describe('findNames', () => {
  it('should keep initials inside a name', () => {
    const text = 'The report was written by Ana R. Delgado last year.';
    assert.deepEqual(namesIn(text).map((n) => n.text), ['Ana R. Delgado']);
  });

  it('should keep an honorific with the name and note it', () => {
    const [n] = namesIn('The clinic is run by Dr. Lena Okafor and her staff.');
    assert.equal(n.text, 'Dr. Lena Okafor');
    assert.equal(n.honorific, 'dr');
  });

  it('should split a pre-nominal title off the name', () => {
    const [n] = namesIn('On Monday, Foreign Minister Pavel Strand arrived.');
    assert.equal(n.text, 'Pavel Strand');
    assert.equal(n.title?.text, 'Foreign Minister');
  });

  it('should join a hyphenated surname and name particles', () => {
    const texts = namesIn('Guests included Maria Lopez-Ortega and Jan van der Berg.').map((n) => n.text);
    assert.deepEqual(texts, ['Maria Lopez-Ortega', 'Jan van der Berg']);
  });

  it('should continue a name over "of" after an organisation head', () => {
    assert.deepEqual(namesIn('She studied at the University of Leeds.').map((n) => n.text), ['University of Leeds']);
  });

  it('should not take sentence-initial capitalised common words for names', () => {
    const text = 'Rescue teams arrived at dawn. Several rescue boats were lost. Residents said the residents of the town left.';
    assert.deepEqual(namesIn(text).map((n) => n.text), []);
  });

  it('should keep a sentence-initial surname the text capitalises elsewhere', () => {
    const text = 'The plan was drawn up by Karin Westby. Westby said it would work.';
    assert.deepEqual(namesIn(text).map((n) => n.text), ['Karin Westby', 'Westby']);
  });

  it('should mark an all-caps dateline and not read the word after the dash as a name', () => {
    const text = 'PORT ELLIS, May 2 (XNA) — Officials said on Friday that the bridge had reopened.';
    const names = namesIn(text);
    assert.equal(names[0].text, 'PORT ELLIS');
    assert.equal(names[0].dateline, true);
    assert.ok(!names.some((n) => n.text === 'Officials' || n.text === 'XNA'), names.map((n) => n.text).join(', '));
  });

  it('should keep from a heading only the words the prose capitalises', () => {
    const text = 'Karin Westby Wins Harbour Board Vote\nThe harbour board chose Karin Westby as its chair on Monday.';
    assert.deepEqual(namesIn(text).map((n) => n.text), ['Karin Westby', 'Karin Westby']);
  });

  it('should not take a nationality adjective before a noun, or a model number, for a name', () => {
    const text = 'Israeli forces and Kenyan police were there. The Q10 phone sold well.';
    assert.deepEqual(namesIn(text).map((n) => n.text), []);
  });

  it('should tie an acronym in brackets to the name before it', () => {
    const names = namesIn('The Northern Water Board (NWB) said the dam was safe.');
    assert.equal(names[1].text, 'NWB');
    assert.equal(names[1].abbreviates, 0);
  });

  it('should give offsets that slice back to the mention', () => {
    const text = 'Yesterday, Mr. Tobias Grell met Mayor Ines Varro in Lindholm.';
    for (const n of namesIn(text)) assert.equal(text.slice(n.start, n.end), n.text);
  });
});
