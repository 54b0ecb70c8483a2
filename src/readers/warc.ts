/**
 * The WARC reader: WARC 1.0/1.1 files, plain or gzip (one member per record, or the whole file), streamed.
 * Each `response` record with a 2xx HTML page is one article; every other record is skipped.
 *
 * A small parser of its own (over node:zlib) rather than warcio's, so that every limit is enforced where the
 * bytes arrive: the size of one record's content, the size of header blocks, the decompressed size of an HTTP
 * body, and the ratio of decompressed to compressed bytes of the whole stream (zip bombs stop within
 * milliseconds, without the bomb ever being held in memory).
 *
 * `WARC-Date` is the capture date, not the publication date: it is never put in `published` (it is kept as an
 * info message, an upper bound for the date stages).
 */
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import zlib from 'node:zlib';
import type { Message, RawDocument, ReadResult } from '../model.js';
import { charsetFromContentType, mediaType } from './content-type.js';
import { decodeBytes } from './decode.js';
import { formatBytes, type InputSource } from './input.js';

const STAGE = 'reader:warc';

/** The largest record content (HTTP headers and body) read into memory. */
export const DEFAULT_MAX_RECORD_BYTES = 50 * 1024 * 1024;
/** Decompressed/compressed ratio of the whole stream past which it is treated as a zip bomb... */
export const MAX_COMPRESSION_RATIO = 100;
/** ...once this much has been decompressed (small inputs may compress very well for innocent reasons). */
export const RATIO_CHECK_AFTER_BYTES = 64 * 1024 * 1024;
const MAX_HEADER_BYTES = 64 * 1024;

export interface WarcStats {
  /** Records seen, of every type. */
  records: number;
  /** Articles yielded. */
  articles: number;
  /** Records skipped, by reason ("warcinfo", "request", "response 404", "response image/png", ...). */
  skipped: Record<string, number>;
}

export interface WarcOptions {
  maxRecordBytes?: number;
  /** Filled while reading, for callers that report counts. */
  stats?: WarcStats;
}

class StopReading extends Error {}

/** A pull reader over a byte stream: lines, exact reads and skips, with a running count of bytes. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private done = false;
  /** Bytes consumed from the (decompressed) stream so far. */
  offset = 0;

  constructor(
    private readonly it: AsyncIterator<Buffer | Uint8Array | string>,
    private readonly onChunk: (n: number) => void,
  ) {}

  get buffered(): number {
    return this.buf.length - this.pos;
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
    this.onChunk(chunk.length);
    if (this.pos < this.buf.length) this.buf = Buffer.concat([this.buf.subarray(this.pos), chunk]);
    else this.buf = chunk;
    this.pos = 0;
    return true;
  }

  /** True when no byte is left. */
  async atEnd(): Promise<boolean> {
    while (this.buffered === 0) if (!(await this.fill())) return true;
    return false;
  }

  /**
   * The next line (without its LF/CRLF), searched for within `max` bytes: undefined at the end of the stream,
   * or `{ tooLong }` when no line end comes within `max` bytes (nothing is consumed then).
   */
  async readLine(max: number): Promise<Buffer | undefined | { tooLong: true } | { partial: Buffer }> {
    for (;;) {
      const limit = Math.min(this.buf.length, this.pos + max);
      const nl = this.buf.indexOf(0x0a, this.pos);
      if (nl >= 0 && nl < limit) {
        let line = this.buf.subarray(this.pos, nl);
        this.offset += nl + 1 - this.pos;
        this.pos = nl + 1;
        if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
        return line;
      }
      if (this.buffered >= max) return { tooLong: true };
      if (!(await this.fill())) {
        if (this.buffered === 0) return undefined;
        const rest = this.buf.subarray(this.pos);
        this.offset += rest.length;
        this.pos = this.buf.length;
        return { partial: rest };
      }
    }
  }

  /** Up to `n` bytes (fewer only at the end of the stream). */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n) {
      if (this.buffered === 0 && !(await this.fill())) break;
      const take = Math.min(n - got, this.buffered);
      parts.push(this.buf.subarray(this.pos, this.pos + take));
      this.pos += take;
      got += take;
    }
    this.offset += got;
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, got);
  }

  /** Skip up to `n` bytes; returns how many were skipped (fewer only at the end of the stream). */
  async skip(n: number): Promise<number> {
    let got = 0;
    while (got < n) {
      if (this.buffered === 0) {
        this.buf = Buffer.alloc(0);
        this.pos = 0;
        if (!(await this.fill())) break;
      }
      const take = Math.min(n - got, this.buffered);
      this.pos += take;
      got += take;
    }
    this.offset += got;
    return got;
  }
}

