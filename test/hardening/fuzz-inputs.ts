/**
 * A seeded generator of malformed inputs of every format, for the fuzz test and `bench/hardening.ts`.
 *
 * Every input is a mutation of a good seed read at run time from `examples/corpus/` (never copied into fixtures):
 * truncation, binary noise, byte flips, wrong encodings, NUL bytes, huge lines, and the format's own attacks
 * (deep nesting, billion laughs, zip bombs, wrong Content-Length, broken JSON). The same seed gives the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ROOT } from '../helpers/cli.js';
import { mulberry32 } from '../helpers/mulberry32.js';

/** The formats the generator covers; `warc.gz` is WARC behind gzip, where the zip bombs live. */
export const FUZZ_FORMATS = ['text', 'html', 'feed', 'jsonl', 'warc', 'warc.gz'] as const;
export type FuzzFormat = (typeof FUZZ_FORMATS)[number];

/** One generated input: where it was written, the format it was made from, and the mutation applied. */
export interface FuzzFile {
  path: string;
  name: string;
  format: FuzzFormat;
  mutation: string;
  bytes: number;
}

export interface FuzzOptions {
  /** Inputs per format. */
  perFormat: number;
  seed: number;
  /** Index of the first input of each format (so a long run can be generated batch by batch with unique names). */
  start?: number;
}


class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(this.next() * 256);
    return b;
  }
}

/** The good inputs of the sample corpus, by format, read once per process. */
export interface Seeds {
  text: Buffer[];
  html: Buffer[];
  rss: Buffer[];
  atom: Buffer[];
  jsonFeed: Buffer[];
  jsonl: Buffer[];
  /** Uncompressed WARC files, and their records one by one. */
  warc: Buffer[];
  warcRecords: Buffer[];
}

const CORPUS = join(ROOT, 'examples', 'corpus');
let seedCache: Seeds | undefined;

/** Read the good seeds from `examples/corpus/`. */
export function loadSeeds(): Seeds {
  if (seedCache) return seedCache;
  const read = (dir: string, re: RegExp) =>
    readdirSync(join(CORPUS, dir)).filter((f) => re.test(f)).sort().map((f) => readFileSync(join(CORPUS, dir, f)));
  const feeds = readdirSync(join(CORPUS, 'feeds')).sort();
  const feed = (re: RegExp) => feeds.filter((f) => re.test(f)).map((f) => readFileSync(join(CORPUS, 'feeds', f)));
  const warc = read('warc', /\.warc\.gz$/).map((b) => gunzipSync(b));
  seedCache = {
    text: read('text', /\.txt$/),
    html: read('html', /\.html$/),
    rss: feed(/rss\.xml$/),
    atom: feed(/atom\.xml$/),
    jsonFeed: feed(/\.json$/),
    jsonl: read('jsonl', /\.jsonl$/),
    warc,
    warcRecords: warc.flatMap(splitWarcRecords),
  };
  return seedCache;
}

/** Split an uncompressed WARC file into its records (by their Content-Length), each with its trailing CRLFs. */
export function splitWarcRecords(warc: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let pos = 0;
  while (pos < warc.length) {
    const end = warc.indexOf('\r\n\r\n', pos);
    if (end < 0) break;
    const length = Number(/Content-Length:\s*(\d+)/i.exec(warc.subarray(pos, end).toString('latin1'))?.[1] ?? NaN);
    if (!Number.isFinite(length)) break;
    const next = end + 4 + length + 4;
    out.push(warc.subarray(pos, next));
    pos = next;
  }
  return out;
}

type Mutation = (rng: Rng, s: Seeds) => { bytes: Buffer; ext?: string };

// --- Mutations shared by every format -------------------------------------------------------------------------

const truncate = (b: Buffer, rng: Rng) => b.subarray(0, rng.int(1, Math.max(1, b.length - 1)));

