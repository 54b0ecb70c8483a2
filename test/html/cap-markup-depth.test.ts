import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractHtml } from '../../src/html/extract.js';
import { capMarkupDepth } from '../../src/html/flatten-nesting.js';

const PARAGRAPH = '<p>The levee on the river gave way before dawn on Wednesday, flooding the lower town, officials said.</p>';

describe('capMarkupDepth', () => {
  it('should return markup within the limit unchanged', () => {
    const html = `<html><body><div><img src="a.png"><br/><p>One<br>two</p><input type="x"></div></body></html>`;
    assert.equal(capMarkupDepth(html, 4), html);
  });

  it('should drop the tags nested past the limit and keep their text', () => {
    const html = `${'<div>'.repeat(10)}<p>deep words</p>${'</div>'.repeat(10)}`;
    const capped = capMarkupDepth(html, 3);
    assert.equal(capped, '<div><div><div>deep words</div></div></div>');
  });

  it('should read the text of a page with 100,000 nested divs in a few seconds', () => {
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(100_000)}${PARAGRAPH}${'</div>'.repeat(100_000)}</body></html>`;
    const started = Date.now();
    const page = extractHtml(html);
    assert.match(page.text, /levee on the river gave way/);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  });

  it('should read a page of 30,000 unclosed tags in a few seconds', () => {
    const started = Date.now();
    const page = extractHtml(`<html><body>${'<div><span><b>'.repeat(30_000)}${PARAGRAPH}`);
    assert.match(page.text, /levee on the river gave way/);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  });
});
