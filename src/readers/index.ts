import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import type { InputFormat, ReadResult } from '../model.js';
import { fetchUrl } from './fetch-url.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import { bufferInput, fileInput, readStream, type InputSource, type Reader } from './input.js';
import { readJsonl } from './jsonl.js';
import { sniffFormat } from './sniff.js';
import { readText } from './text.js';
import { readWarc } from './warc.js';

/** The reader for each format: the one place that lists them. */
export const readers: Record<InputFormat, Reader> = {
  text: readText,
  html: readHtml,
  feed: readFeed,
  jsonl: readJsonl,
  warc: readWarc,
};

/** File names a folder walk picks up; other files in a folder (images, scripts, notes) are passed over. */
const ARTICLE_FILE_RE = /(\.(txt|text|html?|xhtml|xml|rss|atom|json|jsonl|ndjson|warc|warc\.gz)|^[^.]+)$/i;
const STDIN_CAP = 512 * 1024 * 1024;

export interface ReadOptions {
  allowPrivate?: boolean;
  /** Seconds before a URL fetch gives up. */
  timeoutSeconds?: number;
}

/** One input as the user named it, expanded: the sources it stands for, or why it stands for none. */
export type ExpandedInput = { ok: true; sources: string[] } | { ok: false; failure: { source: string; reason: string } };

/** Expand a command-line input: a URL, `-`, a file, a folder (recursively) or a glob pattern. */
export async function expandInput(input: string): Promise<ExpandedInput> {
  if (input === '-' || /^https?:\/\//i.test(input)) return { ok: true, sources: [input] };
  const info = await stat(input).catch(() => undefined);
  if (info?.isFile()) return { ok: true, sources: [input] };
  if (info?.isDirectory()) return { ok: true, sources: await walk(input) };
  if (/[*?[\]{}]/.test(input)) {
    const matches = (await glob(input, { onlyFiles: true, dot: false })).sort();
    if (matches.length) return { ok: true, sources: matches };
    return { ok: false, failure: { source: input, reason: `No file matches ${input}.` } };
  }
  return { ok: false, failure: { source: input, reason: `Cannot read ${input}: no such file, folder or URL.` } };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && ARTICLE_FILE_RE.test(entry.name)) out.push(path);
  }
  return out;
}

/** Open one source (a file path, `-` or a URL) as an InputSource. */
export async function openSource(source: string, options: ReadOptions = {}): Promise<InputSource> {
  if (/^https?:\/\//i.test(source)) {
    return fetchUrl(source, { allowPrivate: options.allowPrivate, timeoutMs: (options.timeoutSeconds ?? 15) * 1000 });
  }
  if (source === '-') return bufferInput('-', await readStream(process.stdin, 'stdin', STDIN_CAP));
  const handle = await open(source, 'r');
  try {
    const info = await handle.stat();
    const head = Buffer.alloc(Math.min(info.size, 64 * 1024));
    await handle.read(head, 0, head.length, 0);
    return fileInput(source, head, info.size);
  } finally {
    await handle.close();
  }
}

/** Read one source: sniff its format and yield its articles and failures. Never throws. */
export async function* readSource(source: string, options: ReadOptions = {}): AsyncIterable<ReadResult> {
  let input: InputSource;
  try {
    input = await openSource(source, options);
  } catch (error) {
    const reason = (error as Error).message;
    yield { ok: false, failure: { source, reason: reason.includes(source) ? reason : `Cannot read ${source}: ${reason}.` } };
    return;
  }
  const sniffed = sniffFormat(input.head, input.finalUrl ?? source, input.contentType);
  if (sniffed.format === null) {
    yield { ok: false, failure: { source, reason: `Cannot read ${source}: ${sniffed.reason}.` } };
    return;
  }
  try {
    yield* readers[sniffed.format](input);
  } catch (error) {
    // Readers report bad content as failures; a throw here is a bug, still reported per input.
    yield { ok: false, failure: { source, reason: `Cannot read ${source}: ${(error as Error).message}.` } };
  }
}
