import type { Article, IngestSummary, ReadFailure } from '../model.js';
import { expandInput, readSource, type ReadOptions } from '../readers/index.js';
import type { SaveOutcome, Store } from '../store/store.js';
import { runCorpusStages } from './corpus/index.js';
import { isFatal, runArticleStages } from './run-article.js';

/** What the ingest loop tells its caller as it goes: the CLI draws progress and prints failures from these. */
export interface IngestListener {
  /** The sources to read, once the inputs are expanded. */
  onSources?(sources: string[]): void;
  onSourceDone?(source: string): void;
  onArticle?(article: Article, outcome: SaveOutcome): void;
  onFailure?(failure: ReadFailure): void;
  /** A corpus stage ended, after this many seconds. */
  onCorpusStage?(name: string, seconds: number): void;
}

/** The summary, and every failure with its reason. */
export interface IngestResult extends IngestSummary {
  failures: ReadFailure[];
}

/**
 * Ingest inputs into a store: expand them, read each source, run the article stages, and save each article in
 * its own transaction. A bad input or record is a failure with its reason; the rest goes on.
 */
export async function ingest(inputs: string[], store: Store, options: ReadOptions = {}, listener: IngestListener = {}): Promise<IngestResult> {
  const result: IngestResult = { read: 0, stored: 0, known: 0, failed: 0, failures: [] };
  const fail = (failure: ReadFailure) => {
    result.failed++;
    result.failures.push(failure);
    listener.onFailure?.(failure);
  };
  const sources: string[] = [];
  for (const input of inputs) {
    const expanded = await expandInput(input);
    if (expanded.ok) sources.push(...expanded.sources);
    else fail(expanded.failure);
  }
  listener.onSources?.(sources);
  for (const source of sources) {
    for await (const read of readSource(source, options)) {
      if (!read.ok) {
        fail(read.failure);
        continue;
      }
      result.read++;
      const article = runArticleStages(read.doc);
      if (isFatal(article)) {
        const fatal = article.messages.find((m) => m.severity === 'fatal')!;
        fail({ source: read.doc.source, reason: fatal.text });
        continue;
      }
      try {
        const outcome = await store.saveArticle(article);
        result[outcome]++;
        listener.onArticle?.(article, outcome);
      } catch (error) {
        fail({ source: read.doc.source, reason: `Cannot store ${read.doc.source}: ${(error as Error).message}.` });
      }
    }
    listener.onSourceDone?.(source);
  }
  // Corpus stages are incremental and cheap when nothing is new; running them every time also finishes the work
  // of an ingest that was killed between storing articles and updating the corpus (its rerun stores nothing new).
  await runCorpusStages(store, undefined, (name, seconds) => listener.onCorpusStage?.(name, seconds));
  return result;
}
