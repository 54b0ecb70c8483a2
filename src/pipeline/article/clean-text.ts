import type { ArticleStage, RemovedLine } from '../../model.js';
import { isListHeading, isTitleLike, LINE_RULES } from './boilerplate-rules.js';
import { isCaptionLine, parseByline, parseCreditLine } from './credits.js';
import { isMastheadLine, outletFromLine } from '../../text/news-lines.js';

/** What cleaning a body gives: the article's own words and what was taken out of them. */
export interface CleanedText {
  text: string;
  removed: RemovedLine[];
  captions: string[];
  authors: string[];
  contributors: string[];
  /** Writers named only by a credit line ("(Reporting by A)", "A reported from B"). */
  reporters: string[];
  /** The outlet a repost credits: "Source: Meridian News Agency". */
  credit?: string;
  /** The place of a dateline line ("KESSMOOR FORD" alone on a line). */
  dateline?: string;
  /** An outlet named in the byline or a masthead line at the end. */
  statedOutlet?: string;
}

/** A wire tag alone on a line: "(MNA)". */
const WIRE_TAG_RE = /^\([A-Z][A-Za-z.&]{1,12}\)\s*[-–—:]?$/;
/** A repost's credit to its source: "Source: Meridian News Agency", "Originally published by …". */
const SOURCE_CREDIT_RE = /^(?:source|via|originally published (?:by|in|on)|this (?:article|story) (?:was )?(?:first |originally )?(?:appeared|published) (?:in|on|by)|courtesy(?: of)?)\s*:?\s+([\p{Lu}][^.]{1,60})\.?$/iu;

/** How far from the top a byline may sit, and from the end a contributor line, in paragraphs. */
const BYLINE_WINDOW = 6;
const CREDIT_WINDOW = 6;

/**
 * Clean an article body: drop page furniture line by line, keep captions, bylines and contributor lines as
 * metadata, and keep the article's words intact with paragraph breaks.
 */
export function cleanText(body: string, outlet?: string): CleanedText {
  const masthead = outlet?.trim().toLowerCase();
  const paragraphs = splitParagraphs(body);
  const out: CleanedText = { text: '', removed: [], captions: [], authors: [], contributors: [], reporters: [] };
  const kept: string[] = [];
  let inList = false;
  paragraphs.forEach((para, index) => {
    const line = para.trim();
    const remove = (rule: string) => out.removed.push({ text: line, rule });
    if (isListHeading(line)) {
      inList = true;
      return remove('link-list');
    }
    if (inList) {
      if (isTitleLike(line)) return remove('link-list');
      inList = false;
    }
    // Lower-casing never shortens a line, so a longer line cannot be the masthead: spare lower-casing every line.
    if (masthead && line.length <= masthead.length && line.toLowerCase() === masthead) return remove('masthead');
    if (index < BYLINE_WINDOW && WIRE_TAG_RE.test(line)) return remove('wire-tag');
    if (index < BYLINE_WINDOW && kept.length === 0 && isMastheadLine(line) && line.split(/\s+/).length <= 4 && !out.dateline) {
      out.dateline = line;
      return remove('dateline');
    }
    const credit = SOURCE_CREDIT_RE.exec(line);
    if (credit) {
      out.credit ??= credit[1].trim();
      return remove('source-credit');
    }
    const rule = LINE_RULES.find((r) => r.test(line));
    if (rule) return remove(rule.id);
    if (isCaptionLine(line)) {
      out.captions.push(line);
      return remove('caption');
    }
    if (index < BYLINE_WINDOW || index >= paragraphs.length - CREDIT_WINDOW) {
      const byline = parseByline(line);
      if (byline) {
        out.authors.push(...byline.names);
        out.statedOutlet ??= byline.outlet;
        return remove('byline');
      }
      if (index >= paragraphs.length - CREDIT_WINDOW && isMastheadLine(line) && line.split(/\s+/).length >= 2) {
        out.statedOutlet ??= outletFromLine(line);
        return remove('masthead');
      }
      const credits = parseCreditLine(line);
      if (credits) {
        out.reporters.push(...credits.reporters);
        out.contributors.push(...credits.contributors);
        return remove('contributor-line');
      }
    }
    kept.push(line);
  });
  out.text = kept.join('\n\n');
  // Credit-line reporters are the writers when no byline names any, else they are contributors.
  if (out.authors.length === 0) out.authors = out.reporters;
  else out.contributors.unshift(...out.reporters);
  out.authors = [...new Set(out.authors)];
  out.contributors = [...new Set(out.contributors)].filter((n) => !out.authors.includes(n));
  return out;
}