function splice(b: Buffer, at: number, insert: Buffer, remove = 0): Buffer {
  return Buffer.concat([b.subarray(0, at), insert, b.subarray(Math.min(b.length, at + remove))]);
}

function noiseSplice(b: Buffer, rng: Rng): Buffer {
  return splice(b, rng.int(0, b.length), rng.bytes(rng.int(16, 4096)), rng.int(0, 64));
}

function byteFlips(b: Buffer, rng: Rng): Buffer {
  const out = Buffer.from(b);
  const n = rng.int(1, 32);
  for (let i = 0; i < n; i++) out[rng.int(0, out.length - 1)] ^= 1 << rng.int(0, 7);
  return out;
}

function nulBytes(b: Buffer, rng: Rng): Buffer {
  let out = b;
  const n = rng.int(1, 8);
  for (let i = 0; i < n; i++) out = splice(out, rng.int(0, out.length), Buffer.alloc(rng.int(1, 16)));
  return out;
}

const INVALID_UTF8 = [[0xc3, 0x28], [0xa0, 0xa1], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0x28], [0xff], [0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80]];

function invalidUtf8(b: Buffer, rng: Rng): Buffer {
  let out = b;
  const n = rng.int(1, 20);
  for (let i = 0; i < n; i++) out = splice(out, rng.int(0, out.length), Buffer.from(rng.pick(INVALID_UTF8)));
  return out;
}

/** Re-encode as latin-1 (accents become single high bytes) and add non-ASCII words, keeping any UTF-8 declaration. */
function latin1Mislabelled(b: Buffer): Buffer {
  return Buffer.from(b.toString('utf8').replace(/\b(the|river|water)\b/g, '$1 café déjà-vu naïve'), 'latin1');
}

/** UTF-16: little-endian without a BOM (NUL every other byte), or big-endian with a BOM but a UTF-8 declaration. */
function utf16(b: Buffer, rng: Rng): Buffer {
  const le = Buffer.from(b.toString('utf8'), 'utf16le');
  if (rng.next() < 0.5) return le;
  le.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}

/** A few MB of words on one line: no newline anywhere. */
function hugeLine(rng: Rng, prefix = '', suffix = ''): Buffer {
  const words = ['river', 'levee', 'flood', 'the', 'minister', 'said', 'water', 'rose', 'on', 'Tuesday', 'crowns', '42', 'million'];
  const target = rng.int(2, 4) * 1024 * 1024;
  const parts: string[] = [prefix];
  let n = prefix.length;
  while (n < target) {
    const w = rng.pick(words) + ' ';
    parts.push(w);
    n += w.length;
  }
  parts.push(suffix);
  return Buffer.from(parts.join(''));
}

function common(pick: (rng: Rng, s: Seeds) => Buffer, ext: string): Record<string, Mutation> {
  return {
    empty: () => ({ bytes: Buffer.alloc(0), ext }),
    truncated: (rng, s) => ({ bytes: truncate(pick(rng, s), rng), ext }),
    'binary-noise': (rng, s) => ({ bytes: noiseSplice(pick(rng, s), rng), ext }),
    'all-noise': (rng) => ({ bytes: rng.bytes(rng.int(1, 64 * 1024)), ext }),
    'byte-flips': (rng, s) => ({ bytes: byteFlips(pick(rng, s), rng), ext }),
    'nul-bytes': (rng, s) => ({ bytes: nulBytes(pick(rng, s), rng), ext }),
    'invalid-utf8': (rng, s) => ({ bytes: invalidUtf8(pick(rng, s), rng), ext }),
    'latin1-declared-utf8': (rng, s) => ({ bytes: latin1Mislabelled(pick(rng, s)), ext }),
    utf16: (rng, s) => ({ bytes: utf16(pick(rng, s), rng), ext }),
  };
}

// --- Per-format mutations --------------------------------------------------------------------------------------

