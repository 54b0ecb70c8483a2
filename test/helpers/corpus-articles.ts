import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEMO_INPUTS } from '../../src/cli/main.js';
import type { Article } from '../../src/model.js';
import { expandInput, readSource } from '../../src/readers/index.js';
import { runArticleStages } from '../../src/pipeline/run-article.js';
import { ROOT } from './cli.js';

/** The sample corpus folder. */
export const CORPUS_DIR = join(ROOT, 'examples', 'corpus');

/** The whole gold file of the sample corpus, untyped beyond its top-level keys. */
export function loadCorpusGold(): Record<'articles' | 'quotes' | 'figures' | 'entities' | 'events' | 'copies', any[]> {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'gold.json'), 'utf8'));
}

/**
 * Every article of the sample corpus run through the article stages (no store, no corpus stages), keyed as the gold
 * file keys them: the path relative to the corpus folder, with `#N` for the Nth record of a multi-record input.
 */
export async function loadCorpusArticles(): Promise<Map<string, Article>> {
  const out = new Map<string, Article>();
  for (const input of DEMO_INPUTS) {
    const expanded = await expandInput(input);
    if (!expanded.ok) throw new Error(expanded.failure.reason);
    for (const source of expanded.sources) {
      for await (const result of readSource(source)) {
        if (!result.ok) throw new Error(result.failure.reason);
        const article = runArticleStages(result.doc);
        out.set(relative(CORPUS_DIR, article.source).split('\\').join('/'), article);
      }
    }
  }
  return out;
}
