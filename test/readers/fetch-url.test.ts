import assert from 'node:assert/strict';
import type dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import { guardedLookup } from '../../src/readers/address-guard.js';
import { fetchUrl, isForbiddenAddress } from '../../src/readers/fetch-url.js';

let server: http.Server;
let base = '';
const html = '<!DOCTYPE html><html><body><p>Hello</p></body></html>';

before(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/page') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    } else if (url === '/gzip') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      res.end(zlib.gzipSync(html));
    } else if (url === '/feed') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel/></rss>');
    } else if (url === '/to-page') {
      res.writeHead(301, { Location: '/page' });
      res.end();
    } else if (url === '/to-private') {
      res.writeHead(302, { Location: 'http://10.0.0.5/' });
      res.end();
    } else if (url === '/to-metadata') {
      res.writeHead(307, { Location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    } else if (url === '/to-ftp') {
      res.writeHead(302, { Location: 'ftp://files.example/x' });
      res.end();
    } else if (url === '/loop') {
      res.writeHead(302, { Location: '/loop' });
      res.end();
    } else if (url.startsWith('/chain/')) {
      res.writeHead(302, { Location: `/chain/${Number(url.slice(7)) + 1}` });
      res.end();
    } else if (url === '/hang') {
      // never answers
    } else if (url === '/slow-body') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html>');
    } else if (url === '/big') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(2 * 1024 * 1024) });
      res.end(Buffer.alloc(2 * 1024 * 1024, 0x61));
    } else if (url === '/big-stream') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      for (let i = 0; i < 64; i++) res.write(Buffer.alloc(32 * 1024, 0x61));
      res.end();
    } else if (url === '/image') {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (url === '/pdf') {
      res.writeHead(200, { 'Content-Type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else if (url === '/bin') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.from([0, 1, 2]));
    } else if (url === '/crawl.warc.gz') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(zlib.gzipSync('WARC/1.0\r\n'));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowPrivate: true };

test('fetches a page from 127.0.0.1 with allowPrivate', async () => {
  const input = await fetchUrl(`${base}/page`, local);
  assert.equal(input.source, `${base}/page`);
  assert.equal(input.finalUrl, `${base}/page`);
  assert.equal(input.contentType, 'text/html; charset=utf-8');
  assert.equal((await input.readAll()).toString(), html);
  assert.equal(input.head.toString(), html);
});

test('follows redirects, decodes gzip, accepts feeds', async () => {
  const input = await fetchUrl(`${base}/to-page`, local);
  assert.equal(input.source, `${base}/to-page`);
  assert.equal(input.finalUrl, `${base}/page`);
  assert.equal((await fetchUrl(`${base}/gzip`, local)).head.toString(), html);
  assert.equal((await fetchUrl(`${base}/feed`, local)).contentType, 'application/rss+xml');
  assert.ok(await fetchUrl(`${base}/crawl.warc.gz`, local), 'octet-stream accepted for a .warc.gz path');
});

test('loopback literal is refused without allowPrivate', async () => {
  await assert.rejects(fetchUrl(`${base}/page`), {
    message: `Refused ${base}/page: the address is loopback (this machine); pass --allow-private to fetch it`,
  });
  await assert.rejects(fetchUrl('http://[::1]:9/'), /^Error: Refused http:\/\/\[::1\]:9\/: the address is loopback/);
  await assert.rejects(fetchUrl('http://[::ffff:10.0.0.1]/'), /the address is private \(.* embeds the IPv4 address 10\.0\.0\.1\)/);
  await assert.rejects(fetchUrl('http://0x7f.1/'), /^Error: Refused http:\/\/0x7f\.1\/: the address is loopback/);
  await assert.rejects(fetchUrl('http://169.254.169.254/latest/meta-data/'), /the address is link-local/);
});

test('a host name whose DNS answer is loopback is refused at connect time', async () => {
  const port = (server.address() as AddressInfo).port;
  await assert.rejects(fetchUrl(`http://localhost:${port}/page`), (err: Error) => {
    assert.match(err.message, new RegExp(`^Refused http://localhost:${port}/page: localhost resolves to (127\\.0\\.0\\.1|::1): the address is loopback \\(this machine\\); pass --allow-private to fetch it$`));
    return true;
  });
});

test('every redirect hop is checked: a redirect to a private address is refused', async () => {
  const allowServer = { allowAddresses: ['127.0.0.1'] };
  assert.equal((await fetchUrl(`${base}/page`, allowServer)).finalUrl, `${base}/page`);
  await assert.rejects(fetchUrl(`${base}/to-private`, allowServer), {
    message: `Refused ${base}/to-private (redirected to http://10.0.0.5/): the address is private; pass --allow-private to fetch it`,
  });
  await assert.rejects(fetchUrl(`${base}/to-metadata`, allowServer), /\(redirected to http:\/\/169\.254\.169\.254\/latest\/meta-data\/\): the address is link-local/);
  await assert.rejects(fetchUrl(`${base}/to-ftp`, local), /only http and https URLs are fetched, not ftp/);
});

test('the guarded lookup refuses when any DNS answer is forbidden', async () => {
  const fake = (answers: string[]) =>
    ((_host: string, _opts: unknown, cb: (e: null, a: dns.LookupAddress[]) => void) =>
      cb(null, answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))) as unknown as typeof dns.lookup;
  const run = (answers: string[], all: boolean) =>
    new Promise<unknown>((resolve) => guardedLookup({}, fake(answers))('news.example', { all }, (err, address) => resolve(err ?? address)));
  assert.equal(await run(['93.184.216.34'], false), '93.184.216.34');
  assert.deepEqual(await run(['93.184.216.34', '2606:2800:220:1::'], true), [
    { address: '93.184.216.34', family: 4 },
    { address: '2606:2800:220:1::', family: 6 },
  ]);
  const err = (await run(['93.184.216.34', '10.1.2.3'], false)) as Error;
  assert.equal(err.message, 'news.example resolves to 10.1.2.3: the address is private');
  const v6 = (await run(['fd00::1'], true)) as Error;
  assert.match(v6.message, /private \(IPv6 unique local/);
});

test('isForbiddenAddress', () => {
  const forbidden = [
    '127.0.0.1', '10.0.0.5', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1',
    '::ffff:169.254.169.254', '64:ff9b::a00:1', '2002:c0a8:0101::1', '198.18.0.1', '240.0.0.1', 'not-an-ip',
  ];
  for (const ip of forbidden) assert.ok(isForbiddenAddress(ip), ip);
  for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:0808:0808::1']) {
    assert.equal(isForbiddenAddress(ip), undefined, ip);
  }
  assert.equal(isForbiddenAddress('10.0.0.5'), 'the address is private');
});

test('timeout covers a server that never answers, and a body that never ends', async () => {
  const t0 = Date.now();
  await assert.rejects(fetchUrl(`${base}/hang`, { ...local, timeoutMs: 300 }), {
    message: `Could not fetch ${base}/hang: no complete answer within 0.3 s`,
  });
  await assert.rejects(fetchUrl(`${base}/slow-body`, { ...local, timeoutMs: 300 }), /no complete answer within 0\.3 s/);
  assert.ok(Date.now() - t0 < 1500);
});

test('size cap: Content-Length checked first, then while streaming', async () => {
  await assert.rejects(fetchUrl(`${base}/big`, { ...local, maxBytes: 1024 * 1024 }), {
    message: `Refused ${base}/big: it is 2 MB, larger than 1 MB, the cap for one document`,
  });
  await assert.rejects(fetchUrl(`${base}/big-stream`, { ...local, maxBytes: 1024 * 1024 }), {
    message: `Refused ${base}/big-stream: it is larger than 1 MB, the cap for one document`,
  });
});

test('redirect cap and redirect loops', async () => {
  await assert.rejects(fetchUrl(`${base}/loop`, local), { message: `Refused ${base}/loop: it redirected more than 5 times (a redirect loop)` });
  await assert.rejects(fetchUrl(`${base}/chain/0`, { ...local, maxRedirects: 2 }), { message: `Refused ${base}/chain/0: it redirected more than 2 times` });
  assert.equal((await fetchUrl(`${base}/to-page`, { ...local, maxRedirects: 1 })).finalUrl, `${base}/page`);
});

test('wrong content types, HTTP errors, bad URLs', async () => {
  await assert.rejects(fetchUrl(`${base}/image`, local), {
    message: `Refused ${base}/image: the server sent an image (image/png), not a page, feed, JSON lines or WARC file`,
  });
  await assert.rejects(fetchUrl(`${base}/pdf`, local), /the server sent a PDF \(application\/pdf\)/);
  await assert.rejects(fetchUrl(`${base}/bin`, local), /the server sent binary data \(application\/octet-stream\)/);
  await assert.rejects(fetchUrl(`${base}/nope`, local), { message: `Could not fetch ${base}/nope: the server answered 404 Not Found` });
  await assert.rejects(fetchUrl('not a url'), { message: 'Cannot fetch not a url: it is not a valid URL' });
  await assert.rejects(fetchUrl('file:///etc/passwd'), { message: 'Refused file:///etc/passwd: only http and https URLs are fetched, not file' });
});
