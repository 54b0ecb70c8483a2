import { collapseSpace } from './parse-dom.js';

/** A page's `<meta>` values, keyed by lower-cased `property`, `name`, `itemprop` or `http-equiv`; all values kept in order. */
export type MetaTags = Map<string, string[]>;

/** Read every `<meta>` of a page (head or body) into a map; empty contents are skipped. */
export function readMetaTags(document: Document): MetaTags {
  const map: MetaTags = new Map();
  for (const el of Array.from(document.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content');
    if (!content) continue;
    const value = collapseSpace(content);
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr);
      if (!key) continue;
      // A few pages list several names in one attribute ("og:title twitter:title").
      for (const k of key.toLowerCase().split(/\s+/)) {
        if (!k) continue;
        const list = map.get(k) ?? [];
        list.push(value);
        map.set(k, list);
      }
    }
  }
  return map;
}

/** The first value among the given keys, in the order of the keys. */
export function firstMeta(meta: MetaTags, keys: string[]): { key: string; value: string } | undefined {
  for (const key of keys) {
    const v = meta.get(key);
    if (v && v.length > 0) return { key, value: v[0] };
  }
  return undefined;
}

/** All values among the given keys, deduplicated. */
export function allMeta(meta: MetaTags, keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) for (const v of meta.get(key) ?? []) if (!out.includes(v)) out.push(v);
  return out;
}
