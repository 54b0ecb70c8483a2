import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runCli, tempDir } from '../helpers/cli.js';

describe('storyline events and timeline', () => {
  const db = join(tempDir(), 'events.db');
  before(async () => {
    const run = await runCli(['demo', '--db', db], { timeoutMs: 120_000 });
    assert.equal(run.code, 0, run.stderr);
  });

  it('should print events as JSON with the contract fields', async () => {
    const run = await runCli(['events', '--json', '--db', db]);
    assert.equal(run.code, 0, run.stderr);
    const events = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    assert.ok(events.length > 5);
    for (const e of events) assert.deepEqual(Object.keys(e).sort(), ['articleIds', 'date', 'entityIds', 'id', 'place', 'title']);
  });

  it('should print a timeline a person reads, in date order', async () => {
    const run = await runCli(['timeline', '--db', db]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Storyline: \d+ events, \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
    const dates = [...run.stdout.matchAll(/^(\d{4}-\d\d-\d\d) {2}/gm)].map((m) => m[1]);
    assert.deepEqual(dates, [...dates].sort());
  });
});
