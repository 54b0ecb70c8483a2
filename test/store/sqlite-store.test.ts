import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Article } from '../../src/model.js';
import { articleId } from '../../src/pipeline/run-article.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { toFtsQuery } from '../../src/store/fts-query.js';
import { collect } from '../helpers/collect.js';
import { tempDir } from '../helpers/cli.js';

function article(overrides: Partial<Article>): Article {
  const a: Article = {
    id: '', source: 'test.txt', format: 'text', url: null, outlet: 'Valley Times', title: 'A title', published: '2024-04-03',
    publishedConfidence: 'high', publishedEvidence: 'header line', pageDate: '2024-04-03', modified: null, dateWarnings: [],
    authors: ['Jana Holm'], contributors: [], language: 'en', nonEnglish: false, dateline: null, captions: [], credit: null,
    text: 'The levee gave way before dawn.', dates: [], removed: [], sentences: [], entities: [], quotes: [], figures: [],
    eventDate: null, eventDateEvidence: null, messages: [], ...overrides,
  };
  a.id = a.id || articleId(a);
  return a;
}

describe('SqliteStore', () => {
  let store: Store;
  let path: string;

  before(() => {
    path = join(tempDir(), 'store.db');
    store = new SqliteStore(path);
  });
  after(async () => store.close());

  it('should store an article once and report it as known the second time', async () => {
    const a = article({ text: 'Water came over the quay wall in Tallowgate on Saturday, the harbour master said.' });
    assert.equal(await store.saveArticle(a), 'stored');
    assert.equal(await store.saveArticle(a), 'known');
    assert.equal(await store.hasArticle(a.id), true);
  });

  it('should give back every field it was given', async () => {
    const a = article({
      text: 'Donors pledged 42 million crowns.', title: 'Donors pledge', dateWarnings: ['a warning'], captions: ['Photo: X'],
      dates: [{ text: 'on Tuesday', start: 0, end: 10, date: '2024-04-16', absolute: false }], nonEnglish: true, language: 'fr',
    });
    await store.saveArticle(a);
    const back = await store.getArticle(a.id);
    assert.deepEqual(back, a);
  });

  it('should list by date with undated last, and filter by outlet and dates', async () => {
    await store.saveArticle(article({ text: 'Undated piece about the flood relief.', published: null, outlet: 'Other Paper' }));
    await store.saveArticle(article({ text: 'An early piece about rain.', published: '2024-04-01' }));
    const all = await store.listArticles();
    assert.equal(all[0].published, '2024-04-01');
    assert.equal(all[all.length - 1].published, null);
    assert.ok((await store.listArticles({ outlet: 'other paper' })).every((a) => a.outlet === 'Other Paper'));
    assert.ok((await store.listArticles({ from: '2024-04-02' })).every((a) => a.published! >= '2024-04-02'));
  });

  it('should list by ids, the articles a stage has no state for in storing order, and each article\'s outlet', async () => {
    const all = await store.listArticles();
    const ids = all.slice(0, 2).map((a) => a.id);
    assert.deepEqual((await store.listArticles({ ids })).map((a) => a.id).sort(), [...ids].sort());
    const before = await store.listArticles({ unindexedBy: 'probe' });
    assert.equal(before.length, all.length);
    await store.saveStageState({ rows: [{ stage: 'probe', key: before[0].id, value: Buffer.from([1, 2, 3]) }] });
    const after = await store.listArticles({ unindexedBy: 'probe', limit: 100 });
    assert.deepEqual(after.map((a) => a.id), before.slice(1).map((a) => a.id));
    assert.deepEqual(await collect(store.readStageState('probe')), [{ stage: 'probe', key: before[0].id, value: Buffer.from([1, 2, 3]) }]);
    const outlets = await store.articleOutlets();
    for (const a of all) assert.equal(outlets.get(a.id), a.outlet);
  });

  it('should find articles by words and phrases, and survive query punctuation', async () => {
    const hits = await store.search('quay wall');
    assert.equal(hits.length, 1);
    assert.match(hits[0].snippet, /\[quay\]/);
    assert.equal((await store.search('"harbour master"')).length, 1);
    assert.deepEqual(await store.search('AND OR ( "'), []);
    assert.equal((await store.search('tallow*')).length, 1);
  });

  it('should summarise the corpus', async () => {
    const s = await store.summary();
    assert.equal(s.articles, 4);
    assert.equal(s.undated, 1);
    assert.equal(s.nonEnglish, 1);
    assert.equal(s.firstDate, '2024-04-01');
  });

  it('should reopen an existing file without migrating it again, and pass the integrity check', async () => {
    const again = new SqliteStore(path);
    assert.equal((await again.summary()).articles, 4);
    assert.equal(again.integrityCheck(), 'ok');
    await again.close();
  });

  it('should store entities, quotes and figures with the article and give them back by speaker, metric and entity', async () => {
    const text = '"We had minutes, not hours," Mayor Ruth Halloran said. At least four people were killed, the ministry said.';
    const a = article({
      text,
      entities: [{ id: 'e1', name: 'Ruth Halloran', type: 'person', aliases: ['Ruth Halloran'], roles: ['mayor'], mentions: [{ text: 'Ruth Halloran', start: 35, end: 48, kind: 'name' }] }],
      quotes: [{ id: 'q1', text: 'We had minutes, not hours', start: 1, end: 26, verb: 'said', kind: 'direct', continues: null, saidOn: null,
        speaker: { name: 'Ruth Halloran', kind: 'person', entityId: 'e1', mention: { text: 'Mayor Ruth Halloran', start: 29, end: 48 } } }],
      figures: [{ id: 'f1', text: 'four', value: 4, unit: null, metric: 'killed', qualifier: 'at least', subject: 'people', place: null,
        source: 'the ministry', asOf: '2024-04-03', increment: false, sentence: 'At least four people were killed, the ministry said.', start: 64, end: 68 }],
      sentences: [{ start: 0, end: 54, paragraph: 0 }, { start: 55, end: text.length, paragraph: 0 }],
      eventDate: '2024-04-03', eventDateEvidence: 'the publication date',
    });
    assert.equal(await store.saveArticle(a), 'stored');
    const back = await store.getArticle(a.id);
    assert.deepEqual(back?.entities, a.entities);
    assert.deepEqual(back?.quotes, a.quotes);
    assert.deepEqual(back?.figures, a.figures);
    assert.deepEqual(back?.sentences, a.sentences);
    assert.equal(back?.eventDate, '2024-04-03');

    const quotes = await store.listQuotes({ speaker: 'halloran' });
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].id, `${a.id}:q1`);
    assert.equal(quotes[0].articleId, a.id);
    assert.equal((await store.listFigures({ metric: 'killed' }))[0].value, 4);
    assert.equal((await store.listFigures({ metric: 'injured' })).length, 0);

    const unresolved = await store.listArticleEntities({ unresolved: true });
    assert.deepEqual(unresolved.map((e) => e.id), [`${a.id}:e1`]);
    await store.saveEntities([{ id: 'E1', name: 'Ruth Halloran', type: 'person', aliases: ['Ruth Halloran'], aliasCounts: { 'Ruth Halloran': 1 }, roles: ['mayor'], articleIds: [] }], new Map([[`${a.id}:e1`, 'E1']]));
    assert.equal((await store.listArticleEntities({ unresolved: true })).length, 0);
    const entities = await store.listEntities({ type: 'person' });
    assert.deepEqual(entities.map((e) => [e.id, e.articleIds]), [['E1', [a.id]]]);
    assert.equal((await store.listQuotes({ entityId: 'E1' }))[0].speaker.entityId, 'E1');
  });
});

describe('toFtsQuery', () => {
  it('should quote words and keep phrases and prefixes', () => {
    assert.equal(toFtsQuery('levee breach'), '"levee" "breach"');
    assert.equal(toFtsQuery('"death toll" rose*'), '"death toll" "rose"*');
    assert.equal(toFtsQuery('NEAR( ) -'), '"NEAR"');
  });
});
