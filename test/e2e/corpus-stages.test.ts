import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO_INPUTS } from '../../src/cli/main.js';
import { figureLedger, quotesWithLedger } from '../../src/ledger/index.js';
import type { Article } from '../../src/model.js';
import { storeEvents } from '../../src/pipeline/corpus/events.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { pairwiseScore } from '../../eval/cluster-metrics.js';
import { tempDir } from '../helpers/cli.js';
import { loadCorpusGold } from '../helpers/corpus-articles.js';
import { keyOf } from './corpus-gold.js';

/**
 * The corpus stages as a user gets them: the sample corpus ingested into a real store, then copies, events, published
 * estimates and ledgers read back from it and scored against the gold file.
 */
describe('corpus stages over a stored corpus, against the gold file', () => {
  const gold = loadCorpusGold();
  let store: SqliteStore;
  let byKey: Map<string, Article>;
  let keyById: Map<string, string>;

  before(async () => {
    store = new SqliteStore(join(tempDir(), 'stages.db'));
    await ingest(DEMO_INPUTS, store);
    const articles = await store.listArticles();
    byKey = new Map(articles.map((a) => [keyOf(a), a]));
    keyById = new Map(articles.map((a) => [a.id, keyOf(a)]));
  });
  after(async () => store.close());

  it('should find every gold copy link, with its original and relation, and invent none', async (t) => {
    const found = (await store.listCopies()).map((l) => `${keyById.get(l.articleId)} → ${keyById.get(l.of)} (${l.relation})`);
    const wanted = gold.copies.map((c) => `${c.key} → ${c.of} (${c.relation})`);
    for (const w of wanted.filter((w) => !found.includes(w))) t.diagnostic(`missed: ${w}`);
    for (const f of found.filter((f) => !wanted.includes(f))) t.diagnostic(`invented: ${f}`);
    t.diagnostic(`copy links: ${found.filter((f) => wanted.includes(f)).length}/${wanted.length} found, ${found.filter((f) => !wanted.includes(f)).length} invented`);
    assert.deepEqual(found.sort(), wanted.sort());
  });

  it('should group stored articles into the gold events with pairwise F1 of at least 0.9', async (t) => {
    const { events } = await storeEvents(store);
    const goldEvent = new Map<string, string>();
    for (const e of gold.events) for (const key of e.keys) goldEvent.set(key, e.id);
    for (const c of gold.copies) if (!goldEvent.has(c.key) && goldEvent.has(c.of)) goldEvent.set(c.key, goldEvent.get(c.of)!);
    const predicted = new Map<string, string>();
    for (const e of events) for (const id of e.articleIds) predicted.set(keyById.get(id)!, e.id);
    const s = pairwiseScore(goldEvent, predicted);
    t.diagnostic(`events: pairwise P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}; ${events.length} events, ${gold.events.length} in gold`);
    assert.ok(s.f1 >= 0.9, `pairwise F1 ${s.f1}`);
    for (const g of gold.events) {
      const counts = new Map<string, number>();
      for (const key of g.keys) {
        const e = predicted.get(key);
        if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
      }
      const best = events.find((e) => e.id === [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]);
      assert.ok(best?.date && Math.abs(Date.parse(best.date) - Date.parse(g.date)) <= 86_400_000, `${g.id}: ${best?.date} vs ${g.date}`);
    }
  });

  it('should store a published date within two days of the truth for the undated and misdated pages', (t) => {
    for (const g of gold.articles.filter((a: { undated: boolean; misdated: boolean }) => a.undated || a.misdated)) {
      const a = byKey.get(g.key)!;
      t.diagnostic(`${g.key}: stored ${a.published} (${a.publishedEvidence}), gold ${g.published}`);
      assert.ok(a.published && Math.abs(Date.parse(a.published) - Date.parse(g.published)) <= 2 * 86_400_000, `${g.key}: ${a.published} vs ${g.published}`);
      assert.ok(a.dateWarnings.length > 0, `${g.key} should say how its date was found`);
    }
  });

  it('should flag the stale toll and the displacement disagreement in the figure ledger', async () => {
    const points = (await figureLedger(store)).flatMap((s) => s.points.map((p) => ({ ...p, metric: s.metric })));
    const stale = points.filter((p) => p.flags.some((f) => f.kind === 'stale'));
    assert.ok(stale.some((p) => keyById.get(p.articleId) === 'feeds/daily-roundup.json#2' && p.value === 22), 'the repeated toll of 22 is stale');
    const disagreement = points.filter((p) => p.metric === 'displaced' && p.flags.some((f) => f.kind === 'disagreement'));
    assert.deepEqual(disagreement.map((p) => p.value).sort((a, b) => a - b), [34500, 41000]);
  });

  it('should match the mayor\'s quote across outlets, show the altered wording and flag the misattribution', async () => {
    const quotes = (await quotesWithLedger(store)).filter((q) => /came through the wall/.test(q.text));
    assert.ok(quotes.length >= 4);
    for (const q of quotes) assert.equal(q.sameAs.length, quotes.length - 1);
    const altered = quotes.find((q) => keyById.get(q.articleId) === 'html/evening-dispatch-2024-04-11-parliament-statement.html')!;
    assert.match(altered.flags.find((f) => f.kind === 'altered')?.diff ?? '', /\[-like-\] \{\+as if\+\}/);
    const wrong = quotes.find((q) => keyById.get(q.articleId) === 'jsonl/scrape-export-2024-04.jsonl#3')!;
    assert.equal(wrong.speaker.name, 'Ansel Dravik');
    assert.ok(wrong.flags.some((f) => f.kind === 'other-speaker'));
  });
});
