import type { RawDocument, ReadResult } from '../model.js';
import { decodeBytes } from './decode.js';
import type { InputSource } from './input.js';
import { parseTextHeader } from './text-header.js';

/** Read a plain-text dump: one article, with the header conventions of real dumps parsed off the top. */
export async function* readText(input: InputSource): AsyncIterable<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await input.readAll();
  } catch (error) {
    yield { ok: false, failure: { source: input.source, reason: `Cannot read ${input.source}: ${(error as Error).message}.` } };
    return;
  }
  const decoded = decodeBytes(bytes, charsetOf(input.contentType));
  const header = parseTextHeader(decoded.text);
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
    messages: [],
  };
  if (decoded.lossy) {
    doc.messages!.push({
      severity: 'warning', stage: 'reader:text', rule: 'invalid-encoding',
      text: `${input.source} is not valid ${decoded.charset}; undecodable bytes were replaced.`,
    });
  }
  yield { ok: true, doc };
}

/** The charset parameter of a Content-Type header. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}

/** "THE NATIONAL LEDGER" → "The National Ledger": mastheads are set in capitals, outlet names are not. */
export function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
