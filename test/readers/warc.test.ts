import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import zlib from 'node:zlib';
import type { ReadResult } from '../../src/model.js';
import { bufferInput, type InputSource } from '../../src/readers/input.js';
import { dechunk, readWarc, type WarcStats } from '../../src/readers/warc.js';

async function collect(it: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}
const docs = (rs: ReadResult[]) => rs.filter((r): r is Extract<ReadResult, { ok: true }> => r.ok).map((r) => r.doc);
const failures = (rs: ReadResult[]) => rs.filter((r): r is Extract<ReadResult, { ok: false }> => !r.ok).map((r) => r.failure);

let id = 0;
function record(type: string, content: Buffer, headers: Record<string, string> = {}): Buffer {
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(++id).padStart(12, '0')}>`,
    'WARC-Date: 2025-03-09T12:00:00Z',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${content.length}`,
  ];
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n'), content, Buffer.from('\r\n\r\n')]);
}

function http(status: string, headers: Record<string, string>, body: Buffer): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n') + '\r\n\r\n';
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

function response(url: string, status: string, headers: Record<string, string>, body: Buffer): Buffer {
  return record('response', http(status, headers, body), { 'WARC-Target-URI': url, 'Content-Type': 'application/http; msgtype=response' });
}

function chunked(body: Buffer, size = 7): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) {
    const c = body.subarray(i, i + size);
    parts.push(Buffer.from(c.length.toString(16) + '\r\n'), c, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

const page1 = Buffer.from('<!DOCTYPE html><html><head><title>Bridge</title></head><body><p>The bridge inquiry opened.</p></body></html>');
const page2 = Buffer.from('<html><body><p>Caf\u00e9 owners in M\u00e1laga.</p></body></html>', 'latin1');

/** warcinfo, request, HTML 200, gzip+chunked latin1 HTML 200, 404, image, metadata, revisit. */
function sampleRecords(): Buffer[] {
  return [
    record('warcinfo', Buffer.from('software: test\r\n'), { 'Content-Type': 'application/warc-fields' }),
    record('request', Buffer.from('GET / HTTP/1.1\r\nHost: a.example\r\n\r\n'), { 'WARC-Target-URI': 'https://a.example/' }),
    response('https://a.example/bridge', '200 OK', { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(page1.length) }, page1),
    response(
      'https://b.example/cafe',
      '200 OK',
      { 'Content-Type': 'text/html; charset=ISO-8859-1', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
      chunked(zlib.gzipSync(page2)),
    ),
    response('https://a.example/missing', '404 Not Found', { 'Content-Type': 'text/html' }, Buffer.from('<html>gone</html>')),
    response('https://a.example/logo.png', '200 OK', { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
    record('metadata', Buffer.from('outlinks: x\r\n')),
    record('revisit', http('200 OK', { 'Content-Type': 'text/html' }, Buffer.alloc(0)), { 'WARC-Target-URI': 'https://a.example/bridge' }),
  ];
}

function checkSample(results: ReadResult[], src: string) {
  assert.equal(failures(results).length, 0, JSON.stringify(failures(results)));
  const ds = docs(results);
  assert.equal(ds.length, 2);
  assert.equal(ds[0].source, `${src}#3`);
  assert.equal(ds[0].format, 'warc');
  assert.equal(ds[0].url, 'https://a.example/bridge');
  assert.equal(ds[0].html, page1.toString());
  assert.equal(ds[0].published, undefined, 'WARC-Date is the capture date, never published');
  assert.equal(ds[0].messages?.[0].rule, 'warc-capture-date');
  assert.equal(ds[1].source, `${src}#4`);
  assert.equal(ds[1].html, '<html><body><p>Caf\u00e9 owners in M\u00e1laga.</p></body></html>');
}

test('plain WARC: HTML responses become documents, other records are skipped and counted', async () => {
  const stats: WarcStats = { records: 0, articles: 0, skipped: {} };
  const results = await collect(readWarc(bufferInput('crawl.warc', Buffer.concat(sampleRecords())), { stats }));
  checkSample(results, 'crawl.warc');
  assert.equal(stats.records, 8);
  assert.equal(stats.articles, 2);
  assert.deepEqual(stats.skipped, { warcinfo: 1, request: 1, 'response 404': 1, 'response image/png': 1, metadata: 1, revisit: 1 });
});

test('WARC with one gzip member per record', async () => {
  const bytes = Buffer.concat(sampleRecords().map((r) => zlib.gzipSync(r)));
  checkSample(await collect(readWarc(bufferInput('crawl.warc.gz', bytes))), 'crawl.warc.gz');
});

test('WARC gzipped as a whole file, read in small chunks', async () => {
  const bytes = zlib.gzipSync(Buffer.concat(sampleRecords()));
  const input: InputSource = {
    ...bufferInput('whole.warc.gz', bytes),
    open: () => Readable.from((function* () { for (let i = 0; i < bytes.length; i += 13) yield bytes.subarray(i, i + 13); })()),
  };
  checkSample(await collect(readWarc(input)), 'whole.warc.gz');
});

test('truncated WARC: the records before the cut, then one failure naming the record', async () => {
  const records = sampleRecords();
  const full = Buffer.concat(records);
  const cutAt = records.slice(0, 4).reduce((n, r) => n + r.length, 0) + 40; // inside record 5's headers
  const results = await collect(readWarc(bufferInput('cut.warc', full.subarray(0, cutAt))));
  assert.equal(docs(results).length, 2);
  const fs = failures(results);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].source, 'cut.warc');
  assert.match(fs[0].reason, /^cut\.warc: the file is truncated: it ends in the headers of record 5$/);
  const inBody = await collect(readWarc(bufferInput('cut2.warc', full.subarray(0, full.indexOf('<!DOCTYPE') + 10))));
  assert.equal(docs(inBody).length, 0);
  assert.match(failures(inBody)[0].reason, /^cut2\.warc: the file is truncated: it ends inside record 3 \(expected \d+ bytes of content\)$/);
});

test('truncated .warc.gz: the records before the cut, then one failure', async () => {
  const records = sampleRecords();
  const members = records.map((r) => zlib.gzipSync(r));
  const bytes = Buffer.concat(members);
  const cutAt = members.slice(0, 4).reduce((n, r) => n + r.length, 0) + Math.floor(members[4].length / 2);
  const results = await collect(readWarc(bufferInput('cut.warc.gz', bytes.subarray(0, cutAt))));
  assert.equal(docs(results).length, 2);
  const fs = failures(results);
  assert.equal(fs.length, 1);
  assert.match(fs[0].reason, /^cut\.warc\.gz: (the gzip data is truncated or corrupt in record 5|the file is truncated)/);
});

test('gzip bomb: 1 GB of zeros in a .warc.gz is refused quickly without being allocated', async () => {
  const size = 1024 * 1024 * 1024;
  const header = Buffer.from(
    `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bomb.example/\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${size}\r\n\r\n` +
      `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n`,
  );
  const zeros = Buffer.alloc(1024 * 1024);
  function* plain() {
    yield header;
    for (let sent = header.length; sent < size; sent += zeros.length) yield zeros;
  }
  let produced = 0;
  const input: InputSource = {
    ...bufferInput('bomb.warc.gz', Buffer.from([0x1f, 0x8b, 8, 0])),
    size: undefined,
    open: () => {
      const gz = zlib.createGzip({ level: 1 });
      const src = Readable.from(plain());
      src.on('data', (c: Buffer) => (produced += c.length));
      src.pipe(gz);
      gz.on('close', () => src.destroy());
      return gz;
    },
  };
  const t0 = Date.now();
  const before = process.memoryUsage().rss;
  const results = await collect(readWarc(input));
  const elapsed = Date.now() - t0;
  assert.ok(elapsed < 3000, `took ${elapsed} ms`);
  assert.ok(produced < 300 * 1024 * 1024, `only part of the bomb was inflated (${produced})`);
  assert.ok(process.memoryUsage().rss - before < 400 * 1024 * 1024);
  assert.equal(docs(results).length, 0);
  const fs = failures(results);
  assert.ok(fs.length >= 1);
  assert.ok(fs.some((f) => /over the 50 MB cap|zip bomb/.test(f.reason)), JSON.stringify(fs));
  assert.ok(fs.every((f) => f.source.startsWith('bomb.warc.gz')));
  if (process.env.SHOW) console.log(elapsed, produced, fs);
});

test('an over-cap record is a failure and reading goes on (plain WARC)', async () => {
  const big = Buffer.from(`<html><body>${'x'.repeat(5000)}</body></html>`);
  const bytes = Buffer.concat([
    response('https://a.example/big', '200 OK', { 'Content-Type': 'text/html' }, big),
    response('https://a.example/small', '200 OK', { 'Content-Type': 'text/html' }, page1),
  ]);
  const results = await collect(readWarc(bufferInput('cap.warc', bytes), { maxRecordBytes: 1000 }));
  assert.equal(results.length, 2);
  assert.ok(!results[0].ok);
  assert.equal(results[0].failure.source, 'cap.warc#1');
  assert.match(results[0].failure.reason, /^cap\.warc record 1: the HTML body is 5 KB, over the 1000 bytes cap for one record; it was skipped$/);
  assert.ok(results[1].ok && results[1].doc.url === 'https://a.example/small');
});

test('a Content-Encoding gzip bomb inside one HTTP body is refused for that record only', async () => {
  const bomb = zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024));
  const bytes = Buffer.concat([
    response('https://a.example/bomb', '200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, bomb),
    response('https://a.example/ok', '200 OK', { 'Content-Type': 'text/html' }, page1),
  ]);
  const results = await collect(readWarc(bufferInput('ce.warc', bytes), { maxRecordBytes: 1024 * 1024 }));
  assert.equal(results.length, 2);
  assert.ok(!results[0].ok);
  assert.match(results[0].failure.reason, /^ce\.warc record 1: the gzip-encoded HTML body could not be decoded \(it decodes to more than 1 MB/);
  assert.ok(results[1].ok);
});

test('empty file, binary noise and a non-WARC text file are one failure each', async () => {
  const cases: [string, Buffer, RegExp][] = [
    ['e.warc', Buffer.alloc(0), /^e\.warc: expected a WARC file, found an empty file$/],
    ['n.warc', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)), /^n\.warc: expected a WARC file starting with a WARC\/1\.0 or WARC\/1\.1 line/],
    ['t.warc', Buffer.from('hello\nworld\n'), /^t\.warc: expected a WARC file starting with a WARC\/1\.0 or WARC\/1\.1 line, found "hello"$/],
    ['g.warc.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), /^g\.warc\.gz: the gzip data is truncated or corrupt in record 1/],
  ];
  for (const [name, bytes, re] of cases) {
    const results = await collect(readWarc(bufferInput(name, bytes)));
    assert.equal(results.length, 1, name);
    assert.ok(!results[0].ok);
    assert.match(results[0].failure.reason, re);
  }
});

test('a wrong Content-Length stops with a failure naming the next record', async () => {
  const good = response('https://a.example/1', '200 OK', { 'Content-Type': 'text/html' }, page1);
  const bad = Buffer.from(good.toString('latin1').replace(/Content-Length: (\d+)\r\n\r\nHTTP/, (_m, n) => `Content-Length: ${Number(n) - 30}\r\n\r\nHTTP`), 'latin1');
  const results = await collect(readWarc(bufferInput('len.warc', Buffer.concat([good, bad, good]))));
  assert.equal(docs(results).length, 2);
  const fs = failures(results);
  assert.equal(fs.length, 1);
  assert.match(fs[0].reason, /^len\.warc: stopped at record 3: expected a WARC\/1\.0 or WARC\/1\.1 line/);
});

test('dechunk', () => {
  assert.equal(dechunk(chunked(Buffer.from('hello world')), 100)!.toString(), 'hello world');
  assert.equal(dechunk(Buffer.from('<html>not chunked</html>'), 100), undefined);
  assert.equal(dechunk(chunked(Buffer.from('x'.repeat(50))), 10), null);
});
