import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/** Largest single document (page, text file, feed) a reader loads into memory; streamed formats have no such cap. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * One input as the readers see it: a file, stdin or a fetched URL, with its first bytes for sniffing.
 * Readers of line- or record-based formats stream it; readers of whole documents read it once, up to a cap.
 */
export interface InputSource {
  /** The path or URL as the user gave it (`-` for stdin). */
  source: string;
  /** The first bytes (up to 64 KiB), for sniffing the format and encoding. */
  head: Buffer;
  /** Size in bytes when known. */
  size?: number;
  /** The Content-Type header of a fetched URL. */
  contentType?: string;
  /** The URL a fetched input ended at, after redirects. */
  finalUrl?: string;
  /** A fresh stream over all the bytes. */
  open(): Readable;
  /** All the bytes; rejects with a clear reason past `maxBytes`. */
  readAll(maxBytes?: number): Promise<Buffer>;
}

/** Read a stream to a buffer, failing once it passes `maxBytes`. */
export async function readStream(stream: Readable, source: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new Error(`${source} is larger than ${formatBytes(maxBytes)}, the cap for one document`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** An input over a file on disk. */
export function fileInput(path: string, head: Buffer, size: number): InputSource {
  return {
    source: path,
    head,
    size,
    open: () => createReadStream(path),
    async readAll(maxBytes = DEFAULT_MAX_DOCUMENT_BYTES) {
      if (size > maxBytes) {
        throw new Error(`${path} is ${formatBytes(size)}, larger than ${formatBytes(maxBytes)}, the cap for one document`);
      }
      return readStream(createReadStream(path), path, maxBytes);
    },
  };
}

/** An input over bytes already in memory (stdin, a fetched URL, a test). */
export function bufferInput(source: string, bytes: Buffer, extra: Partial<InputSource> = {}): InputSource {
  return {
    source,
    head: bytes.subarray(0, 64 * 1024),
    size: bytes.length,
    ...extra,
    open: () => Readable.from([bytes]),
    async readAll(maxBytes = DEFAULT_MAX_DOCUMENT_BYTES) {
      if (bytes.length > maxBytes) {
        throw new Error(`${source} is ${formatBytes(bytes.length)}, larger than ${formatBytes(maxBytes)}, the cap for one document`);
      }
      return bytes;
    },
  };
}

/** "20 MB", "512 KB": sizes for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/**
 * A reader turns one input into articles: one for a page or text file, one per item, line or record for
 * feeds, JSON lines and WARC files. A record that cannot be read is yielded as a failure and the rest go on;
 * a reader never throws for bad content.
 */
export type Reader = (input: InputSource) => AsyncIterable<import('../model.js').ReadResult>;
