import type { Store } from '../../store/store.js';
import { betweenStages } from './pages.js';
import { linkCopies } from './copy-links.js';
import { resolveStoredEntities } from './entity-resolution.js';
import { indexEvents } from './events.js';
import { nameOutlets } from './outlet-names.js';

/** A stage over the whole store. Each is incremental: it reads what changed since it last ran, so a rerun is cheap. */
export interface CorpusStage {
  name: string;
  run(store: Store): Promise<unknown>;
}

/** The corpus stages, in the order they run after articles are stored. */
export function corpusStages(): CorpusStage[] {
  return [
    { name: 'outlet-names', run: nameOutlets },
    { name: 'entity-resolution', run: resolveStoredEntities },
    { name: 'copies', run: linkCopies },
    { name: 'events', run: indexEvents },
  ];
}

/** Run every corpus stage over the store, in order; `onStage` hears each one's name and seconds as it ends. */
export async function runCorpusStages(store: Store, stages: CorpusStage[] = corpusStages(), onStage?: (name: string, seconds: number) => void): Promise<void> {
  for (const stage of stages) {
    const start = performance.now();
    betweenStages(); // what the article phase or the stage before let go is collected before this one builds its index
    await stage.run(store);
    onStage?.(stage.name, (performance.now() - start) / 1000);
  }
}
