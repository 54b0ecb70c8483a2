import { figureLedger, quotesWithLedger } from '../src/ledger/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

/** Median latency of one query, in milliseconds. */
export interface QueryLatency {
  query: string;
  medianMs: number;
  results: number;
}

/**
 * Time the queries the surfaces make, on a built store: five runs each after one warm-up, median reported.
 * The ledgers are views built on read, so their latency is the price of never being stale.
 */
export async function timeQueries(db: string): Promise<QueryLatency[]> {
  const store = new SqliteStore(db);
  const queries: Array<[string, () => Promise<unknown[]>]> = [
    ['search "levee breach"', () => store.search('levee breach', { limit: 20 })],
    ['articles --limit 50', () => store.listArticles({ limit: 50 })],
    ['articles --from/--to (one week)', () => store.listArticles({ from: '2024-04-01', to: '2024-04-07', limit: 100 })],
    ['quotes --speaker (one name)', () => store.listQuotes({ speaker: 'Abram', limit: 100 })],
    ['figures --metric killed --limit 100', () => store.listFigures({ metric: 'killed', limit: 100 })],
    ['entities --type person --limit 20', () => store.listEntities({ type: 'person', limit: 20 })],
    ['ledger --metric killed', () => figureLedger(store, 'killed')],
    ['quotes --json with sameAs/flags (all)', () => quotesWithLedger(store)],
  ];
  const out: QueryLatency[] = [];
  for (const [query, run] of queries) {
    let results = (await run()).length;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      results = (await run()).length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out.push({ query, medianMs: times[2], results });
  }
  await store.close();
  return out;
}
