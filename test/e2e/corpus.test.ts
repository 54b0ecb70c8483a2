import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO_INPUTS } from '../../src/cli/main.js';
import type { Article } from '../../src/model.js';
import { ingest, type IngestResult } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { CORPUS, loadGold, scoreSpine } from './corpus-gold.js';

describe('the sample corpus, end to end', () => {
  let store: SqliteStore;
  let first: IngestResult;
  let stored: Article[];
  const gold = loadGold();

  before(async () => {
    store = new SqliteStore(join(tempDir(), 'corpus.db'));
    first = await ingest(DEMO_INPUTS, store);
    stored = await store.listArticles();
  });
  after(async () => store.close());

  it('should ingest every article of the corpus with no failure', () => {
    assert.deepEqual(first.failures, []);
    assert.equal(first.stored, gold.articles.length);
  });

  it('should get titles, outlets, dates, authors and clean text right against the gold file', (t) => {
    const s = scoreSpine(gold.articles, stored);
    t.diagnostic(`articles ${s.found}/${s.articles}; title ${pct(s.title)}; outlet ${pct(s.outlet)}; published ${pct(s.published)}; boilerplate gone ${pct(s.boilerplateGone)}; body kept ${pct(s.keptWords)}; authors ${pct(s.authors)}; misdated flagged ${pct(s.misdatedFlagged)}`);
    for (const miss of s.misses) t.diagnostic(miss);
    assert.equal(s.found, s.articles);
    assert.ok(s.title >= 0.95, `title ${pct(s.title)}`);
    assert.ok(s.outlet >= 0.95, `outlet ${pct(s.outlet)}`);
    assert.ok(s.published >= 0.95, `published ${pct(s.published)}`);
    assert.ok(s.boilerplateGone >= 0.95, `boilerplate gone ${pct(s.boilerplateGone)}`);
    assert.ok(s.keptWords >= 0.95, `body kept ${pct(s.keptWords)}`);
    assert.ok(s.authors >= 0.95, `authors ${pct(s.authors)}`);
    assert.equal(s.misdatedFlagged, 1);
  });

  it('should store nothing new when the corpus is ingested again', async () => {
    const again = await ingest(DEMO_INPUTS, store);
    assert.equal(again.stored, 0);
    assert.equal(again.known, first.stored);
    assert.equal(again.failed, 0);
  });

  it('should print the corpus summary from `storyline demo`', async () => {
    assert.ok(existsSync(CORPUS));
    const run = await runCli(['demo', '--db', join(tempDir(), 'demo.db')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`articles\\s+${gold.articles.length}\\b`));
    assert.match(run.stdout, /outlets\s+\d+/);
    assert.match(run.stdout, /dates\s+2024-04-\d\d to 2024-04-\d\d/);
  });
});

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
