import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, speakers } from './helpers.js';

describe('attributeQuote', () => {
  it('should attribute "…," X said', () => {
    assert.deepEqual(speakers('"We are ready," Maria Lopez said.'), [['We are ready', 'Maria Lopez']]);
  });

  it('should attribute "…," said X with an appositive after the name', () => {
    assert.deepEqual(speakers('"We are ready," said Maria Lopez, the harbour master.'), [['We are ready', 'Maria Lopez']]);
  });

  it('should attribute X said: "…"', () => {
    assert.deepEqual(speakers('Maria Lopez said: "We are ready."'), [['We are ready.', 'Maria Lopez']]);
  });

  it('should attribute X told reporters: "…" and record the verb as written', () => {
    const [q] = quotesOf('Maria Lopez told reporters: "We are ready."');
    assert.equal(q.speaker.name, 'Maria Lopez');
    assert.equal(q.verb, 'told');
  });

  it('should attribute according to X', () => {
    assert.deepEqual(speakers('The bridge will stay shut "until the engineers are happy," according to Maria Lopez.'), [
      ['until the engineers are happy', 'Maria Lopez'],
    ]);
  });

  it('should attribute X called it "…" as a partial quote', () => {
    const [q] = quotesOf('Governor Paul Hendry called it "a frank exchange" and left.');
    assert.equal(q.speaker.name, 'Paul Hendry');
    assert.equal(q.verb, 'called');
    assert.equal(q.kind, 'partial');
  });

  it('should attribute X added', () => {
    assert.deepEqual(speakers('Maria Lopez spoke first. "It is not over," Lopez added.'), [['It is not over', 'Maria Lopez']]);
  });

  it('should attribute both halves of a split quote and link the second to the first', () => {
    const quotes = quotesOf('"We had minutes," Maria Lopez said. "Not hours."');
    assert.deepEqual(quotes.map((q) => q.speaker.name), ['Maria Lopez', 'Maria Lopez']);
    assert.equal(quotes[1].continues, quotes[0].id);
  });

  it('should attribute a multi-paragraph quote to the speaker named at its end', () => {
    const quotes = quotesOf('"The first part runs on.\n\n"The second part closes," Maria Lopez said.');
    assert.deepEqual(quotes.map((q) => q.speaker.name), ['Maria Lopez', 'Maria Lopez']);
  });

  it('should attribute a quote to the speaker of the sentence before it', () => {
    assert.deepEqual(speakers('Maria Lopez said on Monday that the road was shut. "It will be shut for a week."'), [
      ['It will be shut for a week.', 'Maria Lopez'],
    ]);
  });

  it('should keep a quote that names another speaker in the third person, attributed to who says it', () => {
    assert.deepEqual(speakers('"Paul Hendry said the road was safe. He was wrong," Maria Lopez said.'), [
      ['Paul Hendry said the road was safe. He was wrong', 'Maria Lopez'],
    ]);
  });

  it('should take the day the words were said from a date after the verb', () => {
    const text = 'Maria Lopez said on Tuesday: "We are ready."';
    const at = text.indexOf('on Tuesday');
    const [q] = quotesOf(text, { dates: [{ text: 'on Tuesday', start: at, end: at + 10, date: '2024-04-09', absolute: false }] });
    assert.equal(q.saidOn, '2024-04-09');
  });

  it('should give a quote in a clause without a speech verb to the clause subject', () => {
    assert.deepEqual(speakers('Maria Lopez thanked the crews for "working through the night."'), [['working through the night.', 'Maria Lopez']]);
  });

  it('should attribute a quote to a name on a dash line after it', () => {
    assert.deepEqual(speakers('"We will not stop until the last house is dry."\n\n- Maria Lopez.'), [
      ['We will not stop until the last house is dry.', 'Maria Lopez'],
    ]);
  });

  it('should attribute a transcript line', () => {
    assert.deepEqual(speakers('Lopez: "Our goal is to open the bridge by Friday."'), [['Our goal is to open the bridge by Friday.', 'Lopez']]);
  });

  it('should give a paragraph that is only a quote to the speaker of the quote before it', () => {
    const text = '"We are ready," Maria Lopez said.\n\n"The pumps have been running since Monday."';
    assert.deepEqual(speakers(text).map(([, s]) => s), ['Maria Lopez', 'Maria Lopez']);
  });
});
