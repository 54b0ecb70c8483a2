import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { clusterEventsWithEstimates } from '../../src/events/cluster-events.js';
import type { PublishedEstimate, StoryEvent } from '../../src/events/event-input.js';
import type { Article } from '../../src/model.js';
import { eventInputOf } from '../../src/pipeline/corpus/events.js';
import { pairwiseScore } from '../../eval/cluster-metrics.js';
import { loadCorpusArticles, loadCorpusGold } from '../helpers/corpus-articles.js';

function days(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * The events stage over the sample corpus as the article stages leave it: no gold copy links, no entities (the
 * entity stage is not on this branch), so names come from the stage's own rule.
 */
describe('events on the sample corpus, against the gold file', () => {
  const gold = loadCorpusGold();
  let articles: Map<string, Article>;
  let events: StoryEvent[];
  let estimates: PublishedEstimate[];
  const keyOf = new Map<string, string>();
  const goldEvent = new Map<string, string>();

  before(async () => {
    articles = await loadCorpusArticles();
    for (const [key, a] of articles) keyOf.set(a.id, key);
    ({ events, estimates } = clusterEventsWithEstimates([...articles.values()].map((a) => eventInputOf(a))));
    for (const e of gold.events) for (const key of e.keys) goldEvent.set(key, e.id);
    // A copy belongs to its original's event.
    for (const c of gold.copies) if (!goldEvent.has(c.key) && goldEvent.has(c.of)) goldEvent.set(c.key, goldEvent.get(c.of)!);
  });

  const predicted = () => {
    const out = new Map<string, string>();
    for (const e of events) for (const id of e.articleIds) out.set(keyOf.get(id)!, e.id);
    return out;
  };

  it('should group articles into the gold events with pairwise F1 of at least 0.9', (t) => {
    const pred = predicted();
    const s = pairwiseScore(goldEvent, pred);
    t.diagnostic(`pairwise P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}); ${events.length} events predicted, ${gold.events.length} in gold`);
    const keys = [...goldEvent.keys()];
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const same = goldEvent.get(keys[i]) === goldEvent.get(keys[j]);
        const together = pred.get(keys[i]) === pred.get(keys[j]);
        if (same && !together) t.diagnostic(`apart but one event: ${keys[i]} + ${keys[j]}`);
        if (!same && together) t.diagnostic(`together but two events: ${keys[i]} + ${keys[j]}`);
      }
    }
    assert.ok(s.f1 >= 0.9, `pairwise F1 ${s.f1.toFixed(3)}`);
  });

  it('should date every gold event within a day, by the predicted event holding most of its articles', (t) => {
    const pred = predicted();
    const misses: string[] = [];
    let exact = 0;
    for (const g of gold.events) {
      const counts = new Map<string, number>();
      for (const key of g.keys) counts.set(pred.get(key)!, (counts.get(pred.get(key)!) ?? 0) + 1);
      const best = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      const date = events.find((e) => e.id === best)!.date;
      if (date === g.date) exact++;
      if (!date || days(date, g.date) > 1) misses.push(`${g.id}: gold ${g.date}, predicted ${date}`);
      else if (date !== g.date) t.diagnostic(`${g.id}: gold ${g.date}, predicted ${date} (within a day)`);
    }
    t.diagnostic(`event dates: ${exact}/${gold.events.length} exact, ${gold.events.length - misses.length}/${gold.events.length} within a day`);
    for (const m of misses) t.diagnostic(m);
    assert.deepEqual(misses, []);
  });

  it('should give the undated and misdated articles a published date within two days of the truth', (t) => {
    const byKey = new Map(estimates.map((e) => [keyOf.get(e.articleId)!, e]));
    const wrong: string[] = [];
    for (const g of gold.articles.filter((a) => a.undated || a.misdated)) {
      const estimate = byKey.get(g.key);
      const published = estimate?.published ?? articles.get(g.key)!.published;
      t.diagnostic(`${g.key}: gold ${g.published}, estimated ${published}${estimate ? ` — ${estimate.warning}` : ' (no estimate from an event)'}`);
      if (!published || days(published, g.published) > 2) wrong.push(`${g.key}: gold ${g.published}, got ${published}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('should estimate a published date, with a warning, for every article without a reliable one in a dated event', () => {
    const reliable = (a: Article) => a.published !== null && a.dateWarnings.length === 0;
    const byId = new Map([...articles.values()].map((a) => [a.id, a]));
    const estimated = new Set(estimates.map((e) => e.articleId));
    for (const e of events) {
      if (!e.articleIds.some((id) => reliable(byId.get(id)!))) continue;
      for (const id of e.articleIds) if (!reliable(byId.get(id)!)) assert.ok(estimated.has(id), `no estimate for ${keyOf.get(id)}`);
    }
    for (const e of estimates) assert.match(e.warning, /its event "/);
  });
});
