import { readJsonLd, type JsonLdArticle } from './json-ld.js';
import { allMeta, firstMeta, readMetaTags, type MetaTags } from './meta-tags.js';
import { collapseSpace } from './parse-dom.js';

/** The metadata a page states about itself, apart from its dates. */
export interface PageMetadata {
  title?: string;
  url?: string;
  outlet?: string;
  authors?: string[];
  language?: string;
  description?: string;
  meta: MetaTags;
  jsonLd?: JsonLdArticle;
}

/** Read JSON-LD blocks of a page. */
export function jsonLdBlocks(document: Document): string[] {
  return Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? '');
}

/**
 * Read a page's title, canonical URL, site name, authors, language and description from JSON-LD, OpenGraph,
 * `<meta>` tags (including Dublin Core, Parse.ly and Sailthru), `<link rel=canonical>`, `<html lang>` and `<title>`.
 */
export function readMetadata(document: Document, pageUrl?: string): PageMetadata {
  const meta = readMetaTags(document);
  const jsonLd = readJsonLd(jsonLdBlocks(document));
  const outlet =
    firstMeta(meta, ['og:site_name', 'application-name', 'al:android:app_name', 'twitter:app:name:iphone', 'dc.publisher', 'publisher'])?.value ??
    jsonLd?.publisher ??
    siteSuffix(text(document.querySelector('title')));
  const rawTitle =
    firstMeta(meta, ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'title'])?.value ??
    jsonLd?.headline ??
    text(document.querySelector('h1')) ??
    text(document.querySelector('title'));
  const title = rawTitle ? stripSiteSuffix(rawTitle, outlet) : undefined;
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
  const url = absoluteUrl(canonical ?? firstMeta(meta, ['og:url', 'twitter:url', 'parsely-link'])?.value ?? jsonLd?.url, pageUrl) ?? pageUrl;
  const authors = cleanAuthors([
    ...(jsonLd?.authors ?? []),
    ...allMeta(meta, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'byline']),
  ]);
  const language = (
    document.documentElement?.getAttribute('lang') ??
    firstMeta(meta, ['og:locale', 'content-language', 'dc.language', 'language'])?.value ??
    jsonLd?.language
  )
    ?.trim()
    .replace('_', '-');
  const description = firstMeta(meta, ['og:description', 'description', 'twitter:description', 'dc.description'])?.value ?? jsonLd?.description;
  return {
    title,
    url,
    outlet: outlet ? collapseSpace(outlet) : undefined,
    authors: authors.length > 0 ? authors : undefined,
    language: language || undefined,
    description,
    meta,
    jsonLd,
  };
}

function text(el: Element | null): string | undefined {
  const t = el ? collapseSpace(el.textContent ?? '') : '';
  return t || undefined;
}

/** The site name a `<title>` ends with ("Dam release ordered - Valley Times" → "Valley Times"), for pages with no site-name metadata. */
export function siteSuffix(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const stripped = stripSiteSuffix(title);
  const t = collapseSpace(title);
  if (stripped === t) return undefined;
  const suffix = t.slice(stripped.length).replace(/^\s*[|–—·•»:-]+\s*/, '').trim();
  return suffix.length >= 2 && suffix.length <= 40 ? suffix : undefined;
}

/** Remove a " | Site", " - Site" or " — Site" suffix (or "Site: " prefix) naming the outlet from a title. */
export function stripSiteSuffix(title: string, outlet?: string): string {
  const t = collapseSpace(title);
  const parts = t.split(/\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return t;
  const last = parts[parts.length - 1];
  const o = outlet?.toLowerCase();
  const looksLikeSite = (s: string): boolean =>
    (o !== undefined && (s.toLowerCase().includes(o) || o.includes(s.toLowerCase()))) || /\.(com|org|net|co\.uk|de|fr)$/i.test(s) || s.split(/\s+/).length <= 4;
  if (looksLikeSite(last) && parts.slice(0, -1).join(' ').length >= 15) {
    // Keep whatever separators the headline itself had.
    return t.slice(0, t.length - last.length).replace(/\s+[|–—·•»:-]+\s*$/, '').trim();
  }
  return t;
}

/** Clean and deduplicate author names: drop URLs, "By", handles and outlet-like values. */
function cleanAuthors(names: string[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    for (const part of raw.split(/\s*(?:,|;|\band\b|&)\s*/)) {
      const name = collapseSpace(part.replace(/^by\s+/i, ''));
      if (!name || /^https?:|@|www\./i.test(name) || name.length > 60) continue;
      if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}

/** Resolve a possibly relative URL against the page URL; undefined when it cannot be parsed. */
export function absoluteUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return /^https?:\/\//i.test(href) ? href.trim() : undefined;
  }
}
