import type { ReadResult } from '../model.js';
import { decodeBytes } from './decode.js';
import type { InputSource } from './input.js';
import { charsetOf } from './text.js';

/**
 * Read an HTML page: one article. The page is decoded here; main text and metadata are taken from it by the
 * `extract-html` article stage, the same way for pages, feed items, JSON lines and WARC records.
 */
export async function* readHtml(input: InputSource): AsyncIterable<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await input.readAll();
  } catch (error) {
    yield { ok: false, failure: { source: input.source, reason: `Cannot read ${input.source}: ${(error as Error).message}.` } };
    return;
  }
  const decoded = decodeBytes(bytes, charsetOf(input.contentType));
  yield {
    ok: true,
    doc: {
      source: input.source,
      format: 'html',
      html: decoded.text,
      url: input.finalUrl,
      messages: decoded.lossy
        ? [{ severity: 'warning', stage: 'reader:html', rule: 'invalid-encoding', text: `${input.source} is not valid ${decoded.charset}; undecodable bytes were replaced.` }]
        : [],
    },
  };
}
