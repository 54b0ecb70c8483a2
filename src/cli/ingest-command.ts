import cliProgress from 'cli-progress';
import { ingest, type IngestResult } from '../pipeline/ingest.js';
import type { ReadOptions } from '../readers/index.js';
import type { Store } from '../store/store.js';

/**
 * Ingest with the CLI's manners: a progress bar on a terminal, one line per failure on stderr as it happens.
 * Shared by `ingest` and `demo`.
 */
export async function ingestWithProgress(inputs: string[], store: Store, options: ReadOptions & { quiet?: boolean }): Promise<IngestResult> {
  const bar = process.stderr.isTTY && !options.quiet
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} inputs | {stored} stored', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : undefined;
  let stored = 0;
  // While the bar is drawn, failures wait and are printed under it when it ends.
  const held: string[] = [];
  const result = await ingest(inputs, store, options, {
    onSources: (sources) => bar?.start(sources.length, 0, { stored }),
    onSourceDone: () => bar?.increment(1, { stored }),
    onArticle: (_a, outcome) => {
      if (outcome === 'stored') stored++;
    },
    onFailure: (failure) => {
      const line = `error: ${failure.reason}\n`;
      if (bar) held.push(line);
      else process.stderr.write(line);
    },
  });
  bar?.stop();
  for (const line of held) process.stderr.write(line);
  return result;
}
