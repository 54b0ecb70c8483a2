import { gunzipSync } from 'node:zlib';
import type { InputFormat } from '../model.js';
import { looksBinary } from './decode.js';

/** What sniffing found: a format to read the input as, or why it cannot be read. */
export type Sniffed = { format: InputFormat } | { format: null; reason: string };

/**
 * Decide an input's format from its first bytes, with the file name and Content-Type only as hints:
 * a `.txt` that holds HTML is read as HTML, a `.xml` that holds a page is a page.
 */
export function sniffFormat(head: Buffer, name: string, contentType?: string): Sniffed {
  if (head.length === 0) return { format: null, reason: 'the file is empty' };
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const inner = gunzipHead(head);
    if (inner && /^WARC\/\d/.test(inner.toString('latin1', 0, 8))) return { format: 'warc' };
    if (/\.warc\.gz$/i.test(name)) return { format: 'warc' };
    return { format: null, reason: 'it is gzip-compressed and not a WARC file; decompress it first' };
  }
  const start = head.toString('utf8', 0, Math.min(head.length, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (/^WARC\/\d/.test(start)) return { format: 'warc' };
  if (looksBinary(head)) return { format: null, reason: 'it is binary data, not text, HTML, a feed, JSON lines or WARC' };
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org/i.test(start)) return { format: 'feed' };
    if (/\.json$/i.test(name) && /^\{[\s\S]*"items"\s*:/.test(start)) return { format: 'feed' };
    return { format: 'jsonl' };
  }
  const lower = start.slice(0, 2048).toLowerCase();
  if (/^<!doctype html|^<html[\s>]/.test(lower)) return { format: 'html' };
  if (/^<\?xml|^<rss[\s>]|^<feed[\s>]|^<rdf:rdf/.test(lower)) {
    // An XHTML page with an XML declaration is a page.
    if (/<html[\s>]/.test(lower) && !/<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return { format: 'html' };
    return { format: 'feed' };
  }
  if (contentType && /html/i.test(contentType)) return { format: 'html' };
  if (contentType && /(rss|atom|xml)/i.test(contentType)) return { format: 'feed' };
  if (/<(body|head|article|div|p)[\s>]/i.test(start.slice(0, 4096)) && /\.(html?|xhtml|php|aspx?)$|^https?:/i.test(name)) return { format: 'html' };
  if (/^<(body|head|article|div|p|meta|title)[\s>]/i.test(start)) return { format: 'html' };
  return { format: 'text' };
}

function gunzipHead(head: Buffer): Buffer | undefined {
  try {
    // A truncated head still yields its first bytes with finishFlush.
    return gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH */, maxOutputLength: 64 * 1024 });
  } catch {
    return undefined;
  }
}
