import { ingest } from '../src/pipeline/ingest.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

/**
 * `node dist/bench/ingest-child.js <input> <db>`: one ingest in its own process, so its peak memory is its own.
 * Prints one JSON line: seconds, counts, and peak RSS in MB.
 */
const [input, db] = process.argv.slice(2);
const store = new SqliteStore(db);
const start = performance.now();
const peakMB = () => process.resourceUsage().maxRSS / 1024;
let articlesDone = start;
const corpusStages: Array<{ stage: string; seconds: number; peakRssMB: number }> = [];
const result = await ingest([input], store, {}, {
  onSourceDone: () => {
    articlesDone = performance.now();
    corpusStages.push({ stage: 'articles (read, article stages, store)', seconds: (articlesDone - start) / 1000, peakRssMB: peakMB() });
  },
  onCorpusStage: (stage, seconds) => corpusStages.push({ stage, seconds, peakRssMB: peakMB() }),
});
const seconds = (performance.now() - start) / 1000;
await store.close();
process.stdout.write(JSON.stringify({ seconds, stored: result.stored, known: result.known, failed: result.failed, peakRssMB: peakMB(), stages: corpusStages }) + '\n');
