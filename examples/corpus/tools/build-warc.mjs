#!/usr/bin/env node
/**
 * Builds examples/corpus/warc/tallowgate-gazette-2024-04.warc.gz from the HTML pages in tools/warc-pages/.
 *
 * The output is a WARC/1.0 file: one `warcinfo` record followed by one `response` record per page
 * (an HTTP/1.1 200 response with a text/html body). Each record is its own gzip member, and the
 * members are concatenated, as crawlers write them. Header lines end in CRLF, each record ends in
 * CRLF CRLF, and Content-Length counts the bytes of the record block.
 *
 * The output is deterministic: record ids are derived from the record's URI, dates are fixed, and
 * gzip members carry no timestamp. Run it from anywhere: `node examples/corpus/tools/build-warc.mjs`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const pagesDir = join(here, 'warc-pages');
const outFile = join(here, '..', 'warc', 'tallowgate-gazette-2024-04.warc.gz');
const warcName = 'tallowgate-gazette-2024-04.warc.gz';

/** The pages, in crawl order: file in warc-pages/, the URI it was fetched from, and when. */
const pages = [
  {
    file: 'tallowgate-gazette-2024-04-03-levee-breach.html',
    uri: 'https://www.tallowgategazette.example/news/2024/04/03/four-dead-orvane-levee-gives-way-upstream',
    date: '2024-04-06T02:14:09Z',
  },
  {
    file: 'tallowgate-gazette-2024-04-05-town-empties.html',
    uri: 'https://www.tallowgategazette.example/news/2024/04/05/tallowgate-empties-before-flood-peak',
    date: '2024-04-06T02:14:31Z',
  },
];

const CRLF = '\r\n';

/** A stable urn:uuid made from a name (SHA-1 based, version 5 layout). */
function recordId(name) {
  const h = createHash('sha1').update('storyline-corpus:' + name).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `<urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}>`;
}

/** RFC 4648 base32, as WARC digests use it. */
function base32(buf) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

function sha1(buf) {
  return 'sha1:' + base32(createHash('sha1').update(buf).digest());
}

/** One WARC record as bytes: header lines, a blank line, the block, and the closing CRLF CRLF. */
function record(headers, block) {
  const lines = ['WARC/1.0', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`];
  const head = Buffer.from(lines.join(CRLF) + CRLF + CRLF, 'utf8');
  return Buffer.concat([head, block, Buffer.from(CRLF + CRLF, 'utf8')]);
}

/** An HTTP date (RFC 7231) from an ISO date. */
function httpDate(iso) {
  return new Date(iso).toUTCString();
}

const warcinfoId = recordId('warcinfo:' + warcName);
const infoBlock = Buffer.from(
  [
    'software: storyline-corpus-builder/1.0',
    'format: WARC File Format 1.0',
    'isPartOf: tallowgate-gazette-crawl-2024-04',
    'description: Crawl of two Tallowgate Gazette pages about the Orvane floods (fictional sample corpus)',
    'robots: obey',
    'http-header-user-agent: storyline-sample-crawler/1.0 (+https://storyline.example/bot)',
  ].join(CRLF) + CRLF,
  'utf8',
);

const members = [
  gzipSync(
    record(
      {
        'WARC-Type': 'warcinfo',
        'WARC-Date': '2024-04-06T02:14:00Z',
        'WARC-Record-ID': warcinfoId,
        'WARC-Filename': warcName,
        'Content-Type': 'application/warc-fields',
      },
      infoBlock,
    ),
  ),
];

for (const page of pages) {
  const body = readFileSync(join(pagesDir, page.file));
  const httpHead = Buffer.from(
    [
      'HTTP/1.1 200 OK',
      `Date: ${httpDate(page.date)}`,
      'Server: nginx',
      'Content-Type: text/html; charset=utf-8',
      `Content-Length: ${body.length}`,
      'Connection: close',
    ].join(CRLF) +
      CRLF +
      CRLF,
    'utf8',
  );
  const block = Buffer.concat([httpHead, body]);
  members.push(
    gzipSync(
      record(
        {
          'WARC-Type': 'response',
          'WARC-Record-ID': recordId('response:' + page.uri),
          'WARC-Date': page.date,
          'WARC-Target-URI': page.uri,
          'WARC-Warcinfo-ID': warcinfoId,
          'WARC-IP-Address': '192.0.2.44',
          'WARC-Block-Digest': sha1(block),
          'WARC-Payload-Digest': sha1(body),
          'Content-Type': 'application/http; msgtype=response',
        },
        block,
      ),
    ),
  );
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, Buffer.concat(members));
console.log(`wrote ${outFile}: ${members.length} records`);
