import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTextHeader } from '../../src/readers/text-header.js';
import { sniffFormat } from '../../src/readers/sniff.js';

describe('parseTextHeader', () => {
  it('should read a leading date-and-URL line, a tag line, a title and a byline-free body', () => {
    const h = parseTextHeader(' date 2021-03-04 https://www.example.org/a\n(AFP)\nFloods hit the valley\n\nThe river rose.');
    assert.equal(h.published, '2021-03-04');
    assert.equal(h.url, 'https://www.example.org/a');
    assert.equal(h.tag, 'AFP');
    assert.equal(h.title, 'Floods hit the valley');
    assert.equal(h.body, 'The river rose.');
  });

  it('should read a masthead, a written-out date and a dateline line', () => {
    const h = parseTextHeader('8 April 2024\nTHE VALLEY TIMES\nAid agencies and government disagree\n\nGeneva / Reuters -\n\nThe figures differ.');
    assert.equal(h.published, '2024-04-08');
    assert.equal(h.masthead, 'THE VALLEY TIMES');
    assert.equal(h.title, 'Aid agencies and government disagree');
    assert.equal(h.dateline, 'Geneva');
    assert.equal(h.tag, 'Reuters');
    assert.equal(h.body, 'The figures differ.');
  });

  it('should take a tag that opens the first paragraph', () => {
    const h = parseTextHeader('(VNA) — The inquiry will report by October, the ministry said.');
    assert.equal(h.tag, 'VNA');
    assert.equal(h.title, undefined);
  });

  it('should leave a headerless text whole', () => {
    const text = 'The river rose overnight, and by morning the lower town was under water.\n\nCrews worked all day.';
    assert.equal(parseTextHeader(text).body, text);
  });
});

describe('sniffFormat', () => {
  it('should sniff by content, not name', () => {
    assert.equal(sniffFormat(Buffer.from('<!doctype html><html>'), 'page.txt').format, 'html');
    assert.equal(sniffFormat(Buffer.from('<?xml version="1.0"?><rss version="2.0">'), 'feed.html').format, 'feed');
    assert.equal(sniffFormat(Buffer.from('{"url":"https://a.example/"}\n'), 'x.txt').format, 'jsonl');
    assert.equal(sniffFormat(Buffer.from('{"version":"https://jsonfeed.org/version/1.1","items":[]}'), 'f.json').format, 'feed');
    assert.equal(sniffFormat(Buffer.from('WARC/1.0\r\n'), 'a.bin').format, 'warc');
    assert.equal(sniffFormat(Buffer.from('Just words.'), 'a.html').format, 'text');
    assert.equal(sniffFormat(Buffer.alloc(0), 'a.txt').format, null);
  });
});