/** Read a WARC file: one result per HTML response record; failures for broken records and broken files. */
export async function* readWarc(input: InputSource, options: WarcOptions = {}): AsyncIterable<ReadResult> {
  const src = input.source;
  const cap = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const stats: WarcStats = options.stats ?? { records: 0, articles: 0, skipped: {} };
  const skip = (why: string) => (stats.skipped[why] = (stats.skipped[why] ?? 0) + 1);

  if (input.head.length === 0 && (input.size ?? 0) === 0) {
    yield fail(src, `${src}: expected a WARC file, found an empty file`);
    return;
  }
  const gzipped = input.head.length >= 2 && input.head[0] === 0x1f && input.head[1] === 0x8b;
  let compressed = 0;
  let decompressed = 0;
  let raw: Readable | undefined;
  let stream: Readable | undefined;
  let bomb: string | undefined;
  let index = 0;
  try {
    raw = input.open();
    if (gzipped) {
      const gunzip = zlib.createGunzip();
      raw.on('data', (c: Buffer) => (compressed += c.length));
      pipeline(raw, gunzip, () => undefined);
      stream = gunzip;
    } else stream = raw;
    const reader = new ByteReader(stream[Symbol.asyncIterator](), (n) => {
      decompressed += n;
      if (gzipped && decompressed > RATIO_CHECK_AFTER_BYTES && decompressed > compressed * MAX_COMPRESSION_RATIO) {
        bomb =
          `${src}: stopped at record ${index}: ${formatBytes(compressed)} of gzip data expanded to more than ` +
          `${formatBytes(decompressed)} (over ${MAX_COMPRESSION_RATIO} to 1), which looks like a zip bomb`;
        throw new StopReading(bomb);
      }
    });

    for (;;) {
      // Records are separated by blank lines; tolerate extra ones.
      let version: Buffer | undefined;
      for (;;) {
        const line = await reader.readLine(MAX_HEADER_BYTES);
        if (line === undefined) return;
        if (!Buffer.isBuffer(line)) {
          if ('partial' in line && line.partial.toString('latin1').trim() === '') return;
          version = 'partial' in line ? line.partial : Buffer.from('(a line longer than 64 KB)');
          break;
        }
        if (line.length > 0 && line.toString('latin1').trim() !== '') {
          version = line;
          break;
        }
      }
      index++;
      stats.records = index;
      const versionText = version.toString('latin1').trim();
      if (!/^WARC\/1\.[01]\b/.test(versionText)) {
        const found = JSON.stringify(versionText.slice(0, 40));
        yield fail(
          src,
          index === 1
            ? `${src}: expected a WARC file starting with a WARC/1.0 or WARC/1.1 line, found ${found}`
            : `${src}: stopped at record ${index}: expected a WARC/1.0 or WARC/1.1 line, found ${found} (the previous record's Content-Length may be wrong)`,
        );
        return;
      }
      const headers = await readHeaders(reader);
      if (headers === 'truncated') {
        yield fail(src, `${src}: the file is truncated: it ends in the headers of record ${index}`);
        return;
      }
      if (headers === 'too-long') {
        yield fail(src, `${src}: stopped at record ${index}: its WARC headers are longer than 64 KB`);
        return;
      }
      const lengthText = headers.get('content-length');
      const length = lengthText !== undefined && /^\d+$/.test(lengthText.trim()) ? Number(lengthText.trim()) : NaN;
      if (!Number.isSafeInteger(length)) {
        yield fail(src, `${src}: stopped at record ${index}: expected a numeric Content-Length header, found ${lengthText === undefined ? 'none' : JSON.stringify(lengthText)}`);
        return;
      }
      const type = (headers.get('warc-type') ?? '').trim().toLowerCase();
      const truncated = () => fail(src, `${src}: the file is truncated: it ends inside record ${index} (expected ${length} bytes of content)`);

      if (type !== 'response') {
        skip(type || 'untyped');
        if ((await reader.skip(length)) < length) {
          yield truncated();
          return;
        }
        continue;
      }

      const source = `${src}#${index}`;
      const result = await readResponse(reader, headers, length, { src, source, index, cap });
      if (result.kind === 'truncated') {
        yield truncated();
        return;
      }
      if (result.kind === 'skip') {
        skip(result.why);
        continue;
      }
      if (result.kind === 'fail') {
        yield fail(source, result.reason);
        continue;
      }
      stats.articles++;
      yield { ok: true, doc: result.doc };
    }
  } catch (err) {
    if (bomb) yield fail(src, bomb);
    else if (err instanceof StopReading) yield fail(src, err.message);
    else {
      const msg = errorText(err);
      const broken = /unexpected end of file|incorrect header check|invalid|Z_/i.test(msg);
      yield fail(
        src,
        broken && gzipped
          ? `${src}: the gzip data is truncated or corrupt in record ${Math.max(index, 1)} (${msg})`
          : `${src}: reading stopped at record ${Math.max(index, 1)} (${msg})`,
      );
    }
  } finally {
    stream?.destroy();
    raw?.destroy();
  }
}

