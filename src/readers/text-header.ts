import * as chrono from 'chrono-node';
import { isMastheadLine, OUTLET_WORDS } from '../text/news-lines.js';

/**
 * Header conventions of plain-text news dumps, found and parsed: a first line holding a date and/or URL
 * (` date 2021-03-04 https://…`), a wire or outlet tag in parentheses (`(AFP)`), a title line, and dateline
 * lines ("Washington", "Geneva / Reuters"). Pure functions over the text; the text reader applies them.
 */

/** What the header of a plain-text dump told us, and where the body starts. */
export interface TextHeader {
  url?: string;
  published?: string;
  publishedEvidence?: string;
  title?: string;
  /** A wire or outlet tag as written, without parentheses ("AFP", "VNA"). */
  tag?: string;
  /** An outlet's name printed above the title ("THE NATIONAL LEDGER"), as written. */
  masthead?: string;
  dateline?: string;
  /** The body, with the header lines taken off. */
  body: string;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"']+/i;
const ISO_DATE_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
const SLASH_DATE_RE = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
/** A first line that is only metadata: optional "date"/"published" label, a date, a URL, in any order. */
const META_LINE_RE = /^\s*(?:(?:date|published|pubdate|url|source)\s*:?\s*|\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*|https?:\/\/\S+\s*)+$/i;
/** A tag line or tag prefix: "(AFP)", "(VNA) —", "(Reuters) -". */
const TAG_LINE_RE = /^\s*\(([A-Z][A-Za-z.&' ]{1,30})\)\s*[-–—:]?\s*$/;
const TAG_PREFIX_RE = /^\s*\(([A-Z][A-Za-z.&']{1,12}(?: [A-Z][A-Za-z.&']{1,12}){0,2})\)\s*[-–—:]\s*/;
/** "Geneva / Reuters", "Marlow / VNA -", "KESSLER FORD": a place, optionally slash and an outlet, nothing else. */
const DATELINE_LINE_RE = /^\s*([A-Z][A-Za-z.'-]+(?:[ -][A-Z][A-Za-z.'-]+){0,3})\s*(?:\/\s*([A-Z][A-Za-z.&' ]{1,30}?))?\s*[-–—:]?\s*$/;

/** Parse the header lines of a plain-text dump. */
export function parseTextHeader(text: string): TextHeader {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header: TextHeader = { body: '' };
  let i = skipBlank(lines, 0);

  // 1. A metadata line: date and/or URL.
  if (i < lines.length && META_LINE_RE.test(lines[i]) && (URL_RE.test(lines[i]) || ISO_DATE_RE.test(lines[i]) || SLASH_DATE_RE.test(lines[i]))) {
    const line = lines[i];
    const url = URL_RE.exec(line);
    if (url) header.url = url[0].replace(/[),.;]+$/, '');
    const date = ISO_DATE_RE.exec(line) ?? SLASH_DATE_RE.exec(line);
    if (date) {
      header.published = isoDay(+date[1], +date[2], +date[3]);
      header.publishedEvidence = 'header line';
    }
    i = skipBlank(lines, i + 1);
  } else if (i < lines.length) {
    const day = parseDateLine(lines[i]);
    if (day) {
      header.published = day;
      header.publishedEvidence = 'header line';
      i = skipBlank(lines, i + 1);
    }
  }

  // 2. Up to a few short header lines: wire tag, title, dateline, in the orders real dumps use.
  for (let n = 0; n < 4 && i < lines.length; n++) {
    const line = lines[i].trim();
    const tag = TAG_LINE_RE.exec(line);
    if (tag && !header.tag) {
      header.tag = tag[1].trim();
      i = skipBlank(lines, i + 1);
      continue;
    }
    if (header.title && !header.dateline && isDatelineLine(line)) {
      const m = DATELINE_LINE_RE.exec(line)!;
      header.dateline = m[1];
      if (m[2] && !header.tag) header.tag = m[2].trim();
      i = skipBlank(lines, i + 1);
      continue;
    }
    const next = lines[skipBlank(lines, i + 1)]?.trim();
    if (!header.title && !header.masthead && isMastheadLine(line) && next !== undefined && isTitleLine(next, '')) {
      header.masthead = line;
      i = skipBlank(lines, i + 1);
      continue;
    }
    if (header.title && !header.masthead && isOutletNameLine(line)) {
      header.masthead = line;
      i = skipBlank(lines, i + 1);
      continue;
    }
    if (!header.title && isTitleLine(line, lines[i + 1])) {
      header.title = line;
      i = skipBlank(lines, i + 1);
      continue;
    }
    break;
  }

  let body = lines.slice(i).join('\n').trim();
  // 3. A tag that opens the first paragraph: "(VNA) — The river…".
  const prefix = TAG_PREFIX_RE.exec(body);
  if (prefix && !header.tag) header.tag = prefix[1];
  header.body = body;
  return header;
}

/** An outlet's name on a line of its own under the title: Title Case, two to six words, an outlet word among them. */
export function isOutletNameLine(line: string): boolean {
  if (/^by\s/i.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|and|de|la)$/i.test(w)) && OUTLET_WORDS.test(line) && !/[.,;:!?]$/.test(line);
}

/** A line that is only a date written out ("8 April 2024", "April 8, 2024"), as YYYY-MM-DD. */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  if (text.length > 40 || !/\b(19|20)\d{2}\b/.test(text)) return undefined;
  const result = chrono.parse(text)[0];
  if (!result || result.text.length < text.replace(/^(published|updated|date)\s*:?\s*/i, '').length - 2) return undefined;
  if (!result.start.isCertain('day') || !result.start.isCertain('month')) return undefined;
  return isoDay(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!);
}

function skipBlank(lines: string[], i: number): number {
  while (i < lines.length && lines[i].trim() === '') i++;
  return i;
}

/** A title line: short, no sentence-final period, followed by more text. */
export function isTitleLine(line: string, next: string | undefined): boolean {
  if (!line || line.length > 200 || line.length < 8) return false;
  if (/[.;,]$/.test(line) && !/\.\.\.$/.test(line)) return false;
  if (/^["“']/.test(line) && /["”']$/.test(line) && line.split(/\s+/).length > 12) return false;
  if (/^by\s/i.test(line)) return false;
  if (next === undefined) return false;
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 30;
}

/** A dateline line: one to four capitalised words, optionally "/ Outlet", and nothing else. */
export function isDatelineLine(line: string): boolean {
  if (line.length > 60) return false;
  const m = DATELINE_LINE_RE.exec(line);
  if (!m) return false;
  // "Marlow / VNA" or an all-caps place ("KESSLER FORD") or a single capitalised word: datelines, not titles.
  return Boolean(m[2]) || m[1] === m[1].toUpperCase() || m[1].split(/\s+/).length <= 2;
}

function isoDay(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
