/**
 * Fetch a URL into an InputSource, carefully: http/https only, no private addresses unless allowed (checked on the
 * literal host, on every DNS answer at connect time, and on every redirect hop), one deadline for the whole
 * fetch, a size cap enforced while streaming, a redirect cap, and only content types the readers understand.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { AddressRefused, guardedLookup, refusalFor, type GuardOptions } from './address-guard.js';
import { mediaType } from './content-type.js';
import { bufferInput, DEFAULT_MAX_DOCUMENT_BYTES, formatBytes, type InputSource } from './input.js';

export { isForbiddenAddress } from './address-guard.js';

export interface FetchOptions {
  /** Allow loopback, private, link-local and other non-public addresses. */
  allowPrivate?: boolean;
  /** Specific addresses allowed even though they are not public (for one internal host, and for tests). */
  allowAddresses?: string[];
  /** The deadline for the whole fetch, redirects and body included; default 15000. */
  timeoutMs?: number;
  /** The most bytes accepted (after decompression); default 20 MB. */
  maxBytes?: number;
  /** The most redirects followed; default 5. */
  maxRedirects?: number;
  userAgent?: string;
}

export const DEFAULT_USER_AGENT = 'storyline/0.1 (news story reader; +https://github.com/storyline)';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const ACCEPTED_TYPES = new Set([
  'text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/xml', 'application/xml',
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json', 'application/json',
  'application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines',
  'application/json-seq', 'application/warc', 'application/x-warc', 'text/json',
]);

/** Binary types accepted only when the URL names a WARC file (servers send .warc.gz as octet-stream or gzip). */
const WARC_DOWNLOAD_TYPES = new Set(['application/octet-stream', 'application/gzip', 'application/x-gzip', 'binary/octet-stream']);

class FetchRefused extends Error {}

/** Fetch `url` into memory and return it as an input. Throws an Error with one clear sentence on any refusal. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<InputSource> {
  const timeoutMs = options.timeoutMs ?? 15000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const maxRedirects = options.maxRedirects ?? 5;
  const guard: GuardOptions = { allowPrivate: options.allowPrivate, allowAddresses: options.allowAddresses };
  const hint = '; pass --allow-private to fetch it';

  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new Error(`Cannot fetch ${url}: it is not a valid URL`);
  }

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  timer.unref?.();
  const seen = new Set<string>();
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        const what = hop === 0 ? '' : ` (reached by redirect to ${current.href})`;
        throw new FetchRefused(`Refused ${url}${what}: only http and https URLs are fetched, not ${current.protocol.replace(/:$/, '')}`);
      }
      const host = current.hostname.replace(/^\[(.*)\]$/, '$1');
      if (net.isIP(host)) {
        const why = refusalFor(host, guard);
        if (why) {
          const where = hop === 0 ? url : `${url} (redirected to ${current.href})`;
          throw new FetchRefused(`Refused ${where}: ${why}${hint}`);
        }
      }
      seen.add(current.href);
      let res: http.IncomingMessage;
      try {
        res = await request(current, guard, options.userAgent ?? DEFAULT_USER_AGENT, controller.signal);
      } catch (err) {
        if (err instanceof AddressRefused) {
          const where = hop === 0 ? url : `${url} (redirected to ${current.href})`;
          throw new FetchRefused(`Refused ${where}: ${err.message}${hint}`);
        }
        throw err;
      }
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.destroy();
        let next: URL;
        try {
          next = new URL(res.headers.location, current);
        } catch {
          throw new FetchRefused(`Could not fetch ${url}: it redirected to ${JSON.stringify(res.headers.location)}, which is not a valid URL`);
        }
        if (hop >= maxRedirects) {
          const loop = seen.has(next.href) ? ' (a redirect loop)' : '';
          throw new FetchRefused(`Refused ${url}: it redirected more than ${maxRedirects} times${loop}`);
        }
        current = next;
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw new FetchRefused(`Could not fetch ${url}: the server answered ${status} ${res.statusMessage ?? ''}`.trimEnd());
      }
      const contentType = headerValue(res.headers['content-type']);
      const refusal = contentTypeRefusal(contentType, current);
      if (refusal) {
        res.destroy();
        throw new FetchRefused(`Refused ${url}: ${refusal}`);
      }
      const declared = Number(headerValue(res.headers['content-length']));
      const encoded = !!headerValue(res.headers['content-encoding']) && headerValue(res.headers['content-encoding']) !== 'identity';
      if (Number.isFinite(declared) && declared > maxBytes && !encoded) {
        res.destroy();
        throw new FetchRefused(`Refused ${url}: it is ${formatBytes(declared)}, larger than ${formatBytes(maxBytes)}, the cap for one document`);
      }
      const bytes = await readBody(res, url, maxBytes, controller.signal);
      return bufferInput(url, bytes, { contentType, finalUrl: current.href });
    }
  } catch (err) {
    if (err instanceof FetchRefused) throw new Error(err.message);
    if (controller.signal.aborted) {
      throw new Error(`Could not fetch ${url}: no complete answer within ${formatSeconds(timeoutMs)}`);
    }
    throw new Error(`Could not fetch ${url}: ${describeNetworkError(err)}`);
  } finally {
    clearTimeout(timer);
  }
}

function request(url: URL, guard: GuardOptions, userAgent: string, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: {
          'User-Agent': userAgent,
          Accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json,text/plain;q=0.9,*/*;q=0.5',
          'Accept-Encoding': 'gzip, deflate, br',
        },
        // A fresh connection each time, so every connection goes through the guarded lookup.
        agent: false,
        lookup: guardedLookup(guard) as unknown as net.LookupFunction,
        signal,
      },
      resolve,
    );
    req.on('error', (err: Error & { cause?: unknown }) => {
      // The lookup's refusal can arrive wrapped.
      if (err instanceof AddressRefused) reject(err);
      else if (err.cause instanceof AddressRefused) reject(err.cause);
      else reject(err);
    });
    req.end();
  });
}

