import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findPublicationDate } from '../../src/html/dates.js';
import { isPlausibleDate, parseDate } from '../../src/html/date-parse.js';

const now = new Date('2024-06-01T12:00:00Z');
const page = (head: string, body = ''): string => `<html><head>${head}</head><body>${body}</body></html>`;

describe('findPublicationDate', () => {
  it('should prefer JSON-LD datePublished over the modified date', () => {
    const html = page('<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2022-02-02","datePublished":"2022-01-15T23:10:00-05:00"}</script>');
    assert.deepEqual(findPublicationDate(html, { now }), { date: '2022-01-15', evidence: 'json-ld datePublished' });
  });

  it('should read article:published_time and other publication meta names', () => {
    assert.equal(findPublicationDate(page('<meta property="article:published_time" content="2020-05-04T10:00:00Z">'), { now })?.date, '2020-05-04');
    assert.equal(findPublicationDate(page('<meta name="parsely-pub-date" content="2020-05-06T10:00:00Z">'), { now })?.date, '2020-05-06');
    assert.equal(findPublicationDate(page('<meta name="DC.date.issued" content="2020-05-07">'), { now })?.date, '2020-05-07');
    assert.equal(findPublicationDate(page('<meta itemprop="datePublished" content="2020-05-08">'), { now })?.date, '2020-05-08');
  });

  it('should use the modified date only when nothing else dates the page', () => {
    const html = page('<meta property="article:modified_time" content="2021-03-03T00:00:00Z">', '<p>No dates here.</p>');
    assert.equal(findPublicationDate(html, { now })?.date, '2021-03-03');
    const withTime = page('<meta property="article:modified_time" content="2021-03-03">', '<article><time datetime="2021-02-01">1 Feb</time></article>');
    assert.equal(findPublicationDate(withTime, { now })?.date, '2021-02-01');
  });

  it('should read a date from the URL path', () => {
    assert.deepEqual(findPublicationDate(page('', '<p>x</p>'), { url: 'https://news.example/2019/11/08/story.html', now }), {
      date: '2019-11-08',
      evidence: 'url path',
    });
    assert.equal(findPublicationDate(page('', '<p>x</p>'), { url: 'https://news.example/news/20200316/story', now })?.date, '2020-03-16');
  });

  it('should prefer an earlier URL date over metadata that carries an update', () => {
    const html = page('<meta property="article:published_time" content="2019-11-10T00:00:00Z">');
    assert.equal(findPublicationDate(html, { url: 'https://news.example/2019/11/08/story', now })?.evidence, 'url path');
  });

  it('should read a date written near the headline', () => {
    const html = page('', '<h1>Title of the story</h1><p>Von Max Muster, 12. März 2021, 10:15 Uhr</p><p>Text of the story.</p>');
    assert.deepEqual(findPublicationDate(html, { now }), { date: '2021-03-12', evidence: 'text near headline' });
    const us = page('', '<h1>Story</h1><p class="dateline">Updated June 3, 2019 at 5:00 p.m.</p>');
    assert.equal(findPublicationDate(us, { now })?.date, '2019-06-03');
  });

  it('should reject dates in the future and before 1995', () => {
    assert.equal(findPublicationDate(page('<meta property="article:published_time" content="2031-01-01">', '<p>x</p>'), { now }), undefined);
    assert.equal(findPublicationDate(page('<meta property="article:published_time" content="1990-01-01">', '<p>x</p>'), { now }), undefined);
    const fallback = page('<meta property="article:published_time" content="2031-01-01">', '<article><time datetime="2023-12-24">Dec 24</time></article>');
    assert.equal(findPublicationDate(fallback, { now })?.date, '2023-12-24');
  });

  it('should return undefined for a page without dates and never throw', () => {
    assert.equal(findPublicationDate(page('', '<p>Nothing dated.</p>'), { now }), undefined);
    assert.equal(findPublicationDate('<<<', { now }), undefined);
  });
});

describe('parseDate', () => {
  it('should read ISO, compact, numeric and named-month dates', () => {
    assert.equal(parseDate('2020-06-07T23:30:00-05:00'), '2020-06-07');
    assert.equal(parseDate('20200607'), '2020-06-07');
    assert.equal(parseDate('07.06.2020 10:15'), '2020-06-07');
    assert.equal(parseDate('06/07/2020', { dayFirst: false }), '2020-06-07');
    assert.equal(parseDate('Sunday, June 7th, 2020'), '2020-06-07');
    assert.equal(parseDate('7 червня 2020'), '2020-06-07');
    assert.equal(parseDate('segunda-feira, 22 de janeiro de 2018 às 0:13'), '2018-01-22');
    assert.equal(parseDate('1591488000'), '2020-06-07');
  });

  it('should refuse days that do not exist', () => {
    assert.equal(parseDate('2021-02-30'), undefined);
    assert.equal(parseDate('no date'), undefined);
  });
});

describe('isPlausibleDate', () => {
  it('should accept today and reject tomorrow+1 and dates before 1995', () => {
    assert.equal(isPlausibleDate('2024-06-01', now), true);
    assert.equal(isPlausibleDate('2024-06-04', now), false);
    assert.equal(isPlausibleDate('1994-12-31', now), false);
  });
});