const textMutations: Record<string, Mutation> = {
  ...common((rng, s) => rng.pick(s.text), 'txt'),
  'huge-line': (rng) => ({ bytes: hugeLine(rng, 'Flood warning\n\n'), ext: 'txt' }),
  'whitespace-only': (rng) => ({ bytes: Buffer.from(' \n\t\r\n'.repeat(rng.int(1, 500))), ext: 'txt' }),
  'control-chars': (rng, s) => ({ bytes: Buffer.from(rng.pick(s.text).toString('utf8').replace(/ /g, () => (rng.next() < 0.05 ? '\u0007\u001b[31m' : ' '))), ext: 'txt' }),
};

function deepHtml(depth: number, tag = 'div'): Buffer {
  return Buffer.from(
    `<!doctype html><html><head><title>Deep page</title></head><body>${`<${tag}>`.repeat(depth)}` +
      `<p>The levee on the river gave way before dawn on Wednesday, flooding the lower town, officials said.</p>` +
      `${`</${tag}>`.repeat(depth)}</body></html>`,
  );
}

const htmlMutations: Record<string, Mutation> = {
  ...common((rng, s) => rng.pick(s.html), 'html'),
  'deep-nesting': () => ({ bytes: deepHtml(100_000), ext: 'html' }),
  'deep-nesting-unclosed': (rng) => ({ bytes: Buffer.from('<!doctype html><html><body>' + '<div><span><b>'.repeat(rng.int(20_000, 40_000)) + 'text'), ext: 'html' }),
  'huge-line': (rng) => ({ bytes: hugeLine(rng, '<!doctype html><html><head><title>One line</title></head><body><p>', '</p></body></html>'), ext: 'html' }),
  'huge-attribute': (rng, s) => {
    const page = rng.pick(s.html).toString('utf8');
    return { bytes: Buffer.from(page.replace('<body', `<body data-x="${'x'.repeat(rng.int(1, 3) * 1024 * 1024)}"`)), ext: 'html' };
  },
  'unclosed-comment': (rng, s) => {
    const page = rng.pick(s.html);
    return { bytes: splice(page, rng.int(0, page.length), Buffer.from('<!-- <script>')), ext: 'html' };
  },
  'tags-only': (rng) => ({ bytes: Buffer.from('<html>' + '<p></p><br>'.repeat(rng.int(1, 50_000)) + '</html>'), ext: 'html' }),
};

function billionLaughs(kind: 'rss' | 'atom'): Buffer {
  const ents = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) ents.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  const doctype = `<?xml version="1.0"?>\n<!DOCTYPE ${kind === 'rss' ? 'rss' : 'feed'} [\n ${ents.join('\n ')}\n]>\n`;
  const body = 'The levee gave way before dawn on Wednesday, officials said. &lol9;';
  return Buffer.from(
    doctype +
      (kind === 'rss'
        ? `<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://laughs.example/a</link><description>${body}</description></item></channel></rss>`
        : `<feed xmlns="http://www.w3.org/2005/Atom"><title>&lol9;</title><entry><title>&lol9;</title><link href="https://laughs.example/a"/><content type="text">${body}</content></entry></feed>`),
  );
}

const xmlFeed = (rng: Rng, s: Seeds) => rng.pick([...s.rss, ...s.atom]);

