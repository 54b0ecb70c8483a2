import { joinParagraphs, type BlockText } from './block-text.js';
import { parseDate, isPlausibleDate } from './date-parse.js';
import { metadataDates } from './date-sources.js';
import { findPublicationDate } from './dates.js';
import { densityText } from './density-text.js';
import { readMetadata } from './metadata.js';
import { collapseSpace, parseDocument } from './parse-dom.js';
import { pruneBoilerplate } from './prune-boilerplate.js';
import { readabilityText } from './readability-text.js';
import { trimParagraphs } from './trim-paragraphs.js';

/** What Storyline reads from one HTML page: the article's main text and the metadata the page states. */
export interface HtmlExtraction {
  /** Main text: paragraphs (headings and list items included) separated by a blank line, no HTML. */
  text: string;
  title?: string;
  /** Canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD), else the URL given. */
  url?: string;
  /** Site name. */
  outlet?: string;
  /** Publication day, YYYY-MM-DD. */
  published?: string;
  /** Where `published` came from, e.g. "json-ld datePublished", "meta article:published_time", "url path". */
  publishedEvidence?: string;
  modified?: string;
  authors?: string[];
  language?: string;
  /** Photo captions found in the article, kept out of `text`. */
  captions?: string[];
  description?: string;
}

/** Options for `extractHtml`. */
export interface ExtractHtmlOptions {
  /** The URL the page was fetched from: resolves a relative canonical link and gives dates in the path. */
  url?: string;
}

/** Below this many characters, Readability's result is treated as a miss and the density fallback is tried. */
const MIN_TEXT_CHARS = 250;

/**
 * Extract the main text and metadata of an HTML page. Boilerplate blocks are pruned first, Mozilla Readability (over
 * linkedom) picks the article, a density-based reader takes over when Readability finds too little, and
 * boilerplate paragraphs are trimmed after. Never throws: malformed markup gives the best text that can be read.
 */
export function extractHtml(html: string, options: ExtractHtmlOptions = {}): HtmlExtraction {
  try {
    return extract(html, options);
  } catch {
    return { text: strippedText(html) };
  }
}

function extract(html: string, options: ExtractHtmlOptions): HtmlExtraction {
  const document = parseDocument(html);
  const meta = readMetadata(document, options.url);
  const pageDate = findPublicationDate(document, { url: options.url ?? meta.url, meta: meta.meta });
  const modified = metadataDates(document, meta.meta)
    .modified.map((c) => parseDate(c.value))
    .find((d): d is string => d !== undefined && isPlausibleDate(d));

  pruneBoilerplate(document);
  let body: BlockText | undefined = readabilityText(document);
  if (!body || length(body) < MIN_TEXT_CHARS) {
    // Readability changed the first document; the fallback reads a fresh one.
    const fresh = parseDocument(html);
    pruneBoilerplate(fresh);
    const dense = densityText(fresh);
    if (dense && length(dense) > (body ? length(body) : 0)) body = dense;
  }
  const trimmed = trimParagraphs(body?.paragraphs ?? [], meta.title);
  const paragraphs = trimmed.paragraphs;
  const captions = [...new Set([...(body?.captions ?? []), ...trimmed.captions])];
  return {
    text: joinParagraphs(paragraphs),
    title: meta.title,
    url: meta.url,
    outlet: meta.outlet,
    published: pageDate?.date,
    publishedEvidence: pageDate?.evidence,
    modified,
    authors: meta.authors,
    language: meta.language,
    captions: captions.length > 0 ? captions : undefined,
    description: meta.description,
  };
}

function length(body: BlockText): number {
  let n = 0;
  for (const p of body.paragraphs) n += p.length;
  return n;
}

/** Last resort for markup nothing can parse: the text with tags, scripts and styles removed. */
function strippedText(html: string): string {
  const text = html
    .slice(0, 2_000_000)
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|h[1-6]|li|tr|section|article)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ');
  return text
    .split(/\n{2,}/)
    .map(collapseSpace)
    .filter((p) => p.length > 0)
    .join('\n\n');
}
