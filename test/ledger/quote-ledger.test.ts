import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuoteRecord } from '../../src/model.js';
import { buildQuoteLedger } from '../../src/ledger/quote-ledger.js';
import { diffText, quoteWords, wordDiff } from '../../src/ledger/word-diff.js';

let n = 0;
function quote(text: string, speaker: string, published = '2024-04-03', entityId: string | null = null): QuoteRecord {
  n++;
  return {
    id: `a${n}:q1`, articleId: `a${n}`, outlet: 'Outlet', published, text, start: 0, end: text.length, verb: 'said', kind: 'direct',
    continues: null, saidOn: null, speaker: { name: speaker, kind: 'person', entityId, mention: null },
  };
}

describe('buildQuoteLedger', () => {
  it('should match one quote across outlets despite small edits and show the altered wording as a word diff', () => {
    const a = quote("The water came through the wall like it wasn't there", 'Ruth Halloran');
    const b = quote("The water came through the wall like it wasn't there", 'Ruth Halloran');
    const c = quote("The water came through the wall as if it wasn't there", 'Ruth Halloran', '2024-04-11');
    const { groups, entries } = buildQuoteLedger([a, b, c]);
    assert.equal(groups.length, 1);
    assert.deepEqual(entries.get(a.id)!.sameAs.sort(), [b.id, c.id].sort());
    const altered = entries.get(c.id)!.flags.find((f) => f.kind === 'altered');
    assert.ok(altered);
    assert.equal(altered.diff, "the water came through the wall [-like-] {+as if+} it wasn't there");
    assert.deepEqual(entries.get(a.id)!.flags, []);
  });

  it('should flag the same words given to another speaker', () => {
    const a = quote('We had minutes, not hours, to get people out', 'Ruth Halloran');
    const b = quote('We had minutes, not hours, to get people out', 'Ruth Halloran');
    const c = quote('We had minutes, not hours, to get people out', 'Ansel Dravik');
    const { entries } = buildQuoteLedger([a, b, c]);
    assert.deepEqual(entries.get(c.id)!.flags.map((f) => f.kind), ['other-speaker']);
    assert.deepEqual(entries.get(a.id)!.flags, []);
  });

  it('should keep different quotes apart and not call an excerpt altered', () => {
    const a = quote('Once water runs over an earth bank, the bank starts to go from the back', 'Declan Halloran');
    const b = quote('the bank starts to go from the back', 'Declan Halloran');
    const c = quote('We could not hold it, whatever we tried that night', 'Declan Halloran');
    const { groups, entries } = buildQuoteLedger([a, b, c]);
    assert.equal(groups.length, 1);
    assert.deepEqual(entries.get(b.id)!.flags, []);
    assert.deepEqual(entries.get(c.id)!.sameAs, []);
  });

  it('should flag a quote that opens by reporting another speaker in the third person', () => {
    const { entries } = buildQuoteLedger([quote('The spokesman said that the president would not attend', 'President Rua')]);
    assert.deepEqual(entries.values().next().value!.flags.map((f) => f.kind), ['third-person']);
  });
});

describe('wordDiff', () => {
  it('should mark removed and added words', () => {
    assert.equal(diffText(wordDiff(quoteWords('a b c d'), quoteWords('a x c d e'))), 'a [-b-] {+x+} c d {+e+}');
  });
});