const feedMutations: Record<string, Mutation> = {
  ...common(xmlFeed, 'xml'),
  'billion-laughs-rss': () => ({ bytes: billionLaughs('rss'), ext: 'xml' }),
  'billion-laughs-atom': () => ({ bytes: billionLaughs('atom'), ext: 'xml' }),
  'external-entity': () => ({
    bytes: Buffer.from('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>X</title><item><title>&xxe;</title><description>The river rose again overnight, officials said on Tuesday. &xxe;</description></item></channel></rss>'),
    ext: 'xml',
  }),
  'json-feed-truncated': (rng, s) => ({ bytes: truncate(rng.pick(s.jsonFeed), rng), ext: 'json' }),
  'json-feed-byte-flips': (rng, s) => ({ bytes: byteFlips(rng.pick(s.jsonFeed), rng), ext: 'json' }),
  'json-feed-wrong-types': (rng, s) => {
    const feed = JSON.parse(rng.pick(s.jsonFeed).toString('utf8')) as { items: unknown[] };
    const junk = [null, 42, 'item', [], { title: 7, content_html: { x: 1 } }, { url: 12, date_published: [] }];
    feed.items = feed.items.map((it) => (rng.next() < 0.5 ? rng.pick(junk) : it));
    return { bytes: Buffer.from(JSON.stringify(feed)), ext: 'json' };
  },
  'json-feed-deep-nesting': (rng) => {
    const depth = rng.int(10_000, 100_000);
    return { bytes: Buffer.from(`{"version":"https://jsonfeed.org/version/1.1","items":[${'['.repeat(depth)}${']'.repeat(depth)}]}`), ext: 'json' };
  },
  'deep-nesting-xml': (rng) => {
    const depth = rng.int(10_000, 60_000);
    return { bytes: Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title><item><title>Deep</title><description>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</description></item></channel></rss>`), ext: 'xml' };
  },
  'huge-line': (rng) => ({ bytes: hugeLine(rng, '<?xml version="1.0"?><rss version="2.0"><channel><title>Wide</title><item><title>Wide</title><description>', '</description></item></channel></rss>'), ext: 'xml' }),
  'many-items': (rng) => {
    const items = Array.from({ length: rng.int(500, 3000) }, (_, i) => `<item><title>${i}</title></item>`).join('');
    return { bytes: Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>Empty items</title>${items}</channel></rss>`), ext: 'xml' };
  },
  'html-as-feed': (rng, s) => ({ bytes: rng.pick(s.html), ext: 'xml' }),
};

function jsonlLines(s: Seeds): string[] {
  return s.jsonl.flatMap((b) => b.toString('utf8').split('\n')).filter((l) => l.trim());
}

const jsonlMutations: Record<string, Mutation> = {
  ...common((rng, s) => rng.pick(s.jsonl), 'jsonl'),
  'broken-json': (rng, s) => {
    const lines = jsonlLines(s).map((l) => (rng.next() < 0.5 ? l.slice(0, rng.int(0, l.length - 1)) + rng.pick(['', '}', ',', '"', ']]', '\\']) : l));
    return { bytes: Buffer.from(lines.join('\n') + '\n'), ext: 'jsonl' };
  },
  'huge-string': (rng) => ({ bytes: Buffer.from(JSON.stringify({ title: 'Long', url: 'https://wide.example/a', text: hugeLine(rng).toString('utf8') }) + '\n'), ext: 'jsonl' }),
  'huge-line-not-json': (rng) => ({ bytes: Buffer.concat([hugeLine(rng), Buffer.from('\n')]), ext: 'jsonl' }),
  'deep-nesting': (rng) => {
    const depth = rng.int(10_000, 200_000);
    return { bytes: Buffer.from(`{"text":"The river rose.","x":${'['.repeat(depth)}${']'.repeat(depth)}}\n${'{"a":'.repeat(depth / 10)}1${'}'.repeat(depth / 10)}\n`), ext: 'jsonl' };
  },
  'wrong-types': (rng, s) => {
    const junk = ['null', '42', '"text"', '[]', '{}', '{"text": 42}', '{"text": ["a"], "title": {}}', '{"html": null, "content": true}', '{"text": "ok", "published": {"$date": []}, "authors": [1, null, {}]}'];
    const lines = jsonlLines(s).flatMap((l) => (rng.next() < 0.5 ? [rng.pick(junk), l] : [l]));
    return { bytes: Buffer.from(lines.join('\r\n')), ext: 'jsonl' };
  },
  'many-blank-lines': (rng, s) => ({ bytes: Buffer.from('\n'.repeat(rng.int(1, 100_000)) + rng.pick(jsonlLines(s))), ext: 'jsonl' }),
};

