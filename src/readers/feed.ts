/**
 * The feed reader: RSS 2.0 (and 0.9x), RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.0/1.1, one RawDocument per item.
 *
 * Safety: the document type declaration is removed before parsing and entities are never expanded by the parser,
 * so neither "billion laughs" nor external entities can do anything; this reader decodes only the predefined XML
 * entities, numeric character references and a few common HTML names itself.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Message, RawDocument, ReadResult } from '../model.js';
import { charsetFromContentType } from './content-type.js';
import { decodeBytes, looksBinary } from './decode.js';
import type { InputSource } from './input.js';
import { normaliseDate } from './record-dates.js';

const STAGE = 'reader:feed';

type Node = Record<string, unknown>;

/** Read a feed: one result per item; a document that is not a feed, or is broken, is one failure naming the input. */
export async function* readFeed(input: InputSource): AsyncIterable<ReadResult> {
  const src = input.source;
  let results: ReadResult[];
  try {
    const bytes = await input.readAll();
    results = parseFeed(input, bytes);
  } catch (err) {
    results = [fail(src, `${src}: could not read the feed (${errorText(err)})`)];
  }
  yield* results;
}

/** Parse feed bytes into results; never throws for bad content. */
export function parseFeed(input: InputSource, bytes: Buffer): ReadResult[] {
  const src = input.source;
  try {
    if (bytes.length === 0 || /^\s*$/.test(bytes.subarray(0, 4096).toString('latin1')) && bytes.length <= 4096) {
      return [fail(src, `${src}: expected an RSS, Atom or JSON feed, found an empty file`)];
    }
    if (looksBinary(bytes.subarray(0, 8192))) {
      return [fail(src, `${src}: expected an RSS, Atom or JSON feed, found binary data`)];
    }
    const declared = charsetFromContentType(input.contentType);
    const text = decodeBytes(bytes, declared).text.replace(/^\uFEFF/, '');
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJsonFeed(input, trimmed);
    if (trimmed.startsWith('<')) return readXmlFeed(input, trimmed);
    const start = JSON.stringify(trimmed.slice(0, 40));
    return [fail(src, `${src}: expected an RSS, Atom or JSON feed, found text that is neither XML nor JSON (starting ${start})`)];
  } catch (err) {
    return [fail(src, `${src}: could not read the feed (${errorText(err)})`)];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// XML feeds

function readXmlFeed(input: InputSource, raw: string): ReadResult[] {
  const src = input.source;
  const messages: Message[] = [];
  const { xml, hadDoctype, declaredEntities } = stripDoctype(raw);
  if (hadDoctype && declaredEntities) {
    messages.push({
      severity: 'warning',
      stage: STAGE,
      rule: 'feed-entities-not-expanded',
      text: `${src} declares its own XML entities; they were not expanded (a defence against entity-expansion attacks)`,
    });
  }
  const root = rootName(xml);
  if (!root) return [fail(src, `${src}: expected an RSS, Atom or JSON feed, found markup with no root element`)];
  const local = root.replace(/^.*:/, '').toLowerCase();
  if (local === 'html' || local === 'xhtml') {
    return [fail(src, `${src}: expected an RSS, Atom or JSON feed, found an HTML page; ingest it as a page instead`)];
  }
  if (local !== 'rss' && local !== 'rdf' && local !== 'feed') {
    return [
      fail(src, `${src}: expected an RSS, Atom or JSON feed, found an XML document with root <${root}>; ingest it as a page instead`),
    ];
  }
  const kind = local === 'feed' ? 'Atom feed' : local === 'rdf' ? 'RSS 1.0 feed' : 'RSS feed';
  if (!new RegExp(`</${escapeRe(root)}\\s*>\\s*(<!--[\\s\\S]*?-->\\s*)*$`).test(xml) && !/^<[^>]*\/>\s*$/.test(xml)) {
    return [fail(src, `${src}: the ${kind} is truncated: it ends before its root element <${root}> is closed`)];
  }
  let body = xml;
  let valid = XMLValidator.validate(body, { allowBooleanAttributes: true });
  if (valid !== true && valid.err.code === 'InvalidChar' && /'&'/.test(valid.err.msg)) {
    // Bare ampersands ("AT&T") are the most common fault of hand-made feeds: escape them and try again.
    body = body.replace(/&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z][\w.-]*;)/g, '&amp;');
    valid = XMLValidator.validate(body, { allowBooleanAttributes: true });
  }
  if (valid !== true) {
    messages.push({
      severity: 'warning',
      stage: STAGE,
      rule: 'feed-not-well-formed',
      text: `${src} is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}); its items were read leniently`,
    });
  }
  const parser = new XMLParser({
    processEntities: false,
    htmlEntities: false,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    cdataPropName: '__cdata',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    stopNodes: ['feed.entry.content', 'feed.entry.summary'],
    isArray: (name) => ARRAY_TAGS.has(name),
  });
  let doc: Node;
  try {
    doc = parser.parse(body) as Node;
  } catch (err) {
    return [fail(src, `${src}: the ${kind} is not well-formed XML (${errorText(err)})`)];
  }
  const rootNode = asNode(doc[root]);
  if (!rootNode) return [fail(src, `${src}: the ${kind} is empty`)];
  const out = local === 'feed' ? readAtom(input, rootNode, messages) : readRss(input, rootNode, messages, local === 'rdf');
  if (out.length === 0) return [fail(src, `${src}: the ${kind} has no items`)];
  return out;
}

