import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ArticleDoc, RawDocument } from '../src/model.js';
import { articleStages } from '../src/pipeline/article/index.js';

/** Time spent in one article stage over a corpus. */
export interface StageTiming {
  stage: string;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
}

/** Read a generated JSON-lines corpus into raw documents, as the jsonl reader would hand them over. */
export async function readGenerated(path: string, limit = Infinity): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (docs.length >= limit) break;
    const r = JSON.parse(line) as { url: string; title: string | null; text: string; published: string; outlet: string; authors: string[] };
    docs.push({ source: `${path}#${docs.length + 1}`, format: 'jsonl', text: r.text, url: r.url, title: r.title ?? undefined, outlet: r.outlet, published: r.published, publishedEvidence: 'json published', authors: r.authors });
  }
  return docs;
}

/**
 * Run every article stage over the documents on this one thread, timing each stage alone, after one warm-up pass
 * over the first 50 (so the JIT and wink's model load are not counted). MB/s counts the article text's bytes.
 */
export function timeStages(docs: RawDocument[]): { stages: StageTiming[]; total: StageTiming } {
  const stages = articleStages();
  const run = (raw: RawDocument, clock?: Float64Array) => {
    const doc: ArticleDoc = { raw: { ...raw }, article: { messages: [] } };
    stages.forEach((stage, i) => {
      const t = performance.now();
      stage.run(doc);
      if (clock) clock[i] += performance.now() - t;
    });
  };
  for (const raw of docs.slice(0, 50)) run(raw);
  const clock = new Float64Array(stages.length);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text ?? d.html ?? ''), 0);
  for (const raw of docs) run(raw, clock);
  const timing = (stage: string, ms: number): StageTiming => ({
    stage,
    seconds: ms / 1000,
    articlesPerSecond: docs.length / (ms / 1000),
    megabytesPerSecond: bytes / 1e6 / (ms / 1000),
  });
  const rows = stages.map((s, i) => timing(s.name, clock[i]));
  return { stages: rows, total: timing('all article stages', clock.reduce((a, b) => a + b, 0)) };
}
