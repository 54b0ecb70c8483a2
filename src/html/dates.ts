import { blockText } from './block-text.js';
import { findDates, isPlausibleDate, parseDate, type DateReadOptions } from './date-parse.js';
import { classNamedDates, metadataDates, microdataDates, timeElementDates, urlDate, type DateCandidate } from './date-sources.js';
import type { MetaTags } from './meta-tags.js';
import { parseDocument } from './parse-dom.js';

/** A page's publication day and where it was found ("json-ld datePublished", "url path", "time element", …). */
export interface PageDate {
  date: string;
  evidence: string;
}

/** Options for finding a page's publication date. */
export interface PageDateOptions {
  /** The page's URL, for dates in its path. */
  url?: string;
  /** "Today", for rejecting dates in the future (default: now). */
  now?: Date;
  /** Already-read `<meta>` tags, to save reading them twice. */
  meta?: MetaTags;
}

/**
 * Find a page's original publication date, htmldate-style: structured metadata first (JSON-LD `datePublished`,
 * `article:published_time`, publication-date meta names and microdata), then a date in the URL path, then `<time>`
 * elements and date-named elements of the article, then a date written near the headline. The modified date is only
 * a last resort. Dates before 1995 or in the future are rejected. Never throws.
 */
export function findPublicationDate(page: string | Document, options: PageDateOptions = {}): PageDate | undefined {
  try {
    const document = typeof page === 'string' ? parseDocument(page) : page;
    return findInDocument(document, options);
  } catch {
    return undefined;
  }
}

function findInDocument(document: Document, options: PageDateOptions): PageDate | undefined {
  const now = options.now ?? new Date();
  const lang = (document.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  // Only American English writes the month first in numeric dates.
  const read: DateReadOptions = { dayFirst: !(lang === 'en' || lang.startsWith('en-us')) };
  const pick = (candidates: DateCandidate[]): PageDate | undefined => {
    for (const c of candidates) {
      const date = parseDate(c.value, read);
      if (date && isPlausibleDate(date, now)) return { date, evidence: c.evidence };
    }
    return undefined;
  };
  const { published, modified } = metadataDates(document, options.meta);
  const fromUrl = pick(urlDate(options.url) ? [urlDate(options.url)!] : []);
  const fromMeta = pick(published);
  if (fromMeta) {
    // A URL that dates the article earlier than the metadata shows the metadata carries a later (updated) date.
    if (fromUrl && fromUrl.date < fromMeta.date) return fromUrl;
    return fromMeta;
  }
  return (
    pick(microdataDates(document)) ??
    fromUrl ??
    pick(timeElementDates(document)) ??
    pick(classNamedDates(document)) ??
    headerTextDate(document, read, now) ??
    pick(modified)
  );
}

/** How much text after the start of the headline is searched for a written date. */
const HEADER_WINDOW = 1500;

/** A date written in the visible text around the headline and byline. */
export function headerTextDate(document: Document, read: DateReadOptions, now: Date): PageDate | undefined {
  const h1 = document.querySelector('article h1') ?? document.querySelector('h1');
  const scope = h1?.parentElement?.parentElement ?? h1?.parentElement ?? document.querySelector('article') ?? document.body;
  if (!scope) return undefined;
  const text = blockText(scope).paragraphs.join('\n');
  const headline = h1 ? (h1.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
  const start = headline ? Math.max(0, text.indexOf(headline.slice(0, 40))) : 0;
  const window = text.slice(Math.max(0, start - 300), start + HEADER_WINDOW);
  const hit = findDates(window, read, 10).find((d) => isPlausibleDate(d.date, now));
  return hit ? { date: hit.date, evidence: 'text near headline' } : undefined;
}
