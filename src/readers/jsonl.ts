/**
 * The JSON-lines reader: one article per line, streamed (real dumps are gigabytes), each line capped in size.
 * A line that cannot be read is one failure naming its line number; the rest go on.
 */
import type { Readable } from 'node:stream';
import type { Message, RawDocument, ReadResult } from '../model.js';
import { decodeBytes, looksBinary } from './decode.js';
import { formatBytes, type InputSource } from './input.js';
import { normaliseDate } from './record-dates.js';

const STAGE = 'reader:jsonl';

/** The longest line read; longer lines are failures (and are skipped without being held in memory). */
export const DEFAULT_MAX_LINE_BYTES = 20 * 1024 * 1024;

export interface JsonlOptions {
  maxLineBytes?: number;
}

/** A line of the input: its 1-based number, and its bytes or the fact that it was over the cap. */
export interface Line {
  number: number;
  bytes?: Buffer;
  /** Set when the line was longer than the cap; `bytes` is then undefined. */
  tooLong?: number;
}

/** Split a byte stream into lines (LF or CRLF), holding at most `maxLineBytes` of one line in memory. */
export async function* streamLines(stream: Readable, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    if (overflow) {
      const line: Line = { number, tooLong: length };
      parts = [];
      length = 0;
      overflow = false;
      return line;
    }
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    length = 0;
    return { number, bytes };
  };
  const add = (piece: Buffer) => {
    length += piece.length;
    if (overflow) return;
    if (length > maxLineBytes) {
      overflow = true;
      parts = [];
      return;
    }
    parts.push(piece);
  };
  for await (const chunk of stream) {
    const buf: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, start);
      if (nl < 0) {
        if (start < buf.length) add(buf.subarray(start));
        break;
      }
      add(buf.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
  }
  if (length > 0 || overflow) yield finish();
}

/** Read JSON lines: one result per non-blank line. Never throws for bad content. */
export async function* readJsonl(input: InputSource, options: JsonlOptions = {}): AsyncIterable<ReadResult> {
  const src = input.source;
  const cap = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  if (input.head.length > 0 && looksBinary(input.head)) {
    yield fail(src, `${src}: expected JSON lines, found binary data`);
    return;
  }
  let stream: Readable | undefined;
  let lastLine = 0;
  try {
    stream = input.open();
    for await (const line of streamLines(stream, cap)) {
      lastLine = line.number;
      if (line.tooLong !== undefined) {
        yield fail(
          `${src}#${line.number}`,
          `${src} line ${line.number}: the line is longer than ${formatBytes(cap)}, the cap for one JSON line; it was skipped`,
        );
        continue;
      }
      const result = readLine(src, line.number, line.bytes!);
      if (result) yield result;
    }
  } catch (err) {
    yield fail(src, `${src}: reading stopped after line ${lastLine} (${errorText(err)})`);
  } finally {
    stream?.destroy();
  }
}

/** Turn one line into a result, or undefined for a blank line. */
export function readLine(src: string, number: number, bytes: Buffer): ReadResult | undefined {
  const source = `${src}#${number}`;
  const where = `${src} line ${number}`;
  let text = decodeBytes(bytes).text;
  if (number === 1) text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail(source, `${where}: not valid JSON (${errorText(err)})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return fail(source, `${where}: expected a JSON object, found ${found}`);
  }
  try {
    return recordToDoc(source, where, value as Record<string, unknown>);
  } catch (err) {
    return fail(source, `${where}: could not read the record (${errorText(err)})`);
  }
}

const TEXT_KEYS = ['text', 'content', 'body', 'article', 'maintext', 'full_text', 'content_text', 'article_text'];
const HTML_KEYS = ['html', 'content_html', 'raw_html', 'body_html'];
const DATE_KEYS = ['published', 'published_at', 'publishedAt', 'date_published', 'datePublished', 'pubDate', 'date_publish', 'date', 'publish_date', 'created_at'];
const MODIFIED_KEYS = ['modified', 'updated', 'updated_at', 'date_modified', 'dateModified', 'date_modify'];
const OUTLET_KEYS = ['outlet', 'source', 'site', 'site_name', 'publisher', 'source_domain', 'domain', 'feed'];

function recordToDoc(source: string, where: string, r: Record<string, unknown>): ReadResult {
  const doc: RawDocument = { source, format: 'jsonl' };
  const messages: Message[] = [];
  let body: { key: string; value: string } | undefined;
  for (const key of HTML_KEYS) {
    const v = str(r[key]);
    if (v) {
      doc.html = v;
      break;
    }
  }
  for (const key of TEXT_KEYS) {
    const v = str(r[key]);
    if (v) {
      body = { key, value: v };
      break;
    }
  }
  if (body) {
    // `content` and `body` often hold HTML; route it to the HTML path unless a separate HTML field exists.
    if (body.key !== 'text' && !doc.html && looksLikeHtml(body.value)) doc.html = body.value;
    else doc.text = body.value;
  }
  if (!doc.text && !doc.html) {
    const keys = Object.keys(r).slice(0, 8).join(', ');
    return fail(source, `${where}: expected a "text" or "html" field (or content/body), found ${keys ? `only ${keys}` : 'an empty object'}`);
  }
  const url = str(r.url) ?? str(r.link) ?? str(r.uri) ?? str(r.canonical_url);
  if (url) doc.url = url;
  const title = str(r.title) ?? str(r.headline);
  if (title) doc.title = title;
  for (const key of OUTLET_KEYS) {
    const v = r[key];
    const name = str(v) ?? str(obj(v)?.name) ?? str(obj(v)?.title);
    if (name) {
      doc.outlet = name;
      break;
    }
  }
  for (const key of DATE_KEYS) {
    const v = r[key];
    if (v === undefined || v === null || v === '') continue;
    const iso = normaliseDate(v);
    if (iso) {
      doc.published = iso;
      doc.publishedEvidence = `json field ${key}`;
    } else {
      messages.push({
        severity: 'warning',
        stage: STAGE,
        rule: 'jsonl-date-unreadable',
        text: `${where}: the "${key}" value ${JSON.stringify(v).slice(0, 60)} is not a date this reader understands; it was not used`,
      });
    }
    break;
  }
  for (const key of MODIFIED_KEYS) {
    const iso = normaliseDate(r[key]);
    if (iso) {
      doc.modified = iso;
      break;
    }
  }
  const authors = authorList(r.authors ?? r.author ?? r.byline ?? r.creator);
  if (authors.length) doc.authors = authors;
  const language = str(r.language) ?? str(r.lang);
  if (language) doc.language = language;
  const description = str(r.description) ?? str(r.summary) ?? str(r.excerpt);
  if (description) doc.description = description;
  const dateline = str(r.dateline);
  if (dateline) doc.dateline = dateline;
  if (Array.isArray(r.captions)) {
    const captions = r.captions.map(str).filter((c): c is string => !!c);
    if (captions.length) doc.captions = captions;
  }
  if (messages.length) doc.messages = messages;
  return { ok: true, doc };
}

function authorList(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: string[] = [];
  for (const a of list) {
    const name = str(a) ?? str(obj(a)?.name);
    if (name) out.push(name);
  }
  return [...new Set(out)];
}

function looksLikeHtml(s: string): boolean {
  return /<(p|div|br|article|section|span|a|h[1-6]|ul|ol|li|figure|img|html|body|strong|em|b|i)\b[^>]*>/i.test(s.slice(0, 20000));
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function fail(source: string, reason: string): ReadResult {
  return { ok: false, failure: { source, reason } };
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
}
