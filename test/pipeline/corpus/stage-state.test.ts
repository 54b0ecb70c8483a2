import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EventIndex } from '../../../src/events/event-index.js';
import type { Article } from '../../../src/model.js';
import { CopyIndex } from '../../../src/pipeline/corpus/copies.js';
import { copyInput, loadCopyIndex } from '../../../src/pipeline/corpus/copy-links.js';
import { eventInputOf, loadEventIndex } from '../../../src/pipeline/corpus/events.js';
import { runCorpusStages } from '../../../src/pipeline/corpus/index.js';
import { packState, unpackState } from '../../../src/pipeline/corpus/stage-state.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { collect } from '../../helpers/collect.js';
import { tempDir } from '../../helpers/cli.js';
import { loadCorpusArticles } from '../../helpers/corpus-articles.js';

describe('packState', () => {
  it('should give back the JSON and the arrays, of their kinds, from any byte offset', () => {
    const packed = packState({ a: 'é', n: [1, 2] }, [Uint32Array.of(0, 2 ** 32 - 1), Int32Array.of(-5), Float32Array.of(0.5, 2)]);
    const shifted = new Uint8Array(packed.length + 1);
    shifted.set(packed, 1);
    const { json, arrays } = unpackState<{ a: string; n: number[] }>(shifted.subarray(1));
    assert.deepEqual(json, { a: 'é', n: [1, 2] });
    assert.deepEqual(arrays, [Uint32Array.of(0, 2 ** 32 - 1), Int32Array.of(-5), Float32Array.of(0.5, 2)]);
  });
});

describe('saved corpus stage state', () => {
  let articles: Article[];
  before(async () => {
    articles = [...(await loadCorpusArticles()).values()];
  });

  it('should restore an event index that goes on exactly as the one that saved it', () => {
    const inputs = articles.map((a) => eventInputOf(a));
    const half = Math.floor(inputs.length / 2);
    const live = new EventIndex();
    live.add(inputs.slice(0, half));
    const saved = live.takeState();
    assert.equal(saved.articles.length, half);
    const restored = new EventIndex();
    restored.restore(saved);
    assert.deepEqual(restored.events(), live.events());
    const a = live.add(inputs.slice(half));
    const b = restored.add(inputs.slice(half));
    assert.deepEqual(b, a);
    assert.deepEqual(restored.events(), live.events());
    assert.deepEqual(restored.estimates(), live.estimates());
  });

  it('should restore a copy index that finds the same links for new articles', async () => {
    const inputs = articles.filter((a) => !a.nonEnglish).map(copyInput);
    const byId = new Map(inputs.map((a) => [a.id, a]));
    const load = (ids: string[]) => ids.map((id) => byId.get(id)!);
    const half = Math.floor(inputs.length / 2);
    const live = new CopyIndex({ load });
    await live.add(inputs.slice(0, half));
    const { articles: indexed, edges } = live.takeState();
    const restored = new CopyIndex({ load });
    restored.restore(indexed, edges);
    assert.deepEqual(restored.links(), live.links());
    assert.deepEqual(await restored.add(inputs.slice(half)), await live.add(inputs.slice(half)));
    assert.deepEqual(restored.links().sort((x, y) => x.articleId.localeCompare(y.articleId)), live.links().sort((x, y) => x.articleId.localeCompare(y.articleId)));
  });
});

describe('corpus stages over a store, run again', () => {
  let store: SqliteStore;
  before(async () => {
    store = new SqliteStore(join(tempDir(), 'again.db'));
    for (const a of (await loadCorpusArticles()).values()) await store.saveArticle(a);
  });
  after(async () => store.close());

  it('should index each article once and keep every link and event when nothing is new', async () => {
    await runCorpusStages(store);
    const copies = await store.listCopies();
    const events = (await loadEventIndex(store)).events();
    const rows = await collect(store.readStageState('copies'));
    assert.equal(rows.length, (await store.summary()).articles);
    await runCorpusStages(store);
    assert.deepEqual(await collect(store.readStageState('copies')), rows);
    assert.deepEqual(await store.listCopies(), copies);
    assert.deepEqual((await loadEventIndex(store)).events(), events);
    assert.equal((await loadCopyIndex(store)).links().length, copies.length);
  });
});
