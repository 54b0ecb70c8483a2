import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, tempDir } from '../helpers/cli.js';
import { outletNames } from '../../src/pipeline/corpus/outlet-names.js';
import { ingest } from '../../src/pipeline/ingest.js';
import { isFatal, runArticleStages } from '../../src/pipeline/run-article.js';
import { expandInput, readSource } from '../../src/readers/index.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const TEXTS = join(ROOT, 'examples', 'corpus', 'text');

describe('ingest', () => {
  it('should name outlets on a rerun that finds every article already stored (a run killed before naming them)', async () => {
    const dir = tempDir();
    const store = new SqliteStore(join(dir, 'store.db'));
    try {
      // What a run killed after its last save and before outlet naming leaves behind: every article, unnamed.
      const expanded = await expandInput(TEXTS);
      assert.ok(expanded.ok);
      for (const source of expanded.sources) {
        for await (const read of readSource(source)) {
          if (!read.ok) continue;
          const article = runArticleStages(read.doc);
          if (!isFatal(article)) await store.saveArticle(article);
        }
      }
      assert.ok(outletNames(await store.listOutletNames()).size > 0, 'the sample texts should hold outlets to name');
      const rerun = await ingest([TEXTS], store);
      assert.equal(rerun.stored, 0);
      assert.ok(rerun.known > 0);
      assert.equal(outletNames(await store.listOutletNames()).size, 0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