const ARRAY_TAGS = new Set(['item', 'entry', 'link', 'author', 'dc:creator', 'contributor', 'category', 'atom:link']);

function readRss(input: InputSource, root: Node, feedMessages: Message[], rdf: boolean): ReadResult[] {
  const channel = asNode(first(root.channel)) ?? {};
  const items = [...asArray(channel.item), ...asArray(root.item)];
  const outlet = plain(textOf(channel.title));
  const language = textOf(channel.language) ?? textOf(channel['dc:language']);
  const base = urlBase(input, textOf(first(channel.link)));
  return items.map((it, i) => {
    const item = asNode(it) ?? {};
    const guid = first(item.guid);
    const guidText = textOf(guid);
    const guidIsLink =
      guidText !== undefined &&
      /^https?:\/\//i.test(guidText) &&
      String(asNode(guid)?.['@_isPermaLink'] ?? 'true').toLowerCase() !== 'false';
    const link =
      textOf(first(item.link)) ??
      atomLink(item.link) ??
      atomLink(item['atom:link']) ??
      (typeof item['@_rdf:about'] === 'string' ? item['@_rdf:about'] : undefined) ??
      (guidIsLink ? guidText : undefined);
    const dateFields: [string, string][] = rdf
      ? [['dc:date', 'feed dc:date'], ['pubDate', 'feed pubDate']]
      : [['pubDate', 'feed pubDate'], ['dc:date', 'feed dc:date'], ['a10:updated', 'feed a10:updated'], ['atom:updated', 'feed atom:updated']];
    let dateRaw: string | undefined;
    let evidence: string | undefined;
    for (const [key, ev] of dateFields) {
      const v = textOf(item[key]);
      if (v) {
        dateRaw = v;
        evidence = ev;
        break;
      }
    }
    const authors = [
      ...asArray(item.author).map((a) => rssAuthor(textOf(a))),
      ...asArray(item['dc:creator']).map((a) => plain(textOf(a))),
    ].filter((a): a is string => !!a);
    return buildItem(input, i + 1, feedMessages, {
      url: resolve(link, base),
      title: plain(textOf(item.title)),
      dateRaw,
      evidence,
      authors,
      outlet,
      language: textOf(item['dc:language']) ?? language,
      contentHtml: textOf(item['content:encoded']),
      summary: textOf(item.description) ?? textOf(item['dc:description']),
    });
  });
}

