import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { closeSync, openSync, ftruncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { runCli, tempDir } from '../helpers/cli.js';

const GOOD_TEXT = ` date 2024-04-03 https://www.example.org/news/levee
Levee gives way on the river at dawn

The levee on the river gave way before dawn on Wednesday, flooding the lower town and forcing hundreds of residents onto their roofs, local officials said.

Rescue crews worked through the day to reach people trapped in their homes.
`;

const GOOD_HTML = `<!doctype html><html lang="en"><head><title>Dam release ordered</title>
<meta property="og:site_name" content="Valley Times"><meta property="article:published_time" content="2024-04-05T08:00:00Z"></head>
<body><article><h1>Dam release ordered</h1><p>Engineers at the dam began releasing water on Friday to relieve pressure on the reservoir, the river authority said in a statement.</p>
<p>Residents of three villages downstream were told to leave their homes before noon, and buses were sent to carry them to reception centres in the hills.</p></article></body></html>`;

describe('storyline ingest with bad input', () => {
  let dir: string;
  let server: Server;
  let port = 0;

  before(async () => {
    dir = tempDir();
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'good.txt'), GOOD_TEXT);
    writeFileSync(join(inputs, 'good.html'), GOOD_HTML);
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'noise.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    // A 200 MB text file: real text at the head, the rest sparse, so the test writes almost nothing to disk.
    writeFileSync(join(inputs, 'huge.txt'), 'A very long dump\n\n' + 'The river rose again overnight. '.repeat(400));
    const huge = openSync(join(inputs, 'huge.txt'), 'r+');
    ftruncateSync(huge, 200 * 1024 * 1024);
    closeSync(huge);
    writeFileSync(join(inputs, 'latin1.txt'), Buffer.from('Flood in Saint-Étienne-sur-Orvane\n\nThe café owners of Saint-Étienne said the water rose quickly overnight and that the whole street was flooded by morning, officials said.\n', 'latin1'));
    writeFileSync(join(inputs, 'broken-utf8.txt'), Buffer.concat([Buffer.from('River rises again\n\nThe river rose again overnight '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' and crews returned to the levee before dawn, the authority said in a statement.\n')]));
    writeFileSync(join(inputs, 'truncated.html'), GOOD_HTML.slice(0, 420));
    writeFileSync(join(inputs, 'not-a-feed.xml'), '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>');
    const warcRecord = 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: https://www.example.org/a\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>cut short';
    writeFileSync(join(inputs, 'truncated.warc.gz'), gzipSync(warcRecord));
    writeFileSync(join(inputs, 'lines.jsonl'), [
      JSON.stringify({ url: 'https://www.example.net/a', title: 'Aid pledged for flooded valley', text: 'Donors pledged 42 million crowns for the flooded valley on Tuesday, the regional government said, far short of the 65 million it had asked for.', published: '2024-04-16', outlet: 'Example Net' }),
      '{"url": "https://www.example.net/b", "title": ',
    ].join('\n') + '\n');

    server = createServer(() => {
      /* never answers: the fetch must time out */
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  });

  after(() => {
    server.closeAllConnections?.();
    server.close();
  });

  it('should report each bad input on one stderr line, store every good one, and exit 1', async () => {
    const db = join(dir, 'bad.db');
    const run = await runCli(['ingest', join(dir, 'inputs'), `http://127.0.0.1:${port}/slow`, '--allow-private', '--timeout', '1', '--db', db, '--quiet']);
    assert.equal(run.code, 1, run.stderr);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
    const expectations: [string, RegExp][] = [
      ['empty.txt', /empty/],
      ['noise.html', /binary/],
      ['huge.txt', /larger than|cap/],
      ['truncated.html', /./],
      ['not-a-feed.xml', /feed|svg/i],
      ['truncated.warc.gz', /truncat|end|incomplete|cut/i],
      ['lines.jsonl', /line 2/],
      [`127.0.0.1:${port}`, /within 1 s|time/i],
    ];
    for (const [name, reason] of expectations) {
      const line = errors.find((l) => l.includes(name));
      if (name === 'truncated.html') continue; // truncated HTML may still hold readable text; checked below
      assert.ok(line, `expected an error line naming ${name}, got:\n${run.stderr}`);
      assert.match(line!, reason);
    }
    const list = await runCli(['articles', '--json', '--db', db]);
    const articles = JSON.parse(list.stdout) as { source: string; title: string; text: string }[];
    const sources = articles.map((a) => a.source);
    for (const good of ['good.txt', 'good.html', 'latin1.txt', 'broken-utf8.txt', 'lines.jsonl#1']) {
      assert.ok(sources.some((s) => s.endsWith(good)), `expected ${good} to be stored; stored: ${sources.join(', ')}`);
    }
    const latin = articles.find((a) => a.source.endsWith('latin1.txt'))!;
    assert.match(latin.text, /café owners of Saint-Étienne/);
    // Truncated HTML is either stored with its readable words or reported; never both, never silently lost.
    const truncatedStored = sources.some((s) => s.endsWith('truncated.html'));
    const truncatedReported = errors.some((l) => l.includes('truncated.html'));
    assert.ok(truncatedStored !== truncatedReported, 'truncated.html must be stored or reported, exactly one');
    assert.match(run.stderr, /read \d+, stored \d+, already known 0, failed \d+/);
  });

  it('should exit 0 and store nothing new when the good inputs are ingested again', async () => {
    const db = join(dir, 'again.db');
    const first = await runCli(['ingest', join(dir, 'inputs', 'good.txt'), join(dir, 'inputs', 'good.html'), '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /stored 2, already known 0, failed 0/);
    const second = await runCli(['ingest', join(dir, 'inputs', 'good.txt'), join(dir, 'inputs', 'good.html'), '--db', db]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /stored 0, already known 2, failed 0/);
  });

  it('should read stdin given -', async () => {
    const db = join(dir, 'stdin.db');
    const run = await runCli(['ingest', '-', '--db', db], { input: GOOD_TEXT });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /stored 1/);
  });

  it('should name a missing input and exit 1', async () => {
    const run = await runCli(['ingest', join(dir, 'no-such-file.txt'), '--db', join(dir, 'missing.db')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /no-such-file\.txt.*no such file/);
  });

  it('should exit 2 on bad usage', async () => {
    const run = await runCli(['ingest', '--db', join(dir, 'usage.db'), '--timeout', 'soon', 'x']);
    assert.equal(run.code, 2);
    const unknown = await runCli(['frobnicate']);
    assert.equal(unknown.code, 2);
  });
});
