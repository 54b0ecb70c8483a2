import { join } from 'node:path';
import type { Article } from '../src/model.js';
import { expandInput, readSource } from '../src/readers/index.js';
import { runArticleStages } from '../src/pipeline/run-article.js';

/** The sample corpus's format folders, from the repository root. */
export const SAMPLE_INPUTS = ['text', 'html', 'feeds', 'jsonl', 'warc'].map((d) => join(process.cwd(), 'examples', 'corpus', d));

/** Every sample article through the article stages, in input order. */
export async function loadSampleArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for (const input of SAMPLE_INPUTS) {
    const expanded = await expandInput(input);
    if (!expanded.ok) continue;
    for (const source of expanded.sources) {
      for await (const r of readSource(source)) if (r.ok) out.push(runArticleStages(r.doc));
    }
  }
  return out;
}
