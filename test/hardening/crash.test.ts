import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildCrashCorpus, runCrashCheck } from './crash-check.js';

/** Kill-and-rerun rounds in `npm test`; `npm run bench` runs 10. */
const RUNS = Number(process.env.STORYLINE_CRASH_RUNS ?? 3);
/** Articles in the crash corpus: enough for a few seconds of ingest on two cores. */
const ARTICLES = Number(process.env.STORYLINE_CRASH_ARTICLES ?? 200);

describe('buildCrashCorpus', () => {
  it('should write the same distinct articles for the same seed', () => {
    const a = mkdtempSync(join(tmpdir(), 'storyline-crashgen-'));
    try {
      buildCrashCorpus(a, 40, 3);
      const files = readdirSync(a);
      assert.equal(files.filter((f) => /\.(txt|html)$/.test(f)).length, 36);
      assert.ok(files.includes('wire.jsonl'));
    } finally {
      rmSync(a, { recursive: true, force: true });
    }
  });
});

describe('storyline ingest killed with SIGKILL', () => {
  it(`should leave a sound store that a rerun brings to exactly the uninterrupted store (${RUNS} runs)`, async () => {
    const result = await runCrashCheck({ runs: RUNS, articles: ARTICLES });
    console.log(
      `crash: ${result.articles} articles, uninterrupted ingest ${(result.uninterruptedMs / 1000).toFixed(1)} s; kills at ` +
        result.runs.map((r) => `${r.killAtMs} ms (${r.articlesAtKill} stored${r.killed ? '' : ', already done'})`).join(', ') +
        `; ${(result.ms / 1000).toFixed(1)} s in all`,
    );
    assert.deepEqual(result.problems, []);
    assert.ok(result.runs.some((r) => r.killed), 'no run was killed while still ingesting');
  });
});
