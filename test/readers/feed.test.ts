import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { ReadResult } from '../../src/model.js';
import { readFeed, stripDoctype, decodeEntities } from '../../src/readers/feed.js';
import { bufferInput, fileInput } from '../../src/readers/input.js';
import { normaliseDate } from '../../src/readers/record-dates.js';

const fixtures = fileURLToPath(new URL('../../../test/readers/fixtures/', import.meta.url));

function fixture(name: string) {
  const bytes = readFileSync(fixtures + name);
  return fileInput(fixtures + name, bytes.subarray(0, 65536), bytes.length);
}

async function collect(it: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

function docs(results: ReadResult[]) {
  return results.filter((r): r is Extract<ReadResult, { ok: true }> => r.ok).map((r) => r.doc);
}
function failures(results: ReadResult[]) {
  return results.filter((r): r is Extract<ReadResult, { ok: false }> => !r.ok).map((r) => r.failure);
}

test('RSS 2.0 with content:encoded', async () => {
  const results = await collect(readFeed(fixture('rss-full.xml')));
  assert.equal(failures(results).length, 0);
  const [a, b] = docs(results);
  assert.equal(a.source, fixtures + 'rss-full.xml#1');
  assert.equal(a.format, 'feed');
  assert.equal(a.url, 'https://gazette.example/news/bridge-inquiry');
  assert.equal(a.title, 'Bridge inquiry opens in Kingsport');
  assert.equal(a.outlet, 'The Harbour Gazette');
  assert.equal(a.language, 'en-gb');
  assert.equal(a.published, '2025-03-04T18:30:00-05:00');
  assert.equal(a.publishedEvidence, 'feed pubDate');
  assert.deepEqual(a.authors, ['Amira Costa']);
  assert.match(a.html!, /^<p>An inquiry into the collapse/);
  assert.match(a.html!, /six weeks &amp; report/, 'CDATA kept as written');
  assert.equal(a.description, 'An inquiry into the collapse opened on Tuesday.');
  assert.equal(a.messages, undefined);
  assert.equal(b.source.endsWith('#2'), true);
  assert.equal(b.title, 'Engineers & unions \u2018welcome\u2019 inquiry');
  assert.equal(b.url, 'https://gazette.example/news/engineers', 'relative link resolved against the channel link');
  assert.equal(b.published, '2025-03-05T09:00:00Z');
  assert.deepEqual(b.authors, ['Jon Ruiz']);
  assert.equal(b.html, '<p>Engineers welcomed the inquiry on Wednesday.</p>');
});

test('RSS with summaries only, bad dates, link-only and empty items', async () => {
  const results = await collect(readFeed(fixture('rss-summary.xml')));
  assert.equal(results.length, 4);
  const [a, b, c] = docs(results);
  assert.equal(a.text, 'Unions called off the strike after talks in M\u00e1laga.');
  assert.equal(a.html, undefined);
  assert.equal(a.description, a.text);
  assert.equal(a.published, '2025-03-06T07:15:00+01:00');
  assert.equal(a.outlet, 'Wire Digest');
  assert.equal(a.messages?.[0].rule, 'feed-summary-only');
  assert.equal(a.messages?.[0].severity, 'info');
  assert.match(a.messages![0].text, /only a summary.*https:\/\/wire\.example\/ferry/);
  assert.equal(b.html, '<p>The port <b>reopened</b> on Friday.</p>');
  assert.equal(b.description, 'The port reopened on Friday.');
  assert.equal(b.published, undefined);
  assert.ok(b.messages?.some((m) => m.rule === 'feed-date-unreadable'));
  assert.equal(c.url, 'https://wire.example/link-only');
  assert.equal(c.text, undefined);
  assert.equal(c.messages?.[0].rule, 'feed-link-only');
  const [f] = failures(results);
  assert.equal(f.source.endsWith('rss-summary.xml#4'), true);
  assert.match(f.reason, /item 4: expected the item's text or a link to it, found neither/);
});

test('Atom: alternate link, html/xhtml/text content, published vs updated, inherited language', async () => {
  const results = await collect(readFeed(fixture('atom.xml')));
  assert.equal(failures(results).length, 0);
  const [a, b, c] = docs(results);
  assert.equal(a.url, 'https://coastal.example/2025/03/tide-barrier');
  assert.equal(a.title, 'Tide barrier approved');
  assert.equal(a.outlet, 'Coastal Times');
  assert.equal(a.language, 'en');
  assert.equal(a.published, '2025-03-07T10:00:00+01:00');
  assert.equal(a.publishedEvidence, 'atom published');
  assert.equal(a.modified, '2025-03-08T12:00:00Z');
  assert.deepEqual(a.authors, ['Lena Park', 'Omar Haddad']);
  assert.equal(a.html, '<p>The council approved the tide barrier on Friday.</p>');
  assert.equal(a.description, 'The council approved the barrier.');
  assert.equal(b.url, 'https://coastal.example/2025/03/second');
  assert.equal(b.published, '2025-03-09T08:00:00Z');
  assert.match(b.publishedEvidence!, /atom updated/);
  assert.deepEqual(b.authors, ['Desk'], 'feed author inherited');
  assert.equal(b.html, '<p>Inline <b>XHTML</b> body &amp; more.</p>');
  assert.equal(c.text, 'Plain text body with <angle> brackets.');
  assert.equal(c.published, '2025-03-10');
});

test('JSON Feed 1.1', async () => {
  const bytes = readFileSync(fixtures + 'feed.json');
  const results = await collect(readFeed(bufferInput('https://river.example/feed.json', bytes)));
  const ds = docs(results);
  assert.equal(ds.length, 3);
  assert.equal(ds[0].html, '<p>Flood defences were tested on Monday.</p>');
  assert.equal(ds[0].published, '2025-03-10T08:00:00-05:00');
  assert.equal(ds[0].publishedEvidence, 'json feed date_published');
  assert.deepEqual(ds[0].authors, ['Kim Lee']);
  assert.equal(ds[0].outlet, 'River Post');
  assert.equal(ds[0].language, 'en-US');
  assert.equal(ds[0].source, 'https://river.example/feed.json#1');
  assert.equal(ds[1].text, 'Just text.');
  assert.equal(ds[1].url, 'https://river.example/b');
  assert.deepEqual(ds[1].authors, ['River Post Staff']);
  assert.equal(ds[2].url, 'https://other.example/c');
  assert.equal(ds[2].messages?.[0].rule, 'feed-summary-only');
  const [f] = failures(results);
  assert.equal(f.source, 'https://river.example/feed.json#4');
});

test('RSS 1.0 (RDF)', async () => {
  const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF News</title><link>https://rdf.example/</link></channel>
  <item rdf:about="https://rdf.example/1"><title>One</title><link>https://rdf.example/1</link>
    <description>First.</description><dc:date>2025-03-01T10:00:00Z</dc:date><dc:creator>Al</dc:creator></item>
</rdf:RDF>`;
  const [r] = await collect(readFeed(bufferInput('rdf.xml', Buffer.from(xml))));
  assert.ok(r.ok);
  assert.equal(r.doc.outlet, 'RDF News');
  assert.equal(r.doc.published, '2025-03-01T10:00:00Z');
  assert.equal(r.doc.publishedEvidence, 'feed dc:date');
  assert.deepEqual(r.doc.authors, ['Al']);
});

test('bare ampersands are tolerated', async () => {
  const xml = '<rss version="2.0"><channel><title>AT&T Wire</title><item><title>Q&A</title><link>https://x.example/q?a=1&b=2</link><description>Text.</description></item></channel></rss>';
  const [r] = await collect(readFeed(bufferInput('amp.xml', Buffer.from(xml))));
  assert.ok(r.ok);
  assert.equal(r.doc.outlet, 'AT&T Wire');
  assert.equal(r.doc.title, 'Q&A');
  assert.equal(r.doc.url, 'https://x.example/q?a=1&b=2');
});

test('an XML document that is not a feed is one failure naming the root', async () => {
  const results = await collect(readFeed(bufferInput('feeds/x.xml', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><g/></svg>'))));
  assert.equal(results.length, 1);
  const [f] = failures(results);
  assert.equal(f.source, 'feeds/x.xml');
  assert.equal(f.reason, 'feeds/x.xml: expected an RSS, Atom or JSON feed, found an XML document with root <svg>; ingest it as a page instead');
});

test('an HTML page is refused as a feed', async () => {
  const [f] = failures(await collect(readFeed(bufferInput('p.html', Buffer.from('<!DOCTYPE html><html><body>x</body></html>')))));
  assert.match(f.reason, /found an HTML page; ingest it as a page instead/);
});

test('truncated XML is one failure', async () => {
  const full = readFileSync(fixtures + 'rss-full.xml');
  const results = await collect(readFeed(bufferInput('cut.xml', full.subarray(0, Math.floor(full.length * 0.6)))));
  assert.equal(results.length, 1);
  const [f] = failures(results);
  assert.match(f.reason, /^cut\.xml: the RSS feed is truncated/);
});

test('truncated JSON feed is one failure', async () => {
  const full = readFileSync(fixtures + 'feed.json');
  const [f] = failures(await collect(readFeed(bufferInput('cut.json', full.subarray(0, 200)))));
  assert.match(f.reason, /^cut\.json: the JSON feed is truncated/);
});

test('JSON that is not a feed', async () => {
  const [f] = failures(await collect(readFeed(bufferInput('x.json', Buffer.from('{"hello": "world"}')))));
  assert.match(f.reason, /expected a JSON Feed with an "items" array/);
});

test('billion laughs: entities are not expanded and it finishes fast', async () => {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 12; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const xml = `<?xml version="1.0"?>
<!DOCTYPE rss [${levels.join('\n')}
<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&lol12;</title>
<item><title>&lol12;</title><link>https://x.example/1</link><description>&ext; &lol12;</description></item>
</channel></rss>`;
  const t0 = Date.now();
  const results = await collect(readFeed(bufferInput('bomb.xml', Buffer.from(xml))));
  assert.ok(Date.now() - t0 < 500, 'fast');
  assert.equal(results.length, 1);
  const r = results[0];
  assert.ok(r.ok);
  assert.ok(JSON.stringify(r.doc).length < 5000, 'nothing expanded');
  assert.equal(r.doc.title, '&lol12;');
  assert.ok(!JSON.stringify(r.doc).includes('root:'), 'no external entity');
  assert.ok(r.doc.messages?.some((m) => m.rule === 'feed-entities-not-expanded'));
});

test('stripDoctype removes internal subsets with quoted brackets', () => {
  const { xml, declaredEntities } = stripDoctype('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "]>">]><x>&a;</x>');
  assert.equal(xml, '<?xml version="1.0"?><x>&a;</x>');
  assert.equal(declaredEntities, true);
  assert.equal(decodeEntities('&amp;lt; &#x1F600; &#0; &bogus;'), '&lt; \u{1F600} &#0; &bogus;');
});

test('empty file, whitespace, binary noise and plain text are failures', async () => {
  const cases: [string, Buffer, RegExp][] = [
    ['empty.xml', Buffer.alloc(0), /found an empty file/],
    ['blank.xml', Buffer.from('  \n\n '), /found an empty file/],
    ['noise.xml', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /found binary data/],
    ['text.xml', Buffer.from('hello world'), /neither XML nor JSON/],
    ['empty-feed.xml', Buffer.from('<rss version="2.0"><channel><title>x</title></channel></rss>'), /has no items/],
  ];
  for (const [name, bytes, re] of cases) {
    const results = await collect(readFeed(bufferInput(name, bytes)));
    assert.equal(results.length, 1, name);
    const [f] = failures(results);
    assert.equal(f.source, name);
    assert.match(f.reason, re, name);
    assert.ok(f.reason.startsWith(name + ':'));
  }
});

test('a feed over the document cap is a failure, not a throw', async () => {
  const input = bufferInput('big.xml', Buffer.from('<rss></rss>'));
  input.readAll = async () => {
    throw new Error('big.xml is larger than 20 MB, the cap for one document');
  };
  const [f] = failures(await collect(readFeed(input)));
  assert.match(f.reason, /larger than 20 MB/);
});

test('normaliseDate keeps the stated offset and day', () => {
  assert.equal(normaliseDate('Tue, 04 Mar 2025 23:30:00 -0500'), '2025-03-04T23:30:00-05:00');
  assert.equal(normaliseDate('4 Mar 2025 23:30 PST'), '2025-03-04T23:30:00-08:00');
  assert.equal(normaliseDate('Tue, 04 Mar 25 10:00:00 CEST'), '2025-03-04T10:00:00+02:00');
  assert.equal(normaliseDate('2025-03-04T10:00:00+0100'), '2025-03-04T10:00:00+01:00');
  assert.equal(normaliseDate('2025-03-04 10:00'), '2025-03-04T10:00:00');
  assert.equal(normaliseDate('2025-03-04'), '2025-03-04');
  assert.equal(normaliseDate('March 4, 2025'), '2025-03-04');
  assert.equal(normaliseDate(1741082400), '2025-03-04T10:00:00.000Z');
  assert.equal(normaliseDate('2025-02-30'), undefined);
  assert.equal(normaliseDate('yesterday'), undefined);
  assert.equal(normaliseDate(''), undefined);
});