function readAtom(input: InputSource, feed: Node, feedMessages: Message[]): ReadResult[] {
  const outlet = plain(atomText(feed.title)?.text);
  const feedLang = attr(feed, 'xml:lang');
  const base = urlBase(input, atomLink(feed.link));
  const feedAuthors = atomAuthors(feed.author);
  return asArray(feed.entry).map((e, i) => {
    const entry = asNode(e) ?? {};
    const published = textOf(entry.published) ?? textOf(entry.issued);
    const updated = textOf(entry.updated) ?? textOf(entry.modified);
    const content = atomText(entry.content);
    const summary = atomText(entry.summary);
    const authors = atomAuthors(entry.author);
    return buildItem(input, i + 1, feedMessages, {
      url: resolve(atomLink(entry.link), attr(entry, 'xml:base') ?? base),
      title: plain(atomText(entry.title)?.text),
      dateRaw: published ?? updated,
      evidence: published ? 'atom published' : updated ? 'atom updated (the entry has no published date)' : undefined,
      modifiedRaw: updated,
      authors: authors.length ? authors : feedAuthors,
      outlet,
      language: attr(entry, 'xml:lang') ?? feedLang,
      contentHtml: content && content.type !== 'text' ? content.text : undefined,
      contentText: content && content.type === 'text' ? content.text : undefined,
      summary: summary?.text,
    });
  });
}

/** The text of an Atom text construct (`type` text, html or xhtml), which was kept raw by the parser. */
function atomText(v: unknown): { type: string; text: string } | undefined {
  const node = first(v);
  if (node === undefined || node === null) return undefined;
  const n = asNode(node);
  const type = (n ? String(n['@_type'] ?? 'text') : 'text').toLowerCase();
  if (n && n['@_src'] !== undefined && n['#text'] === undefined) return undefined;
  let raw: string | undefined;
  if (typeof node === 'string') raw = node;
  else if (n && typeof n['#text'] === 'string') raw = n['#text'];
  else raw = textOf(node);
  if (raw === undefined) return undefined;
  let text: string;
  if (type === 'xhtml') text = raw.replace(/^\s*<(?:[\w-]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?div>\s*$/, '$1').trim();
  else text = rawToText(raw).trim();
  if (!text) return undefined;
  const kind = type === 'xhtml' || type === 'html' || type.includes('html') ? 'html' : 'text';
  return { type: kind, text };
}

function atomAuthors(v: unknown): string[] {
  return asArray(v)
    .map((a) => {
      const n = asNode(a);
      return plain(n ? textOf(n.name) ?? textOf(n.email) : textOf(a));
    })
    .filter((a): a is string => !!a);
}

/** The `href` of the alternate link (or a link with no rel) among Atom `<link>` elements. */
function atomLink(v: unknown): string | undefined {
  const links = asArray(v).map((l) => asNode(l)).filter((l): l is Node => !!l && typeof l['@_href'] === 'string');
  const alt =
    links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate' && /html/i.test(String(l['@_type'] ?? 'text/html'))) ??
    links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
  return alt ? decodeEntities(String(alt['@_href'])).trim() : undefined;
}

/** RSS `<author>` is an e-mail address, often with the name in parentheses: "jo@example.com (Jo Smith)". */
function rssAuthor(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const paren = /^\s*\S+@\S+\s*\(([^)]+)\)\s*$/.exec(v);
  if (paren) return paren[1].trim();
  return plain(v);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON Feed

function readJsonFeed(input: InputSource, text: string): ReadResult[] {
  const src = input.source;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const truncated = /end of (JSON )?input|Unterminated/i.test(errorText(err));
    return [
      fail(
        src,
        truncated
          ? `${src}: the JSON feed is truncated (${errorText(err)})`
          : `${src}: expected a JSON Feed, found invalid JSON (${errorText(err)})`,
      ),
    ];
  }
  const feed = asNode(data);
  if (!feed || Array.isArray(data)) {
    return [fail(src, `${src}: expected a JSON Feed object, found a JSON ${Array.isArray(data) ? 'array' : typeof data}; JSON lines go to the JSON-lines reader`)];
  }
  const version = typeof feed.version === 'string' ? feed.version : '';
  if (!Array.isArray(feed.items)) {
    return [fail(src, `${src}: expected a JSON Feed with an "items" array, found a JSON object without one${version ? ` (version ${version})` : ''}`)];
  }
  const outlet = str(feed.title);
  const language = str(feed.language);
  const base = urlBase(input, str(feed.home_page_url));
  const feedAuthors = jsonAuthors(feed.authors ?? feed.author);
  const results = feed.items.map((it, i) => {
    const item = asNode(it);
    if (!item) {
      return fail(`${src}#${i + 1}`, `${src} item ${i + 1}: expected a JSON Feed item object, found ${JSON.stringify(it)?.slice(0, 40)}`);
    }
    const pub = str(item.date_published);
    const mod = str(item.date_modified);
    const authors = jsonAuthors(item.authors ?? item.author);
    return buildItem(input, i + 1, [], {
      url: resolve(str(item.url) ?? str(item.external_url), base),
      title: plain(str(item.title)),
      dateRaw: pub ?? mod,
      evidence: pub ? 'json feed date_published' : mod ? 'json feed date_modified (the item has no date_published)' : undefined,
      modifiedRaw: mod,
      authors: authors.length ? authors : feedAuthors,
      outlet,
      language: str(item.language) ?? language,
      contentHtml: str(item.content_html),
      contentText: str(item.content_text),
      summary: str(item.summary),
    });
  });
  if (results.length === 0) return [fail(src, `${src}: the JSON feed has no items`)];
  return results;
}

