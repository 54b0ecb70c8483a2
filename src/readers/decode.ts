import iconv from 'iconv-lite';

/** The result of decoding bytes to text: the text, the charset used, and whether bytes had to be replaced. */
export interface Decoded {
  text: string;
  charset: string;
  /** True when the bytes were not valid in any charset we tried and replacement characters were inserted. */
  lossy: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode bytes to text, choosing the charset from a BOM, a declared charset (HTTP header, `<meta charset>`,
 * `<?xml encoding?>`), UTF-8 validity, then windows-1252, the most common legacy charset of Western news pages.
 */
export function decodeBytes(bytes: Buffer, declared?: string): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeWith(bytes.subarray(3), 'utf-8');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be');
  const charset = normaliseCharset(declared ?? sniffDeclaredCharset(bytes));
  if (charset && charset !== 'utf-8' && iconv.encodingExists(charset)) {
    // A page that declares a legacy charset but is valid UTF-8 (common after CMS migrations) is UTF-8.
    if (!isAscii(bytes) && isValidUtf8(bytes)) return { text: bytes.toString('utf8'), charset: 'utf-8', lossy: false };
    return decodeWith(bytes, charset);
  }
  if (isValidUtf8(bytes)) return { text: bytes.toString('utf8'), charset: 'utf-8', lossy: false };
  if (charset === 'utf-8') {
    // Declared UTF-8 but invalid: keep what decodes, mark the rest.
    return { text: bytes.toString('utf8'), charset: 'utf-8', lossy: true };
  }
  return decodeWith(bytes, 'windows-1252');
}

function decodeWith(bytes: Buffer, charset: string): Decoded {
  if (charset === 'utf-8') {
    const ok = isValidUtf8(bytes);
    return { text: bytes.toString('utf8'), charset, lossy: !ok };
  }
  return { text: iconv.decode(bytes, charset), charset, lossy: false };
}

function isAscii(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Find a charset declared in the first bytes: `<meta charset>`, `http-equiv` Content-Type, or an XML declaration. */
export function sniffDeclaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)["']/i.exec(head);
  if (xml) return xml[1];
  return undefined;
}

/** Map charset labels to the names iconv-lite knows; `latin1`/`iso-8859-1` are decoded as windows-1252, as browsers do. */
export function normaliseCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.trim().toLowerCase().replace(/^x-/, '');
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (l === 'latin1' || l === 'iso-8859-1' || l === 'iso8859-1' || l === 'us-ascii' || l === 'ascii') return 'windows-1252';
  if (l === 'sjis' || l === 'shift-jis') return 'shift_jis';
  return l;
}

/** True when bytes look binary rather than text: NUL bytes or many control characters in the head. */
export function looksBinary(head: Buffer): boolean {
  const n = Math.min(head.length, 8192);
  if (n === 0) return false;
  // UTF-16 text has NULs but starts with a BOM.
  if (n >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / n > 0.1;
}
