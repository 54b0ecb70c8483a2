import { readJsonLd } from './json-ld.js';
import { jsonLdBlocks } from './metadata.js';
import { readMetaTags, type MetaTags } from './meta-tags.js';

/** A date as a page states it, before it is read, with where it was found. */
export interface DateCandidate {
  value: string;
  evidence: string;
}

/** `<meta>` keys that carry the original publication date, most specific first. */
export const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time',
  'datepublished', 'article.published', 'article_date_original', 'original-publish-date', 'publish-date', 'publish_date',
  'publishdate', 'publishdatetime', 'pubdate', 'publication_date', 'publication-date', 'date_published', 'published-date',
  'rnews:datepublished', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'datecreated',
  'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime', 'citation_publication_date', 'citation_date',
  'bt:pubdate', 'displaydate', 'dc.date', 'dcterms.date', 'date', 'ptime', 'created', 'og:pubdate', 'news_keywords_date',
];

/** `<meta>` keys that carry a modification date. */
export const MODIFIED_META = [
  'article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'modified_time', 'last-modified',
  'dc.date.modified', 'dcterms.modified', 'utime', 'lastmod', 'revised',
];

/** Published and modified dates from JSON-LD and `<meta>` tags, in order of trust. */
export function metadataDates(document: Document, meta: MetaTags = readMetaTags(document)): {
  published: DateCandidate[];
  modified: DateCandidate[];
} {
  const published: DateCandidate[] = [];
  const modified: DateCandidate[] = [];
  const ld = readJsonLd(jsonLdBlocks(document));
  if (ld?.datePublished) published.push({ value: ld.datePublished, evidence: 'json-ld datePublished' });
  for (const key of PUBLISHED_META) for (const v of meta.get(key) ?? []) published.push({ value: v, evidence: `meta ${key}` });
  if (ld?.dateCreated) published.push({ value: ld.dateCreated, evidence: 'json-ld dateCreated' });
  // Parse.ly keeps its metadata as JSON in one meta tag.
  for (const v of meta.get('parsely-page') ?? []) {
    const m = /"pub_date"\s*:\s*"([^"]+)"/.exec(v);
    if (m) published.push({ value: m[1], evidence: 'meta parsely-page pub_date' });
  }
  if (ld?.dateModified) modified.push({ value: ld.dateModified, evidence: 'json-ld dateModified' });
  for (const key of MODIFIED_META) for (const v of meta.get(key) ?? []) modified.push({ value: v, evidence: `meta ${key}` });
  return { published, modified };
}

/** Microdata: elements marked `itemprop="datePublished"` (or `dateCreated`) that are not `<meta>`. */
export function microdataDates(document: Document): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const prop of ['datePublished', 'dateCreated']) {
    for (const el of Array.from(document.querySelectorAll(`[itemprop="${prop}"]`)).slice(0, 5)) {
      if (el.tagName === 'META') continue;
      const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
      if (value.trim()) out.push({ value, evidence: `itemprop ${prop}` });
    }
  }
  return out;
}

const URL_YMD = /(?:^|[/_-])((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
const URL_COMPACT = /(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** A full date (year, month and day) in a URL's path, such as `/2020/06/07/` or `-20200607-`. */
export function urlDate(url: string | undefined): DateCandidate | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    const u = new URL(url);
    path = u.pathname + (u.search ?? '');
  } catch {
    path = url;
  }
  const m = URL_YMD.exec(path) ?? URL_COMPACT.exec(path);
  if (!m) return undefined;
  return { value: `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`, evidence: 'url path' };
}

/** `<time>` elements, those marked as the publication time (pubdate, class names) before the rest. */
export function timeElementDates(document: Document): DateCandidate[] {
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  if (!scope) return [];
  const marked: DateCandidate[] = [];
  const rest: DateCandidate[] = [];
  const times = Array.from(scope.getElementsByTagName('time')).slice(0, 20);
  for (const el of times) {
    const value = el.getAttribute('datetime') ?? el.textContent ?? '';
    if (!value.trim()) continue;
    const hints = `${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.toLowerCase();
    if (/modif|updat|edited/.test(hints)) continue;
    const isPub = el.hasAttribute('pubdate') || /publi|posted|created|entry-date|pubdate|dateline|byline/.test(hints);
    (isPub ? marked : rest).push({ value, evidence: 'time element' });
  }
  return [...marked, ...rest];
}

/** Short texts of elements whose class or id names a date ("date", "published", "posted", "byline"). */
export function classNamedDates(document: Document): DateCandidate[] {
  const scope = document.querySelector('article') ?? document.body;
  if (!scope) return [];
  const out: DateCandidate[] = [];
  const selector =
    '[class*="date" i], [id*="date" i], [class*="publish" i], [class*="posted" i], [class*="byline" i], [class*="time" i], [class*="datum" i], [class*="fecha" i], [class*="data" i]';
  let els: Element[];
  try {
    els = Array.from(scope.querySelectorAll(selector));
  } catch {
    return out;
  }
  for (const el of els.slice(0, 60)) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (/modif|updat|comment|related|sidebar|footer|copyright|widget/.test(names)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > 120) continue;
    out.push({ value: text, evidence: 'date element text' });
    if (out.length >= 20) break;
  }
  return out;
}
