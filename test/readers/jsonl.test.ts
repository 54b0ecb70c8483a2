import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { ReadResult } from '../../src/model.js';
import { bufferInput, fileInput, type InputSource } from '../../src/readers/input.js';
import { readJsonl, streamLines } from '../../src/readers/jsonl.js';

const fixtures = fileURLToPath(new URL('../../../test/readers/fixtures/', import.meta.url));

async function collect(it: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

test('good and bad lines: each bad line is one failure naming its number, the rest go on', async () => {
  const path = fixtures + 'articles.jsonl';
  const bytes = readFileSync(path);
  const results = await collect(readJsonl(fileInput(path, bytes.subarray(0, 65536), bytes.length)));
  const bySource = new Map(results.map((r) => [r.ok ? r.doc.source : r.failure.source, r]));
  assert.equal(results.length, 8, 'the blank line is skipped');
  const one = bySource.get(`${path}#1`)!;
  assert.ok(one.ok);
  assert.deepEqual(one.doc, {
    source: `${path}#1`,
    format: 'jsonl',
    text: 'The first article body.',
    url: 'https://a.example/1',
    title: 'First',
    outlet: 'A News',
    published: '2025-03-04T10:00:00Z',
    publishedEvidence: 'json field published',
    authors: ['Ann Bee'],
  });
  const three = bySource.get(`${path}#3`)!;
  assert.ok(three.ok);
  assert.equal(three.doc.html, '<p>HTML in content.</p>');
  assert.equal(three.doc.text, undefined);
  assert.equal(three.doc.outlet, 'B Daily');
  assert.deepEqual(three.doc.authors, ['Cy Dee']);
  assert.equal(three.doc.published, '2025-03-04T18:30:00-05:00');
  assert.equal(three.doc.publishedEvidence, 'json field date');
  const four = bySource.get(`${path}#4`)!;
  assert.ok(!four.ok);
  assert.match(four.failure.reason, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 4: not valid JSON \\(.+\\)$`));
  const five = bySource.get(`${path}#5`)!;
  assert.ok(!five.ok);
  assert.match(five.failure.reason, /line 5: expected a JSON object, found an array/);
  const six = bySource.get(`${path}#6`)!;
  assert.ok(!six.ok);
  assert.match(six.failure.reason, /line 6: expected a "text" or "html" field \(or content\/body\), found only url, title/);
  const seven = bySource.get(`${path}#7`)!;
  assert.ok(seven.ok);
  assert.equal(seven.doc.text, 'Body text.');
  assert.equal(seven.doc.outlet, 'Source Obj');
  assert.deepEqual(seven.doc.authors, ['Eve']);
  assert.equal(seven.doc.published, '2025-03-04T10:00:00.000Z');
  assert.equal(seven.doc.publishedEvidence, 'json field published_at');
  const eight = bySource.get(`${path}#8`)!;
  assert.ok(!eight.ok);
  assert.match(eight.failure.reason, /line 8: expected a JSON object, found a string/);
  const nine = bySource.get(`${path}#9`)!;
  assert.ok(nine.ok);
  assert.equal(nine.doc.published, undefined);
  assert.equal(nine.doc.messages?.[0].rule, 'jsonl-date-unreadable');
});

test('a huge line is one failure and is never held whole in memory', async () => {
  const cap = 1024 * 1024;
  const huge = Buffer.alloc(3 * cap, 0x61);
  huge[0] = 0x7b; // "{" then lots of "a"
  async function* gen() {
    yield Buffer.from('{"text":"before"}\n');
    for (let i = 0; i < huge.length; i += 65536) yield huge.subarray(i, i + 65536);
    yield Buffer.from('\r\n{"text":"after"}');
  }
  const input: InputSource = {
    ...bufferInput('big.jsonl', Buffer.from('{"text":"before"}\n')),
    open: () => Readable.from(gen()),
  };
  const results = await collect(readJsonl(input, { maxLineBytes: cap }));
  assert.equal(results.length, 3);
  assert.ok(results[0].ok && results[0].doc.text === 'before');
  assert.ok(!results[1].ok);
  assert.equal(results[1].failure.source, 'big.jsonl#2');
  assert.match(results[1].failure.reason, /^big\.jsonl line 2: the line is longer than 1 MB/);
  assert.ok(results[2].ok && results[2].doc.text === 'after' && results[2].doc.source === 'big.jsonl#3');
});

test('streamLines splits across chunk boundaries and handles CRLF and a missing final newline', async () => {
  const lines: string[] = [];
  for await (const l of streamLines(Readable.from([Buffer.from('ab'), Buffer.from('c\r\nd'), Buffer.from('e\n\nf')]), 100)) {
    lines.push(`${l.number}:${l.bytes?.toString()}`);
  }
  assert.deepEqual(lines, ['1:abc', '2:de', '3:', '4:f']);
});

test('empty file, binary noise and a BOM', async () => {
  assert.equal((await collect(readJsonl(bufferInput('e.jsonl', Buffer.alloc(0))))).length, 0);
  const noise = await collect(readJsonl(bufferInput('n.jsonl', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)))));
  assert.equal(noise.length, 1);
  assert.ok(!noise[0].ok);
  assert.match(noise[0].failure.reason, /^n\.jsonl: expected JSON lines, found binary data/);
  const bom = await collect(readJsonl(bufferInput('b.jsonl', Buffer.from('\uFEFF{"text":"x"}\n'))));
  assert.ok(bom[0].ok && bom[0].doc.text === 'x');
});

test('a stream error ends with one failure, not a throw', async () => {
  async function* gen() {
    yield Buffer.from('{"text":"one"}\n');
    throw new Error('disk went away');
  }
  const input: InputSource = { ...bufferInput('s.jsonl', Buffer.from('{"text":"one"}\n')), open: () => Readable.from(gen()) };
  const results = await collect(readJsonl(input));
  assert.equal(results.length, 2);
  assert.ok(!results[1].ok);
  assert.match(results[1].failure.reason, /s\.jsonl: reading stopped after line 1 \(disk went away\)/);
});
