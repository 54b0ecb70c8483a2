/** The article fields Storyline reads from JSON-LD, as the page states them. */
export interface JsonLdArticle {
  type?: string;
  headline?: string;
  datePublished?: string;
  dateCreated?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  url?: string;
  language?: string;
  description?: string;
}

/** Schema.org types that describe the article itself, best first. */
const ARTICLE_TYPES = [
  'NewsArticle', 'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle',
  'Article', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'Report', 'TechArticle', 'ScholarlyArticle', 'Posting',
];
/** Types that carry page dates when no article object is present. */
const PAGE_TYPES = ['WebPage', 'ItemPage', 'CollectionPage', 'VideoObject', 'Event'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Parse one JSON-LD block, tolerating the usual slips: HTML comments, CDATA wrappers, trailing commas, raw newlines. */
export function parseJsonLd(text: string): Json | undefined {
  const cleaned = text
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (!cleaned) return undefined;
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    try {
      return JSON.parse(cleaned.replace(/,\s*([}\]])/g, '$1').replace(/[\r\n\t]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Every object in a JSON-LD value that has a `@type`, looking through arrays, `@graph` and nested values. */
export function typedObjects(value: Json | undefined): Array<{ [key: string]: Json }> {
  const out: Array<{ [key: string]: Json }> = [];
  const stack: Json[] = value === undefined ? [] : [value];
  let guard = 0;
  while (stack.length > 0 && guard++ < 10000) {
    const v = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v && typeof v === 'object') {
      if (v['@type'] !== undefined) out.push(v);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
        const inner = v[key];
        if (inner && typeof inner === 'object') stack.push(inner);
      }
    }
  }
  return out;
}

function typesOf(obj: { [key: string]: Json }): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** A string from a JSON-LD value that may be a string, a number, an object with `name`/`@id`/`url`, or an array. */
export function jsonString(value: Json | undefined, keys: string[] = ['name']): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length > 0 ? jsonString(value[0], keys) : undefined;
  if (value && typeof value === 'object') {
    for (const k of keys) {
      const s = jsonString(value[k], keys);
      if (s) return s;
    }
  }
  return undefined;
}

/** Author names from `author`/`creator`: strings, Person objects, or arrays of either. */
function authorNames(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item.trim() : jsonString(item as Json, ['name']);
    if (name && !/^https?:/.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * The article described by a page's JSON-LD blocks: the first object of a news or article type (or, failing that,
 * of a page type), with its dates, authors, publisher, URL and language.
 */
export function readJsonLd(blocks: string[]): JsonLdArticle | undefined {
  const objects = blocks.flatMap((b) => typedObjects(parseJsonLd(b)));
  const rank = (o: { [key: string]: Json }): number => {
    const types = typesOf(o);
    const a = Math.min(...types.map((t) => ARTICLE_TYPES.indexOf(t)).filter((i) => i >= 0));
    if (Number.isFinite(a)) return a;
    const p = Math.min(...types.map((t) => PAGE_TYPES.indexOf(t)).filter((i) => i >= 0));
    return Number.isFinite(p) ? 100 + p : -1;
  };
  const ranked = objects.filter((o) => rank(o) >= 0).sort((x, y) => rank(x) - rank(y));
  const obj = ranked.find((o) => o.datePublished !== undefined) ?? ranked[0];
  if (!obj) return undefined;
  const publisher = objects.find((o) => typesOf(o).includes('Organization') || typesOf(o).includes('NewsMediaOrganization'));
  return {
    type: typesOf(obj)[0],
    headline: jsonString(obj.headline) ?? jsonString(obj.name),
    datePublished: jsonString(obj.datePublished),
    dateCreated: jsonString(obj.dateCreated),
    dateModified: jsonString(obj.dateModified),
    authors: authorNames(obj.author ?? obj.creator),
    publisher: jsonString(obj.publisher) ?? (publisher ? jsonString(publisher.name) : undefined),
    url: jsonString(obj.url, ['@id', 'url']) ?? jsonString(obj.mainEntityOfPage, ['@id', 'url']),
    language: jsonString(obj.inLanguage, ['name', 'alternateName']),
    description: jsonString(obj.description),
  };
}