async function readBody(res: http.IncomingMessage, url: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const encoding = (headerValue(res.headers['content-encoding']) ?? '').toLowerCase().trim();
  let stream: Readable = res;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
  else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
  if (stream !== res) res.on('error', (e) => stream.destroy(e));
  const onAbort = () => {
    const e = new Error('aborted');
    res.destroy(e);
    stream.destroy(e);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      total += buf.length;
      if (total > maxBytes) {
        res.destroy();
        stream.destroy();
        throw new FetchRefused(`Refused ${url}: it is larger than ${formatBytes(maxBytes)}, the cap for one document`);
      }
      chunks.push(buf);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return Buffer.concat(chunks, total);
}

/** Why a response of this content type is refused, or undefined when the readers can take it. */
export function contentTypeRefusal(contentType: string | undefined, url: URL): string | undefined {
  const media = mediaType(contentType);
  if (!media) return undefined; // no type: the dispatcher sniffs the bytes
  if (ACCEPTED_TYPES.has(media) || /^[a-z]+\/[\w.-]+\+(xml|json)$/.test(media)) return undefined;
  if (WARC_DOWNLOAD_TYPES.has(media) && /\.warc(\.gz)?$/i.test(url.pathname)) return undefined;
  const kind = media.startsWith('image/')
    ? 'an image'
    : media.startsWith('video/')
      ? 'a video'
      : media.startsWith('audio/')
        ? 'audio'
        : media === 'application/pdf'
          ? 'a PDF'
          : WARC_DOWNLOAD_TYPES.has(media)
            ? 'binary data'
            : 'a type the readers do not understand';
  return `the server sent ${kind} (${media}), not a page, feed, JSON lines or WARC file`;
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function describeNetworkError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `the TLS certificate was rejected (${e.code})`;
    default:
      return (e instanceof Error ? e.message : String(err)).replace(/\s+/g, ' ').trim() || 'the request failed';
  }
}