/** Headers as a map of lower-case names (the first value of repeated names wins). */
type Headers = Map<string, string>;

async function readHeaders(reader: ByteReader): Promise<Headers | 'truncated' | 'too-long'> {
  const headers: Headers = new Map();
  let total = 0;
  let last: string | undefined;
  for (;;) {
    const line = await reader.readLine(MAX_HEADER_BYTES);
    if (line === undefined || (!Buffer.isBuffer(line) && 'partial' in line)) return 'truncated';
    if (!Buffer.isBuffer(line)) return 'too-long';
    total += line.length + 2;
    if (total > MAX_HEADER_BYTES) return 'too-long';
    if (line.length === 0) return headers;
    const text = line.toString('latin1');
    if (/^[ \t]/.test(text) && last) {
      headers.set(last, `${headers.get(last)} ${text.trim()}`);
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) continue;
    const name = text.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, text.slice(colon + 1).trim());
    last = name;
  }
}

type ResponseResult =
  | { kind: 'doc'; doc: RawDocument }
  | { kind: 'skip'; why: string }
  | { kind: 'fail'; reason: string }
  | { kind: 'truncated' };

async function readResponse(
  reader: ByteReader,
  warc: Headers,
  length: number,
  ctx: { src: string; source: string; index: number; cap: number },
): Promise<ResponseResult> {
  const where = `${ctx.src} record ${ctx.index}`;
  const start = reader.offset;
  // The HTTP status line and headers.
  const status = await reader.readLine(Math.min(length, MAX_HEADER_BYTES));
  if (status === undefined) return length === 0 ? { kind: 'skip', why: 'empty response' } : { kind: 'truncated' };
  if (!Buffer.isBuffer(status)) {
    if ('partial' in status) return { kind: 'truncated' };
    const want = length - (reader.offset - start);
    return (await reader.skip(want)) < want ? { kind: 'truncated' } : { kind: 'skip', why: 'response without HTTP headers' };
  }
  return readHttp(reader, warc, length, status, start, ctx, where);
}

async function readHttp(
  reader: ByteReader,
  warc: Headers,
  length: number,
  status: Buffer,
  start: number,
  ctx: { src: string; source: string; index: number; cap: number },
  where: string,
): Promise<ResponseResult> {
  // `start` is where the record content began; the status line has been consumed already.
  const left = () => length - (reader.offset - start);
  const skipRest = async (why: string): Promise<ResponseResult> => {
    const want = left();
    if (want <= 0) return { kind: 'skip', why };
    const n = await reader.skip(want);
    return n < want ? { kind: 'truncated' } : { kind: 'skip', why };
  };
  const statusText = status.toString('latin1');
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusText);
  if (!m) return skipRest('response without an HTTP status line');
  const code = Number(m[1]);
  const http: Headers = new Map();
  let total = 0;
  for (;;) {
    const max = Math.min(Math.max(left(), 0), MAX_HEADER_BYTES);
    if (max <= 0) break; // headers run to the end of the record: no body
    const line = await reader.readLine(max);
    if (line === undefined || (!Buffer.isBuffer(line) && 'partial' in line)) return { kind: 'truncated' };
    if (!Buffer.isBuffer(line)) return skipRest('response with oversized HTTP headers');
    total += line.length;
    if (total > MAX_HEADER_BYTES) return skipRest('response with oversized HTTP headers');
    if (line.length === 0) break;
    const text = line.toString('latin1');
    const colon = text.indexOf(':');
    if (colon <= 0) continue;
    const name = text.slice(0, colon).trim().toLowerCase();
    if (!http.has(name)) http.set(name, text.slice(colon + 1).trim());
  }
  if (code < 200 || code > 299) return skipRest(`response ${code}`);
  const contentType = http.get('content-type');
  const media = mediaType(contentType);
  if (media && media !== 'text/html' && media !== 'application/xhtml+xml') return skipRest(`response ${media}`);
  const bodyLength = Math.max(left(), 0);
  if (bodyLength > ctx.cap) {
    const r = await skipRest('response over the size cap');
    if (r.kind === 'truncated') return r;
    return {
      kind: 'fail',
      reason: `${where}: the HTML body is ${formatBytes(bodyLength)}, over the ${formatBytes(ctx.cap)} cap for one record; it was skipped`,
    };
  }
  let body = await reader.read(bodyLength);
  if (body.length < bodyLength) return { kind: 'truncated' };
  if (!media) {
    // No Content-Type: take it if it looks like HTML.
    const head = body.subarray(0, 1024).toString('latin1');
    if (!/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(head)) return { kind: 'skip', why: 'response without a content type' };
  }
  const messages: Message[] = [];
  const te = (http.get('transfer-encoding') ?? '').toLowerCase();
  if (te.includes('chunked')) {
    const dechunked = dechunk(body, ctx.cap);
    if (dechunked) body = dechunked;
    else if (dechunked === null) {
      return { kind: 'fail', reason: `${where}: the chunked HTML body decodes to more than ${formatBytes(ctx.cap)}, the cap for one record` };
    }
    // undefined: the body was not chunked after all (crawlers often store it dechunked); keep it.
  }
  const ce = (http.get('content-encoding') ?? '').toLowerCase().trim();
  if (ce && ce !== 'identity') {
    const decoded = decodeContent(body, ce, ctx.cap);
    if (decoded.ok) body = decoded.body;
    else if (decoded.error) return { kind: 'fail', reason: `${where}: the ${ce}-encoded HTML body could not be decoded (${decoded.error})` };
  }
  const decoded = decodeBytes(body, charsetFromContentType(contentType));
  if (decoded.lossy) {
    messages.push({
      severity: 'warning',
      stage: STAGE,
      rule: 'warc-charset-lossy',
      text: `${where}: the HTML is not valid ${decoded.charset}; some characters were replaced`,
    });
  }
  const doc: RawDocument = { source: ctx.source, format: 'warc', html: decoded.text };
  const uri = warc.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1').trim();
  if (uri) doc.url = uri;
  const captured = warc.get('warc-date');
  if (captured) {
    messages.push({
      severity: 'info',
      stage: STAGE,
      rule: 'warc-capture-date',
      text: `${ctx.source} was captured on ${captured} (WARC-Date); that is when it was archived, not when it was published`,
    });
  }
  doc.messages = messages;
  return { kind: 'doc', doc };
}

