import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CopyIndex, findCopies, type CopyInput } from '../../../src/pipeline/corpus/copies.js';

const BODY = `The earth levee at Kessel Ford gave way before dawn on Wednesday, sending water into the town centre and killing at least four people.

Army boats rescued dozens of residents from rooftops on Mill Lane, the regional civil protection office said.

The river had been rising for five days after record rainfall across the upper valley, and engineers had warned the levee was weak.

Interior Minister Teodora Brenn said an independent investigation into the failure of the levee would begin next week.

About 2,000 people spent the night at a reception centre in the sports hall at Brenton, where volunteers served hot meals.`;

const OTHER = `The harbour council approved a budget of twelve million crowns for new breakwaters on Monday evening.

Fishing crews welcomed the vote but said the work should have started before the winter storms damaged the quay.

Construction is expected to begin in June and to last about eighteen months, the council's engineer told members.`;

function article(id: string, text: string, over: Partial<CopyInput> = {}): CopyInput {
  return { id, text, title: `Title of ${id}`, outlet: `Outlet ${id}`, published: '2024-04-03', publishedConfidence: 'high', dateWarnings: [], credit: null, ...over };
}

describe('findCopies', () => {
  it('should link a verbatim repost to the earlier original', async () => {
    const links = await findCopies([article('copy', BODY, { published: '2024-04-04' }), article('orig', BODY), article('other', OTHER)]);
    assert.deepEqual(links, [{ articleId: 'copy', of: 'orig', relation: 'duplicate', similarity: 1 }]);
  });

  it('should link every copy of a group to the original, never to another copy', async () => {
    const links = await findCopies([
      article('orig', BODY, { outlet: 'WNA' }),
      article('a', BODY, { outlet: 'Paper A', credit: 'WNA' }),
      article('b', BODY, { outlet: 'Paper B', credit: 'WNA' }),
    ]);
    assert.deepEqual(links.map((l) => `${l.articleId}→${l.of} ${l.relation}`).sort(), ['a→orig syndicated', 'b→orig syndicated']);
  });
});

describe('CopyIndex', () => {
  it('should return only the new links of an added batch', async () => {
    const all = new Map<string, CopyInput>();
    const index = new CopyIndex({ load: (ids) => ids.map((id) => all.get(id)!) });
    for (const a of [article('orig', BODY), article('other', OTHER)]) all.set(a.id, a);
    assert.deepEqual(await index.add([...all.values()]), []);
    const copy = article('copy', BODY, { published: '2024-04-05' });
    all.set(copy.id, copy);
    assert.deepEqual((await index.add([copy])).map((l) => `${l.articleId}→${l.of}`), ['copy→orig']);
  });

  it('should re-point a group when an earlier original arrives later', async () => {
    const all = new Map<string, CopyInput>();
    const index = new CopyIndex({ load: (ids) => ids.map((id) => all.get(id)!) });
    const first = [article('b', BODY, { published: '2024-04-05' }), article('c', BODY, { published: '2024-04-06' })];
    for (const a of first) all.set(a.id, a);
    assert.deepEqual((await index.add(first)).map((l) => `${l.articleId}→${l.of}`), ['c→b']);
    const earliest = article('a', BODY, { published: '2024-04-04' });
    all.set(earliest.id, earliest);
    assert.deepEqual((await index.add([earliest])).map((l) => `${l.articleId}→${l.of}`).sort(), ['b→a', 'c→a']);
  });

  it('should refuse to index an article twice and say so', async () => {
    const index = new CopyIndex();
    await index.add([article('x', BODY)]);
    await assert.rejects(() => index.add([article('x', BODY)]), /already indexed/);
  });
});