function jsonAuthors(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list
    .map((a) => (typeof a === 'string' ? a : str(asNode(a)?.name)))
    .map((a) => (a ? a.trim() : undefined))
    .filter((a): a is string => !!a);
}

// ---------------------------------------------------------------------------------------------------------------
// Building documents

interface ItemFields {
  url?: string;
  title?: string;
  dateRaw?: string;
  evidence?: string;
  modifiedRaw?: string;
  authors: string[];
  outlet?: string;
  language?: string;
  contentHtml?: string;
  contentText?: string;
  summary?: string;
}

function buildItem(input: InputSource, index: number, feedMessages: Message[], f: ItemFields): ReadResult {
  const source = `${input.source}#${index}`;
  const messages: Message[] = [...feedMessages];
  const doc: RawDocument = { source, format: 'feed' };
  if (f.url) doc.url = f.url;
  if (f.title) doc.title = f.title;
  if (f.outlet) doc.outlet = f.outlet;
  if (f.language) doc.language = f.language.trim();
  if (f.authors.length) doc.authors = [...new Set(f.authors)];
  if (f.dateRaw) {
    const iso = normaliseDate(f.dateRaw);
    if (iso) {
      doc.published = iso;
      doc.publishedEvidence = f.evidence;
    } else {
      messages.push({
        severity: 'warning',
        stage: STAGE,
        rule: 'feed-date-unreadable',
        text: `${source}: the item's date ${JSON.stringify(f.dateRaw.slice(0, 60))} is not a date this reader understands; it was not used`,
      });
    }
  }
  if (f.modifiedRaw && f.modifiedRaw !== f.dateRaw) {
    const iso = normaliseDate(f.modifiedRaw);
    if (iso) doc.modified = iso;
  }
  const contentHtml = nonEmpty(f.contentHtml);
  const contentText = nonEmpty(f.contentText);
  const summary = nonEmpty(f.summary);
  if (contentHtml) {
    doc.html = contentHtml;
    if (summary) doc.description = plain(summary);
  } else if (contentText) {
    doc.text = contentText;
    if (summary) doc.description = plain(summary);
  } else if (summary) {
    if (hasMarkup(summary)) doc.html = summary;
    else doc.text = summary;
    doc.description = plain(summary);
    messages.push({
      severity: 'info',
      stage: STAGE,
      rule: 'feed-summary-only',
      text: doc.url
        ? `${source}: the feed carries only a summary of this item; the full article is at ${doc.url}`
        : `${source}: the feed carries only a summary of this item, and no link to the full article`,
    });
  } else if (doc.url) {
    messages.push({
      severity: 'info',
      stage: STAGE,
      rule: 'feed-link-only',
      text: `${source}: the feed carries no text for this item; the article is at ${doc.url}`,
    });
  } else {
    return fail(source, `${input.source} item ${index}: expected the item's text or a link to it, found neither`);
  }
  if (messages.length) doc.messages = messages;
  return { ok: true, doc };
}

// ---------------------------------------------------------------------------------------------------------------
// XML helpers

