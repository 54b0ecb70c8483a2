import type { RawDocument, ReadResult } from '../model.js';
import type { InputSource } from './input.js';
import { readDecoded } from './read-decoded.js';
import { parseTextHeader } from './text-header.js';

/** Read a plain-text dump: one article, with the header conventions of real dumps parsed off the top. */
export async function* readText(input: InputSource): AsyncIterable<ReadResult> {
  const read = await readDecoded(input, 'reader:text');
  if (!read.ok) {
    yield read;
    return;
  }
  const header = parseTextHeader(read.text);
  if (!header.body.trim()) {
    yield { ok: false, failure: { source: input.source, reason: `Cannot read ${input.source}: the file holds no article text.` } };
    return;
  }
  const doc: RawDocument = {
    source: input.source,
    format: 'text',
    text: header.body,
    url: header.url ?? input.finalUrl,
    title: header.title,
    outlet: header.masthead ? (header.masthead === header.masthead.toUpperCase() ? titleCase(header.masthead) : header.masthead) : header.tag,
    published: header.published,
    publishedEvidence: header.publishedEvidence,
    dateline: header.dateline,
    messages: read.messages,
  };
  yield { ok: true, doc };
}

/** "THE NATIONAL LEDGER" → "The National Ledger": mastheads are set in capitals, outlet names are not. */
export function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
