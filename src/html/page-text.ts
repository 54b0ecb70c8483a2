import { decodeBytes } from '../readers/decode.js';
import { extractHtml, type HtmlExtraction } from './extract.js';

/**
 * The page-text pipeline as a whole: bytes as fetched → text (charset sniffed by `decodeBytes`) → `extractHtml`.
 * This is what the evaluation scores, so other code that starts from bytes gets the same result.
 */
export function extractHtmlBytes(bytes: Buffer, options: { url?: string; charset?: string } = {}): HtmlExtraction {
  const { text } = decodeBytes(bytes, options.charset);
  return extractHtml(text, { url: options.url });
}