const warcMutations: Record<string, Mutation> = {
  ...common((rng, s) => rng.pick(s.warc), 'warc'),
  'wrong-content-length': (rng, s) => ({ bytes: wrongContentLength(rng, s), ext: 'warc' }),
  'non-numeric-content-length': (rng, s) => ({
    bytes: Buffer.from(rng.pick(s.warc).toString('latin1').replace(/Content-Length: \d+/, `Content-Length: ${rng.pick(['abc', '-5', '1e9', '', '99999999999999999999'])}`), 'latin1'),
    ext: 'warc',
  }),
  'huge-header': (rng) => ({ bytes: Buffer.from(`WARC/1.0\r\nWARC-Type: response\r\nX-Long: ${'h'.repeat(rng.int(65, 2000) * 1024)}\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n`), ext: 'warc' }),
  'huge-line': (rng) => ({ bytes: hugeLine(rng, 'WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\n'), ext: 'warc' }),
  'huge-content-length': (rng, s) => ({
    bytes: Buffer.from(rng.pick(s.warc).toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: 90000000000'), 'latin1'),
    ext: 'warc',
  }),
  'garbage-between-records': (rng, s) => {
    const records = s.warcRecords;
    return { bytes: Buffer.concat(records.flatMap((r) => [r, rng.next() < 0.5 ? rng.bytes(rng.int(1, 200)) : Buffer.alloc(0)])), ext: 'warc' };
  },
  'bad-http-inside': (rng, s) => {
    const page = Buffer.from(
      `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: ${rng.pick(['gzip', 'deflate', 'br', 'zstd'])}\r\nTransfer-Encoding: chunked\r\n\r\n` +
        `ffffff\r\n${rng.pick(s.html).toString('latin1')}`,
      'latin1',
    );
    return { bytes: Buffer.concat([warcRecord('response', page), ...s.warcRecords]), ext: 'warc' };
  },
};

function wrongContentLength(rng: Rng, s: Seeds): Buffer {
  return Buffer.from(
    rng.pick(s.warc).toString('latin1').replace(/Content-Length: (\d+)/g, (whole, n: string) => (rng.next() < 0.6 ? `Content-Length: ${Math.max(0, Number(n) + rng.int(-400, 400))}` : whole)),
    'latin1',
  );
}

function warcRecord(type: string, content: Buffer, extra = ''): Buffer {
  return Buffer.concat([
    Buffer.from(`WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Record-ID: <urn:uuid:fuzz>\r\nWARC-Target-URI: https://fuzz.example/page\r\nContent-Type: application/http; msgtype=response\r\n${extra}Content-Length: ${content.length}\r\n\r\n`),
    content,
    Buffer.from('\r\n\r\n'),
  ]);
}

let zeroMember: Buffer | undefined;
/** One gzip member of 64 MiB of zero bytes (about 64 KB compressed), made once. */
function zeros64MiB(): Buffer {
  return (zeroMember ??= gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }));
}

/** A zip bomb: a WARC record header in a first gzip member, then `gib` GiB of zeros in repeated 64 MiB members. */
function zipBomb(rng: Rng, s: Seeds, where: 'body' | 'header' | 'after-good'): Buffer {
  const gib = rng.int(2, 4);
  const members = Array.from({ length: gib * 16 }, zeros64MiB);
  const head =
    where === 'header'
      ? 'WARC/1.0\r\nWARC-Type: response\r\nX-Zeros: '
      : `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bomb.example/\r\nContent-Length: ${gib * 1024 * 1024 * 1024 + 64}\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>`;
  const good = where === 'after-good' ? s.warcRecords.map((r) => gzipSync(r)) : [];
  return Buffer.concat([...good, gzipSync(Buffer.from(head)), ...members]);
}