/**
 * Undo `Transfer-Encoding: chunked`: the body, or undefined when the bytes are not chunked (stored dechunked),
 * or null when the result would pass `cap`.
 */
export function dechunk(body: Buffer, cap: number): Buffer | undefined | null {
  const parts: Buffer[] = [];
  let pos = 0;
  let total = 0;
  for (;;) {
    const nl = body.indexOf(0x0a, pos);
    if (nl < 0) return parts.length ? Buffer.concat(parts) : undefined;
    const sizeText = body.subarray(pos, nl).toString('latin1').replace(/;.*$/, '').trim();
    if (!/^[0-9a-fA-F]{1,8}$/.test(sizeText)) return parts.length ? Buffer.concat(parts) : undefined;
    const size = parseInt(sizeText, 16);
    if (size === 0) return Buffer.concat(parts);
    total += size;
    if (total > cap) return null;
    parts.push(body.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size;
    if (body[pos] === 0x0d) pos++;
    if (body[pos] === 0x0a) pos++;
    if (pos >= body.length) return Buffer.concat(parts);
  }
}

/** Undo a Content-Encoding, capped; a body that is not actually encoded (stored decoded) is kept as it is. */
function decodeContent(body: Buffer, encoding: string, cap: number): { ok: true; body: Buffer } | { ok: false; error?: string } {
  const opts = { maxOutputLength: cap };
  try {
    if (encoding.includes('gzip')) {
      if (!(body[0] === 0x1f && body[1] === 0x8b)) return { ok: false };
      return { ok: true, body: zlib.gunzipSync(body, { ...opts, finishFlush: zlib.constants.Z_SYNC_FLUSH }) };
    }
    if (encoding.includes('deflate')) {
      try {
        return { ok: true, body: zlib.inflateSync(body, { ...opts, finishFlush: zlib.constants.Z_SYNC_FLUSH }) };
      } catch {
        return { ok: true, body: zlib.inflateRawSync(body, { ...opts, finishFlush: zlib.constants.Z_SYNC_FLUSH }) };
      }
    }
    if (encoding.includes('br')) return { ok: true, body: zlib.brotliDecompressSync(body, opts) };
    return { ok: false };
  } catch (err) {
    const msg = errorText(err);
    if (/maxOutputLength|Cannot create a Buffer larger|buffer/i.test(msg) && err instanceof RangeError) {
      return { ok: false, error: `it decodes to more than ${formatBytes(cap)}, the cap for one record` };
    }
    if (encoding.includes('br')) return { ok: false }; // probably stored decoded
    return { ok: false, error: msg };
  }
}

function fail(source: string, reason: string): ReadResult {
  return { ok: false, failure: { source, reason } };
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
}
