import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** The database a command uses when none is named: `--db`, then `STORYLINE_DB`, then `./storyline.db`. */
export function defaultDbLocation(explicit?: string): string {
  return explicit ?? process.env.STORYLINE_DB ?? './storyline.db';
}

/** Open the store at a location: a file path for the embedded SQLite store. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error(`Cannot open ${location}: this version of Storyline stores to SQLite only; give a file path to --db`);
  }
  return new SqliteStore(location);
}