/** Remove the document type declaration (and its internal subset) so no entity is declared or fetched. */
export function stripDoctype(xml: string): { xml: string; hadDoctype: boolean; declaredEntities: boolean } {
  const m = /<!DOCTYPE/i.exec(xml.slice(0, 65536));
  if (!m) return { xml, hadDoctype: false, declaredEntities: false };
  let i = m.index + 9;
  let quote = '';
  let depth = 0;
  for (; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) break;
  }
  const decl = xml.slice(m.index, i + 1);
  return {
    xml: xml.slice(0, m.index) + xml.slice(i + 1),
    hadDoctype: true,
    declaredEntities: /<!ENTITY/i.test(decl),
  };
}

/** The name of the root element, after the XML declaration, comments and processing instructions. */
function rootName(xml: string): string | undefined {
  let i = 0;
  for (let guard = 0; guard < 1000; guard++) {
    while (i < xml.length && /\s/.test(xml[i])) i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      const end = xml.indexOf('>', i);
      if (end < 0) return undefined;
      i = end + 1;
    } else break;
  }
  const m = /^<([A-Za-z_][\w:.-]*)/.exec(xml.slice(i, i + 200));
  return m ? m[1] : undefined;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '\u2014', ndash: '\u2013',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', copy: '\u00a9',
  reg: '\u00ae', trade: '\u2122', eacute: '\u00e9', egrave: '\u00e8', agrave: '\u00e0', aacute: '\u00e1',
  ouml: '\u00f6', uuml: '\u00fc', auml: '\u00e4', szlig: '\u00df', ccedil: '\u00e7', euro: '\u20ac',
  pound: '\u00a3', middot: '\u00b7', laquo: '\u00ab', raquo: '\u00bb', bull: '\u2022', deg: '\u00b0',
};

/** Decode the predefined XML entities, numeric references and a few HTML names; other references stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!cp || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return whole;
      return String.fromCodePoint(cp);
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Raw element content as kept by a stop node: CDATA sections as written, entities decoded elsewhere. */
function rawToText(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('<![CDATA[', i);
    if (start < 0) {
      out += decodeEntities(raw.slice(i));
      break;
    }
    out += decodeEntities(raw.slice(i, start));
    const end = raw.indexOf(']]>', start + 9);
    if (end < 0) {
      out += raw.slice(start + 9);
      break;
    }
    out += raw.slice(start + 9, end);
    i = end + 3;
  }
  return out;
}

/** The text of a parsed element: its text (entities decoded) and its CDATA sections (as written). */
function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string') return nonEmpty(decodeEntities(v));
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const n = v as Node;
  let out = '';
  if (typeof n['#text'] === 'string' || typeof n['#text'] === 'number') out += decodeEntities(String(n['#text']));
  const cdata = n.__cdata;
  if (cdata !== undefined) out += (Array.isArray(cdata) ? cdata : [cdata]).map((c) => String(c)).join('');
  return nonEmpty(out);
}

function attr(n: Node, name: string): string | undefined {
  const v = n[`@_${name}`];
  return typeof v === 'string' && v.trim() ? decodeEntities(v.trim()) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function fail(source: string, reason: string): ReadResult {
  return { ok: false, failure: { source, reason } };
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
}

function asNode(v: unknown): Node | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined;
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function nonEmpty(s: string | undefined): string | undefined {
  return s !== undefined && s.trim() ? s.trim() : undefined;
}

function hasMarkup(s: string): boolean {
  return /<\/?[a-zA-Z][\w:-]*(\s[^>]*)?\/?>/.test(s) || /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(s);
}

/** Plain text from a string that may hold markup: tags dropped, entities decoded, spaces collapsed. */
function plain(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = /[<&]/.test(s) ? decodeEntities(s.replace(/<[^>]*>/g, ' ')) : s;
  return nonEmpty(t.replace(/\s+/g, ' '));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function urlBase(input: InputSource, declared: string | undefined): string | undefined {
  for (const c of [declared, input.finalUrl, input.source]) {
    if (c && /^https?:\/\//i.test(c)) return c;
  }
  return undefined;
}

function resolve(link: string | undefined, base: string | undefined): string | undefined {
  const l = link?.trim();
  if (!l) return undefined;
  try {
    return new URL(l, base).href;
  } catch {
    return l;
  }
}
