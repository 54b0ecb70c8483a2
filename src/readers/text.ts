import type { RawDocument, ReadResult } from '../model.js';
import type { InputSource } from './input.js';
import { outletFromLine } from '../text/news-lines.js';
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
    outlet: header.masthead ? outletFromLine(header.masthead) : header.tag,
    published: header.published,
    publishedEvidence: header.publishedEvidence,
    dateline: header.dateline,
    messages: read.messages,
  };
  yield { ok: true, doc };
}

