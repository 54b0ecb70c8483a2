import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../../src/html/extract.js';

const fixtures = fileURLToPath(new URL('../../../test/html/fixtures/', import.meta.url));
const fixture = (name: string): string => readFileSync(fixtures + name, 'utf8');

describe('extractHtml', () => {
  describe('metadata', () => {
    it('should read title, canonical URL, authors, date and language from JSON-LD @graph', () => {
      const page = extractHtml(fixture('jsonld-article.html'));
      assert.equal(page.title, 'Dam release ordered after record rain');
      assert.equal(page.url, 'https://valley.example/news/dam-release');
      assert.deepEqual(page.authors, ['Maria Lopez', 'Tom Reed']);
      assert.equal(page.published, '2023-03-14');
      assert.equal(page.publishedEvidence, 'json-ld datePublished');
      assert.equal(page.modified, '2023-03-15');
      assert.equal(page.language, 'en-GB');
      assert.equal(page.outlet, 'Valley Times Media');
      assert.equal(page.description, 'Engineers opened the spillway on Tuesday.');
    });

    it('should read OpenGraph and meta tags, resolving a relative canonical link', () => {
      const page = extractHtml(fixture('opengraph-article.html'), { url: 'https://herald.example/story?id=1' });
      assert.equal(page.title, 'City council approves new budget');
      assert.equal(page.outlet, 'Harbor Herald');
      assert.equal(page.url, 'https://herald.example/2021/06/02/city-council-budget');
      assert.deepEqual(page.authors, ['Jane Doe']);
      assert.equal(page.published, '2021-06-02');
      assert.equal(page.publishedEvidence, 'meta article:published_time');
      assert.equal(page.modified, '2021-06-03');
      assert.equal(page.language, 'en-US');
    });

    it('should date a page from a <time> element in its header', () => {
      const page = extractHtml(fixture('time-element.html'));
      assert.equal(page.published, '2019-09-22');
      assert.equal(page.publishedEvidence, 'time element');
      assert.equal(page.title, 'Harvest festival draws crowds');
    });

    it('should leave metadata undefined when the page states none, and date it from the byline text', () => {
      const page = extractHtml(fixture('no-metadata.html'));
      assert.equal(page.authors, undefined);
      assert.equal(page.outlet, undefined);
      assert.equal(page.language, undefined);
      assert.equal(page.published, '2018-03-05');
      assert.match(page.text, /^The central library reopened/);
    });

    it('should strip a " | Site" suffix from <title> when no other title is given', () => {
      const page = extractHtml('<html><head><title>Storm closes port | Coast News</title></head><body><p>Short.</p></body></html>');
      assert.equal(page.title, 'Storm closes port');
    });
  });

  describe('main text', () => {
    const page = extractHtml(fixture('jsonld-article.html'));
    const paragraphs = page.text.split('\n\n');

    it('should keep paragraphs apart with a blank line and collapse whitespace inside them', () => {
      assert.equal(paragraphs[0].slice(0, 40), 'Engineers at the Northfield reservoir op');
      assert.ok(paragraphs.includes(
        'The regional water authority said the controlled release would raise the river downstream by up to forty centimetres, and asked residents of low-lying streets to move cars and valuables.',
      ));
      assert.doesNotMatch(page.text, /<|>/);
    });

    it('should give headings and list items their own paragraphs', () => {
      assert.ok(paragraphs.includes('Residents warned'));
      assert.ok(paragraphs.includes('Riverside Road is closed until Friday.'));
      assert.ok(paragraphs.includes('The ferry will not run this week.'));
    });

    it('should keep figure captions out of the text and in captions', () => {
      assert.doesNotMatch(page.text, /Water pours over/);
      assert.deepEqual(page.captions, ['Water pours over the Northfield spillway on Tuesday. Photo: Valley Times']);
    });

    it('should drop share, related, newsletter and comment blocks', () => {
      for (const boilerplate of [/Facebook/, /Floods close schools/, /newsletter/, /Great reporting/, /All rights reserved/, /Home/]) {
        assert.doesNotMatch(page.text, boilerplate);
      }
      assert.match(page.text, /worst of the storm has passed/);
    });

    it('should not repeat the headline in the text', () => {
      assert.doesNotMatch(page.text, /^Dam release ordered/);
    });

    it('should read a fragment without <html> or <body>', () => {
      const text = extractHtml('<p>' + 'A sentence about the river and the rain. '.repeat(10) + '</p><p>Second paragraph about the dam, its engineers and the town.</p>').text;
      assert.match(text, /^A sentence about the river/);
      assert.match(text, /\n\nSecond paragraph about the dam/);
    });
  });

  describe('malformed input', () => {
    it('should not throw on truncated HTML', () => {
      const html = fixture('jsonld-article.html');
      for (const cut of [0, 10, 200, 700, 1500, html.length - 300]) {
        const page = extractHtml(html.slice(0, cut));
        assert.equal(typeof page.text, 'string');
      }
    });

    it('should not throw on deeply nested markup and still find its text', () => {
      const html = '<html><body>' + '<div>'.repeat(20000) + '<p>' + 'Deep text sits here in the middle of it all. '.repeat(20) + '</p>';
      const page = extractHtml(html);
      assert.match(page.text, /Deep text sits here/);
    });

    it('should not throw on garbage, empty input or broken JSON-LD', () => {
      assert.equal(extractHtml('').text, '');
      assert.equal(typeof extractHtml('<<<>>><!-- <script>').text, 'string');
      const page = extractHtml('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":</script><p>Hi</p>');
      assert.equal(page.published, undefined);
    });

    it('should stay fast on a huge page', () => {
      const html = '<html><body>' + '<div class="x"><p>Paragraph with some words in it, and a comma.</p></div>'.repeat(20000) + '</body></html>';
      const start = Date.now();
      extractHtml(html);
      assert.ok(Date.now() - start < 15000);
    });
  });
});
