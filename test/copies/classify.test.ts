import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, alignSentences } from '../../src/copies/align.js';
import { classify } from '../../src/copies/classify.js';
import { novelQuotes, quoteKeys } from '../../src/copies/quotes.js';
import { contentKeys } from '../../src/copies/shingles.js';

const ORIGINAL = `The earth levee at Kessel Ford gave way before dawn on Wednesday, sending water into the town centre and killing at least four people.

"The water came through the wall like it was not there," Mayor Anna Holt told reporters at the town hall.

Army boats rescued dozens of residents from rooftops on Mill Lane, the regional civil protection office said.

The river had been rising for five days after record rainfall across the upper valley, and engineers had warned the levee was weak.

Interior Minister Teodora Brenn said an independent investigation into the failure of the levee would begin next week.

About 2,000 people spent the night at a reception centre in the sports hall at Brenton, where volunteers served hot meals.`;

function evidence(copy: string, original: string, extra: { creditsOriginal?: boolean; sameTitle?: boolean } = {}) {
  const c = alignSentences(copy), o = alignSentences(original);
  const ck = new Set(contentKeys(copy)), ok = new Set(contentKeys(original));
  return {
    alignment: align(c, o),
    containment: [...ck].filter((k) => ok.has(k)).length / ck.size,
    novelQuotes: novelQuotes(quoteKeys(copy), o),
    creditsOriginal: extra.creditsOriginal ?? false,
    sameTitle: extra.sameTitle ?? false,
  };
}

describe('classify', () => {
  it('should call a verbatim copy with no credit a duplicate', () => {
    assert.equal(classify(evidence(ORIGINAL, ORIGINAL))?.relation, 'duplicate');
  });

  it('should call a verbatim copy crediting the original outlet under another title syndicated', () => {
    assert.equal(classify(evidence(ORIGINAL, ORIGINAL, { creditsOriginal: true }))?.relation, 'syndicated');
    assert.equal(classify(evidence(ORIGINAL, ORIGINAL, { creditsOriginal: true, sameTitle: true }))?.relation, 'duplicate');
  });

  it('should call a reworded, reordered and cut copy with a garbled name a rewrite', () => {
    const rewrite = `Interior Minister Teodor Brenn said an independent probe into the levee failure would start next week.

The earth levee at Kessel Ford collapsed before dawn on Wednesday, sending floodwater into the centre of town and killing at least four people.

"The water came through the wall like it was not there," Mayor Anna Holt told reporters at the town hall.

Dozens of residents were rescued by army boats from rooftops on Mill Lane, the regional civil protection office said.

Some 2,000 people spent the night in a reception centre at the Brenton sports hall, where volunteers served hot meals.`;
    const r = classify(evidence(rewrite, ORIGINAL));
    assert.equal(r?.relation, 'rewrite');
    assert.ok(r!.similarity > 0.6 && r!.similarity < 1);
  });

  it('should call a short text whose sentences are in the original a summary', () => {
    const summary = `The earth levee at Kessel Ford gave way before dawn on Wednesday, killing at least four people. About 2,000 people spent the night at a reception centre in Brenton.`;
    assert.equal(classify(evidence(summary, ORIGINAL))?.relation, 'summary');
  });

  it('should not call independent reporting of the same event a copy, even with a shared quote', () => {
    const independent = `Residents of Kessel Ford counted the cost on Wednesday after the town's levee failed in the night.

"The water came through the wall like it was not there," Mayor Anna Holt told reporters at the town hall.

Rescue crews worked through the morning on the streets closest to the river, and four bodies were recovered by noon.

"We have never seen anything like it," said Peter Lund, who runs the bakery on the square.

The regional government said it would open a fund for families who lost their homes.`;
    assert.equal(classify(evidence(independent, ORIGINAL)), null);
  });

  it('should not call a text a copy when it brings quotes the original lacks', () => {
    const withQuote = ORIGINAL + `\n\n"We were told nothing until the water was at the door," said one resident of Mill Lane.`;
    assert.equal(classify(evidence(withQuote, ORIGINAL)), null);
  });
});
