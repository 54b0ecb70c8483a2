import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from './wink-analyse.js';
import { ecbTopics, readEcbTopics } from '../eval/ecbplus-read.js';

/** Sentences tagged by wink-nlp: token texts, wink token types and wink's tags, with sentence boundaries. */
export interface TaggedCorpus {
  name: string;
  words: string[];
  types: string[];
  tags: string[];
  /** Index of each sentence's first token, and the token count at the end. */
  sentenceStarts: number[];
}

/** Run wink over texts and keep its tokens (line breaks dropped, as `analyse` does) and tags, sentence by sentence. */
export function tagWithWink(name: string, texts: readonly string[]): TaggedCorpus {
  const corpus: TaggedCorpus = { name, words: [], types: [], tags: [], sentenceStarts: [] };
  for (const text of texts) {
    const { tokens } = analyse(text);
    let sentence = -1;
    for (const t of tokens) {
      if (t.sentence !== sentence) {
        corpus.sentenceStarts.push(corpus.words.length);
        sentence = t.sentence;
      }
      corpus.words.push(t.text);
      corpus.types.push(t.type);
      corpus.tags.push(t.pos);
    }
  }
  corpus.sentenceStarts.push(corpus.words.length);
  return corpus;
}

/** The article texts of a PolNeAR split. */
export function polnearTexts(root: string, split: string): string[] {
  const dir = join(root, 'data', split, 'text');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The texts of ECB+ documents of a split, rebuilt from their tokens (one sentence a line). */
export function ecbTexts(root: string, split: 'train' | 'dev' | 'test'): string[] {
  if (!existsSync(root)) return [];
  return readEcbTopics(root, ecbTopics(root, split)).map((d) => d.text);
}

/** The article bodies a person marked in the article-extraction benchmark. */
export function extractionBenchmarkTexts(path: string): string[] {
  if (!existsSync(path)) return [];
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.keys(truth)
    .sort()
    .map((k) => truth[k].articleBody ?? '')
    .filter((t) => t.trim().length > 0);
}

/** The `text` of the first `limit` records of a JSON-lines file. */
export function jsonlTexts(path: string, limit: number): string[] {
  if (!existsSync(path)) return [];
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (out.length >= limit) break;
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text === 'string') out.push(text);
  }
  return out;
}