/**
 * True when a line has spacing that splitParagraphs squeezes to one space: a tab, a no-break space, or two spaces in a
 * row. Three substring searches cost less than one regular expression trying its alternatives at every character.
 */
function hasSpaceRun(line: string): boolean {
  return line.includes('  ') || line.includes('\t') || line.includes('\u00a0');
}

/**
 * Split a body into paragraphs. Blank lines always separate; single line breaks separate too, except inside
 * hard-wrapped prose (a line that does not end a sentence, followed by one that starts in lower case).
 */
export function splitParagraphs(body: string): string[] {
  const out: string[] = [];
  for (const block of (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).split(/\n[ \t]*\n/)) {
    let current = '';
    for (const raw of block.split('\n')) {
      // Most lines have single spaces only: squeezing them would copy the line for nothing.
      const line = (hasSpaceRun(raw) ? raw.replace(/[ \t\u00a0]+/g, ' ') : raw).trim();
      if (!line) continue;
      if (current && /^[\p{Ll}(,;]/u.test(line) && !/[.!?:"”]$/.test(current)) current += ' ' + line;
      else {
        if (current) out.push(current);
        current = line;
      }
    }
    if (current) out.push(current);
  }
  return out;
}

/** The cleaning stage: owns `text`, `removed`, `captions`, `authors`, `contributors`. */
export function cleanTextStage(): ArticleStage {
  return {
    name: 'clean-text',
    run(doc) {
      const body = doc.raw.text;
      if (body === undefined) {
        const link = doc.raw.url ? `; fetch ${doc.raw.url} to read it` : '';
        doc.article.messages.push({ severity: 'fatal', stage: 'clean-text', rule: 'no-body', text: `${doc.raw.source} carries no article text${link}.` });
        return;
      }
      const cleaned = cleanText(body, doc.raw.outlet);
      const a = doc.article;
      a.text = cleaned.text;
      a.removed = cleaned.removed;
      a.captions = [...(doc.raw.captions ?? []), ...cleaned.captions];
      const rawAuthors = (doc.raw.authors ?? []).flatMap((n) => splitAuthorField(n)).filter((n) => !isDeskName(n));
      a.authors = [...new Set([...rawAuthors, ...cleaned.authors])];
      if (cleaned.dateline && !doc.raw.dateline) doc.raw.dateline = cleaned.dateline;
      a.credit = cleaned.credit ?? null;
      a.contributors = cleaned.contributors.filter((n) => !a.authors!.includes(n));
      // The byline's outlet is a fact about the source, read by the metadata stage.
      if (!doc.raw.outlet && cleaned.statedOutlet) doc.raw.outlet = cleaned.statedOutlet;
      // A byline naming another outlet than the page's own is a syndication credit.
      else if (cleaned.statedOutlet && cleaned.statedOutlet.toLowerCase() !== doc.raw.outlet?.toLowerCase()) a.credit ??= cleaned.statedOutlet;
      if (!a.text) {
        a.messages.push({ severity: 'fatal', stage: 'clean-text', rule: 'no-text', text: `${doc.raw.source} has no article text left after cleaning.` });
      }
    },
  };
}

/** "Radio Orvane Newsroom", "Staff": a desk, not a person. */
function isDeskName(name: string): boolean {
  return /\b(newsroom|staff|desk|team|editors|reporters|correspondents|agency|news)\b/i.test(name);
}

/** Metadata author fields often hold "Jana Holm and Piet Aalders" or "By Jana Holm": one name each. */
function splitAuthorField(field: string): string[] {
  const value = field.replace(/^by\s+/i, '').trim();
  if (!value) return [];
  const parts = value.split(/\s*(?:,|;|&|\band\b)\s*/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => p.split(/\s+/).length <= 4) ? parts : [value];
}
