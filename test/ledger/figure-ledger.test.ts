import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FigureRecord } from '../../src/model.js';
import { buildFigureLedger } from '../../src/ledger/figure-ledger.js';

let n = 0;
function fig(asOf: string, value: number, source: string | null, extra: Partial<FigureRecord> = {}): FigureRecord {
  n++;
  return {
    id: `a${n}:f1`, articleId: `a${n}`, outlet: 'Outlet', published: asOf, text: String(value), value, unit: null, metric: 'killed',
    qualifier: null, subject: 'people', place: null, source, asOf, increment: false, sentence: `${value} people were killed.`,
    start: 0, end: 1, ...extra,
  };
}
const flagsOf = (ledger: ReturnType<typeof buildFigureLedger>, id: string) =>
  ledger.flatMap((s) => s.points).find((p) => p.figureId === id)!.flags.map((f) => f.kind);

describe('buildFigureLedger', () => {
  it('should put one metric and place in one series, in as-of order', () => {
    const a = fig('2024-04-05', 14, 'the ministry');
    const b = fig('2024-04-03', 4, 'the ministry');
    const c = fig('2024-04-03', 400, null, { metric: 'evacuated', place: 'Saltrey' });
    const ledger = buildFigureLedger([a, b, c]);
    const killed = ledger.find((s) => s.metric === 'killed')!;
    assert.deepEqual(killed.points.map((p) => p.value), [4, 14]);
    assert.equal(ledger.find((s) => s.metric === 'evacuated')!.place, 'Saltrey');
  });

  it('should flag two sources for the same day more than 10% apart, and not two within 10%', () => {
    const a = fig('2024-04-08', 41000, 'the IAHO', { metric: 'displaced' });
    const b = fig('2024-04-08', 34500, 'the Civil Protection Directorate', { metric: 'displaced' });
    const c = fig('2024-04-09', 1000, 'the IAHO', { metric: 'displaced' });
    const d = fig('2024-04-09', 1050, 'the directorate', { metric: 'displaced' });
    const ledger = buildFigureLedger([a, b, c, d]);
    assert.deepEqual(flagsOf(ledger, a.id), ['disagreement']);
    assert.deepEqual(flagsOf(ledger, b.id), ['disagreement']);
    assert.deepEqual(flagsOf(ledger, c.id), []);
  });

  it('should flag a repeated older toll as stale and a lower new total as a decrease', () => {
    const old = fig('2024-04-06', 22, 'the directorate');
    const newer = fig('2024-04-11', 31, 'the minister');
    const stale = fig('2024-04-12', 22, 'the directorate', { place: 'Orvane valley' });
    const lower = fig('2024-04-13', 29, 'a hospital');
    const ledger = buildFigureLedger([old, newer, stale, lower]);
    assert.deepEqual(flagsOf(ledger, stale.id), ['stale']);
    assert.deepEqual(flagsOf(ledger, lower.id), ['decrease']);
    assert.deepEqual(flagsOf(ledger, newer.id), []);
  });

  it('should not flag a lower count for one place under a story-wide total, nor increments, nor falling missing counts', () => {
    const total = fig('2024-04-10', 30, 'the ministry');
    const part = fig('2024-04-11', 5, 'the mayor', { place: 'Saltrey' });
    const more = fig('2024-04-11', 8, 'the police', { increment: true });
    const missing1 = fig('2024-04-10', 13, 'the ministry', { metric: 'missing' });
    const missing2 = fig('2024-04-11', 6, 'the ministry', { metric: 'missing' });
    const ledger = buildFigureLedger([total, part, more, missing1, missing2]);
    for (const f of [part, more, missing2]) assert.deepEqual(flagsOf(ledger, f.id), []);
  });
});