/** A record whose HTTP body is gzip Content-Encoding that inflates past the record cap. */
function contentEncodingBomb(): Buffer {
  const body = gzipSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 });
  const http = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n'), body]);
  return gzipSync(warcRecord('response', http));
}

let encodingBomb: Buffer | undefined;

const gzMutations: Record<string, Mutation> = {
  ...common((rng, s) => gzipSync(rng.pick(s.warc)), 'warc.gz'),
  'zip-bomb': (rng, s) => ({ bytes: zipBomb(rng, s, 'body'), ext: 'warc.gz' }),
  'zip-bomb-in-header': (rng, s) => ({ bytes: zipBomb(rng, s, 'header'), ext: 'warc.gz' }),
  'zip-bomb-after-good-records': (rng, s) => ({ bytes: zipBomb(rng, s, 'after-good'), ext: 'warc.gz' }),
  'content-encoding-bomb': () => ({ bytes: (encodingBomb ??= contentEncodingBomb()), ext: 'warc.gz' }),
  'gzip-truncated': (rng, s) => ({ bytes: truncate(gzipSync(rng.pick(s.warc)), rng), ext: 'warc.gz' }),
  'gzip-corrupt-member': (rng, s) => {
    const members: Buffer[] = s.warcRecords.map((r) => gzipSync(r));
    const i = rng.int(0, members.length - 1);
    members[i] = byteFlips(members[i], rng);
    return { bytes: Buffer.concat(members), ext: 'warc.gz' };
  },
  'gzip-wrong-content-length': (rng, s) => ({ bytes: Buffer.concat(splitWarcRecords(wrongContentLength(rng, s)).map((r) => gzipSync(r))), ext: 'warc.gz' }),
  'gzip-not-warc': (rng, s) => ({ bytes: gzipSync(rng.pick(s.html)), ext: 'warc.gz' }),
  'gzip-trailing-garbage': (rng, s) => ({ bytes: Buffer.concat([gzipSync(rng.pick(s.warc)), rng.bytes(rng.int(1, 4096))]), ext: 'warc.gz' }),
};

const MUTATIONS: Record<FuzzFormat, Record<string, Mutation>> = {
  text: textMutations,
  html: htmlMutations,
  feed: feedMutations,
  jsonl: jsonlMutations,
  warc: warcMutations,
  'warc.gz': gzMutations,
};

/** The mutation names of each format, in the order they are cycled through. */
export function mutationNames(format: FuzzFormat): string[] {
  return Object.keys(MUTATIONS[format]);
}

/**
 * Write `perFormat` malformed inputs of each format into `dir`, with the extension of their format, and return
 * them. Input `i` of a format applies that format's mutation `i mod n`, so every mutation is covered once
 * `perFormat` reaches the number of mutations; its parameters come from a PRNG seeded by `seed`, format and `i`.
 */
export function generateFuzzCorpus(dir: string, options: FuzzOptions): FuzzFile[] {
  const seeds = loadSeeds();
  mkdirSync(dir, { recursive: true });
  const files: FuzzFile[] = [];
  const start = options.start ?? 0;
  for (const [f, format] of FUZZ_FORMATS.entries()) {
    const mutations = Object.entries(MUTATIONS[format]);
    for (let i = start; i < start + options.perFormat; i++) {
      const [mutation, make] = mutations[i % mutations.length];
      const rng = new Rng(mulberry32((options.seed * 7919 + f * 1_000_003 + i * 97) >>> 0));
      const { bytes, ext } = make(rng, seeds);
      const name = `${format.replace('.', '-')}-${String(i).padStart(5, '0')}-${mutation}.${ext ?? format}`;
      const path = join(dir, name);
      writeFileSync(path, bytes);
      files.push({ path, name, format, mutation, bytes: bytes.length });
    }
  }
  return files;
}
