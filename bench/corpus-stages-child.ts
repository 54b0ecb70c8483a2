import Database from 'better-sqlite3';
import { runCorpusStages } from '../src/pipeline/corpus/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

/**
 * `node --expose-gc dist/bench/corpus-stages-child.js <db>`: clear every corpus stage's results and state in a built
 * store (corpus entities, copy links, saved indexes), then run the corpus stages as ingest does, from an empty state.
 * Prints one JSON line per stage (seconds, peak RSS so far) and one for the whole: the corpus half of a full build,
 * measured on its own.
 */
const [db] = process.argv.slice(2);
const raw = new Database(db);
raw.exec('DELETE FROM stage_state; DELETE FROM copies; UPDATE article_entities SET entity_id = NULL; DELETE FROM entities;');
raw.close();
const store = new SqliteStore(db);
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const start = performance.now();
await runCorpusStages(store, undefined, (stage, seconds) => console.log(JSON.stringify({ stage, seconds: +seconds.toFixed(1), peakRssMB: peakMB() })));
console.log(JSON.stringify({ corpusStagesSeconds: +((performance.now() - start) / 1000).toFixed(1), peakRssMB: peakMB() }));
await store.close();
