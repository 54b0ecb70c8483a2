import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Article } from '../../src/model.js';
import { CopyIndex, findCopies, type CopyInput, type CopyLink } from '../../src/pipeline/corpus/copies.js';
import { loadCorpusArticles, loadCorpusGold } from '../helpers/corpus-articles.js';

function input(a: Article): CopyInput {
  const { id, text, title, outlet, published, publishedConfidence, dateWarnings, credit } = a;
  return { id, text, title, outlet, published, publishedConfidence, dateWarnings, credit };
}

describe('copies on the sample corpus', () => {
  let articles: Map<string, Article>;
  let keyOf: Map<string, string>;
  const gold = loadCorpusGold();
  const expected = new Set(gold.copies.map((c) => `${c.key} → ${c.of} (${c.relation})`));

  before(async () => {
    articles = await loadCorpusArticles();
    keyOf = new Map([...articles].map(([key, a]) => [a.id, key]));
  });

  function score(links: CopyLink[], t: { diagnostic: (m: string) => void }) {
    const found = new Set(links.map((l) => `${keyOf.get(l.articleId)} → ${keyOf.get(l.of)} (${l.relation})`));
    const misses = [...expected].filter((x) => !found.has(x));
    const invented = [...found].filter((x) => !expected.has(x));
    t.diagnostic(`copies: ${expected.size - misses.length}/${expected.size} gold links found, ${invented.length} invented`);
    for (const m of misses) t.diagnostic(`missed ${m}`);
    for (const m of invented) t.diagnostic(`invented ${m}`);
    return { misses, invented };
  }

  it('should find every gold copy link with its original and relation, and invent none', async (t) => {
    const { misses, invented } = score(await findCopies([...articles.values()].map(input)), t);
    assert.deepEqual(misses, []);
    assert.deepEqual(invented, []);
  });

  it('should find the same links when the articles arrive one at a time, latest first', async (t) => {
    const all = [...articles.values()].map(input).reverse();
    const byId = new Map(all.map((a) => [a.id, a]));
    const index = new CopyIndex({ load: (ids) => ids.map((id) => byId.get(id)!) });
    for (const a of all) await index.add([a]);
    const { misses, invented } = score(index.links(), t);
    assert.deepEqual(misses, []);
    assert.deepEqual(invented, []);
  });

  it('should link the rewrites that garble names', async () => {
    const links = await findCopies([...articles.values()].map(input));
    const rewrites = links.filter((l) => l.relation === 'rewrite').map((l) => articles.get(keyOf.get(l.articleId)!)!.text);
    assert.ok(rewrites.some((text) => /Teodor Brask/.test(text)), 'a rewrite naming "Teodor Brask" is linked');
  });
});
