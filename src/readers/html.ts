import type { ReadResult } from '../model.js';
import type { InputSource } from './input.js';
import { readDecoded } from './read-decoded.js';

/**
 * Read an HTML page: one article. The page is decoded here; main text and metadata are taken from it by the
 * `extract-html` article stage, the same way for pages, feed items, JSON lines and WARC records.
 */
export async function* readHtml(input: InputSource): AsyncIterable<ReadResult> {
  const read = await readDecoded(input, 'reader:html');
  if (!read.ok) {
    yield read;
    return;
  }
  yield { ok: true, doc: { source: input.source, format: 'html', html: read.text, url: input.finalUrl, messages: read.messages } };
}
