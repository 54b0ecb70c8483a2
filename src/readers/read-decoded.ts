import type { Message, ReadFailure } from '../model.js';
import { decodeBytes } from './decode.js';
import type { InputSource } from './input.js';

/** A whole-document input read and decoded, with a warning when bytes had to be replaced. */
export type Decoded = { ok: true; text: string; messages: Message[] } | { ok: false; failure: ReadFailure };

/** Read a whole-document input (up to the document cap) and decode it by its BOM, declared charset or content. */
export async function readDecoded(input: InputSource, stage: string): Promise<Decoded> {
  let bytes: Buffer;
  try {
    bytes = await input.readAll();
  } catch (error) {
    return { ok: false, failure: { source: input.source, reason: `Cannot read ${input.source}: ${(error as Error).message}.` } };
  }
  const decoded = decodeBytes(bytes, charsetOf(input.contentType));
  const messages: Message[] = decoded.lossy
    ? [{ severity: 'warning', stage, rule: 'invalid-encoding', text: `${input.source} is not valid ${decoded.charset}; undecodable bytes were replaced.` }]
    : [];
  return { ok: true, text: decoded.text, messages };
}

/** The charset parameter of a Content-Type header. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}
