import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FUZZ_FORMATS, generateFuzzCorpus, mutationNames } from './fuzz-inputs.js';
import { runFuzzCheck } from './fuzz-check.js';

/** Inputs of each format in `npm test`; `npm run bench` runs 1,000 of each. */
const PER_FORMAT = Number(process.env.STORYLINE_FUZZ_PER_FORMAT ?? 40);

describe('generateFuzzCorpus', () => {
  it('should write the same bytes for the same seed and cover every mutation of every format', () => {
    const a = mkdtempSync(join(tmpdir(), 'storyline-fuzzgen-'));
    const b = mkdtempSync(join(tmpdir(), 'storyline-fuzzgen-'));
    try {
      const perFormat = Math.max(...FUZZ_FORMATS.map((f) => mutationNames(f).length));
      const first = generateFuzzCorpus(a, { perFormat, seed: 7 });
      const second = generateFuzzCorpus(b, { perFormat, seed: 7 });
      assert.deepEqual(first.map((f) => [f.name, f.bytes]), second.map((f) => [f.name, f.bytes]));
      assert.equal(readdirSync(a).length, perFormat * FUZZ_FORMATS.length);
      for (const format of FUZZ_FORMATS) {
        assert.deepEqual(new Set(first.filter((f) => f.format === format).map((f) => f.mutation)), new Set(mutationNames(format)));
      }
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});

describe('storyline ingest under fuzzed input', () => {
  it(`should survive ${PER_FORMAT} malformed inputs of each format: exit 0 or 1 in time, one line per bad input, every good input stored`, async () => {
    const result = await runFuzzCheck({ perFormat: PER_FORMAT, batchPerFormat: 20, parallel: 2 });
    console.log(`fuzz: ${result.inputs} malformed inputs in ${result.batches.length} CLI runs, ${(result.ms / 1000).toFixed(1)} s; ${result.reported} reported, ${result.stored} articles stored, ${result.silent} duplicates`);
    assert.equal(result.inputs, PER_FORMAT * FUZZ_FORMATS.length);
    assert.deepEqual(result.problems, []);
  });
});
