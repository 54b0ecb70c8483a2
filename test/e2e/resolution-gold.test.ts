import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO_INPUTS } from '../../src/cli/main.js';
import type { Article, Entity } from '../../src/model.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../helpers/cli.js';
import { keyOf } from './corpus-gold.js';
import { loadCorpusGold } from '../helpers/corpus-articles.js';

interface GoldEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: Record<string, string[]>;
}

/**
 * Entity merging across articles, scored as pairs: each (article, gold entity) the article names is an item; the
 * prediction puts it in the corpus entity of the article entity that carries one of its gold surface forms. A pair of
 * items from two articles is predicted when they share a corpus entity, and right when they share a gold entity.
 */
export function scoreMergePairs(gold: GoldEntity[], articles: Map<string, Article>, entityOf: Map<string, string>, options: { bodyOnly?: boolean } = {}) {
  const items: Array<{ key: string; gold: string; predicted: string | null }> = [];
  const longer = gold.flatMap((g) => g.aliases);
  for (const g of gold) {
    for (const [key, forms] of Object.entries(g.mentions)) {
      const article = articles.get(key);
      if (!article) continue;
      // The entity stage reads the body (offsets are into `text`); the gold also counts names written only in titles.
      if (options.bodyOnly && !forms.some((f) => standsAlone(article.text, f, longer))) continue;
      const local = article.entities.find((e) => e.aliases.some((a) => forms.includes(a)) || forms.includes(e.name));
      items.push({ key, gold: g.id, predicted: local ? entityOf.get(`${article.id}:${local.id}`) ?? null : null });
    }
  }
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  const wrong: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a.key === b.key) continue;
      const same = a.gold === b.gold;
      const merged = a.predicted !== null && a.predicted === b.predicted;
      if (same) actual++;
      if (merged) predicted++;
      if (same && merged) tp++;
      if (merged && !same && wrong.length < 10) wrong.push(`${a.gold} merged with ${b.gold}`);
    }
  }
  const unplaced = items.filter((x) => x.predicted === null).map((x) => `${x.gold} in ${x.key}`);
  return { precision: predicted ? tp / predicted : 1, recall: actual ? tp / actual : 1, pairs: actual, wrong, unplaced };
}

/** True when `form` is written in `text` as a word of its own, not only inside a longer name ("Orvane" in "Orvane valley"). */
function standsAlone(text: string, form: string, names: string[]): boolean {
  const covers = names.filter((n) => n.length > form.length && n.includes(form));
  const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  for (const m of text.matchAll(re)) {
    const inside = covers.some((n) => {
      const from = Math.max(0, m.index! - n.length);
      const window = text.slice(from, m.index! + form.length + n.length);
      const at = window.indexOf(n);
      return at >= 0 && from + at <= m.index! && from + at + n.length >= m.index! + form.length;
    });
    if (!inside) return true;
  }
  return false;
}

describe('entity resolution against the sample corpus gold', () => {
  let store: SqliteStore;
  let articles: Map<string, Article>;
  let entities: Entity[];
  const gold = loadCorpusGold().entities as GoldEntity[];

  before(async () => {
    store = new SqliteStore(join(tempDir(), 'resolution.db'));
    await ingest(DEMO_INPUTS, store);
    articles = new Map();
    for (const a of await store.listArticles()) articles.set(keyOf(a), (await store.getArticle(a.id))!);
    entities = await store.listEntities();
  });
  after(async () => store.close());

  it('should merge entities across articles with pair precision and recall of at least 0.95', async (t) => {
    const entityOf = new Map((await store.listArticleEntities()).map((r) => [r.id, r.entityId ?? '']));
    for (const type of ['person', 'org', 'place']) {
      const s = scoreMergePairs(gold.filter((g) => g.type === type), articles, entityOf, { bodyOnly: true });
      t.diagnostic(`${type}: merge pairs P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} over ${s.pairs} gold pairs named in bodies`);
    }
    const withTitles = scoreMergePairs(gold, articles, entityOf);
    t.diagnostic(`all, titles included (the stage does not read titles): P ${withTitles.precision.toFixed(3)} R ${withTitles.recall.toFixed(3)} over ${withTitles.pairs} gold pairs`);
    for (const u of withTitles.unplaced.slice(0, 15)) t.diagnostic(`not found: ${u}`);
    const s = scoreMergePairs(gold, articles, entityOf, { bodyOnly: true });
    t.diagnostic(`all: merge pairs P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} over ${s.pairs} gold pairs named in bodies`);
    for (const w of s.wrong) t.diagnostic(`wrong merge: ${w}`);
    assert.ok(s.precision >= 0.95, `precision ${s.precision}`);
    assert.ok(s.recall >= 0.95, `recall ${s.recall}`);
  });

  it('should keep the two Hallorans apart and merge the garbled names of rewrites with the right person', () => {
    const people = entities.filter((e) => e.type === 'person');
    const halloran = people.filter((e) => /halloran/i.test(e.name));
    assert.equal(halloran.length, 2, halloran.map((e) => e.name).join(', '));
    for (const [garbled, name] of [['Teodor Brask', 'Teodora Brask'], ['Gideon Marsch', 'Gideon Marsh'], ['Vera Castellano', 'Vera Castellane']]) {
      const e = people.find((p) => p.aliases.includes(garbled));
      assert.equal(e?.name, name, `${garbled} → ${e?.name}`);
    }
  });

  it('should give each quote the corpus entity and canonical name of its speaker', async () => {
    const quotes = await store.listQuotes({ speaker: 'Brask' });
    assert.ok(quotes.length > 0);
    for (const q of quotes) {
      assert.equal(q.speaker.name, 'Teodora Brask');
      assert.ok(q.speaker.entityId);
    }
  });
});
