/**
 * Normalised words, content-word keys and word shingles of a text, hashed to 32-bit integers. Everything the copy
 * signatures and the sentence alignment compare goes through here, so both see the same words.
 */

/** Function words dropped from content-word keys: they say nothing about which article a sentence came from. */
const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for from with as into onto over under about after before than then ' +
    'that this these those there here it its is are was were be been being has have had do does did not no nor so ' +
    'he she they we you i his her their our your my me him them us who whom whose which what when where why how ' +
    'will would can could should may might must shall also just only very more most some any all each both such ' +
    'said says say told according up down out off again still while')
    .split(' '),
);

/** Length a content word is cut to: "Teodora" and a garbled "Teodor" share "teodo"; "floods" and "flooded" share "flood". */
export const KEY_LENGTH = 5;

/** Lower-case words of a text: letters and digits only, apostrophes inside words dropped ("wasn't" → "wasnt"). */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // The apostrophe rewrite is a slow Unicode regex; most sentences have no apostrophe at all.
  const joined = lower.includes("'") || lower.includes('’') ? lower.replace(/(\p{L})['’](\p{L})/gu, '$1$2') : lower;
  return joined.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Content-word keys of a text: words that are not function words, cut to `KEY_LENGTH`, numbers kept whole. */
export function contentKeys(text: string): string[] {
  return contentKeysOfWords(words(text));
}

/** Content-word keys of words already split by {@link words}. */
export function contentKeysOfWords(list: string[]): string[] {
  const out: string[] = [];
  for (const w of list) {
    if (STOPWORDS.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
    out.push(/\d/.test(w) ? w : w.slice(0, KEY_LENGTH));
  }
  return out;
}

/** FNV-1a over a string's UTF-16 units, finished with a murmur mix so nearby strings spread over all 32 bits. */
export function hash32(value: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** Murmur3's 32-bit finaliser: a cheap bijection that spreads every input bit over the output. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * Hashes of the overlapping k-word shingles of a word list (all of them, repeats included: MinHash ignores repeats).
 * A text shorter than k words gives one shingle of all its words.
 */
export function shingleHashes(list: string[], k: number): Uint32Array {
  const hashes = list.map((w) => hash32(w));
  const n = Math.max(1, list.length - k + 1);
  const out = new Uint32Array(list.length === 0 ? 0 : n);
  for (let i = 0; i < out.length; i++) {
    let h = 0x9e3779b9;
    for (let j = i; j < Math.min(i + k, hashes.length); j++) h = mix32(Math.imul(h, 31) ^ hashes[j]);
    out[i] = h;
  }
  return out;
}

/** Distinct 32-bit hashes of a list of keys. */
export function keyHashes(keys: string[]): Uint32Array {
  return Uint32Array.from(new Set(keys.map((k) => hash32(k))));
}
