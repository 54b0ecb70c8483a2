/** Honorifics and courtesy titles that are not part of a person's name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'sr', 'jr']);

/** Small words inside organisation names that acronyms skip. */
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/** Lower case, no diacritics, straight apostrophes, single spaces. */
export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A person's name split into its parts, honorifics and initials' dots removed ("Dr. Ana R. Delgado" → ana, r, delgado). */
export interface PersonName {
  tokens: string[];
  first: string | null;
  last: string;
  /** Middle names and initials. */
  middle: string[];
}

export function parsePersonName(name: string): PersonName | null {
  const tokens = fold(name)
    .replace(/\./g, ' ')
    .split(/[\s,]+/)
    .filter((t) => t && !HONORIFICS.has(t));
  if (!tokens.length) return null;
  if (tokens.length === 1) return { tokens, first: null, last: tokens[0], middle: [] };
  return { tokens, first: tokens[0], last: tokens[tokens.length - 1], middle: tokens.slice(1, -1) };
}

/** How many name words a form has, honorifics aside: the canonical name is one of the fullest forms. */
export function nameLength(name: string): number {
  return parsePersonName(name)?.tokens.length ?? 0;
}

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * True when two spellings of one name part may be the same word garbled by a rewrite ("Teodora"/"Teodor",
 * "Marsh"/"Marsch"): one or two edits on words of five letters or more, one edit on shorter ones, same first letter.
 */
export function closeSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const allowed = Math.min(a.length, b.length) >= 5 ? 2 : 1;
  return editDistance(a, b, allowed) <= allowed;
}

/** Two first names that can be the same person's: equal, an initial of the other, or a close spelling. */
export function compatibleFirst(a: string | null, b: string | null): 'same' | 'close' | 'no' | 'unknown' {
  if (!a || !b) return 'unknown';
  if (a === b) return 'same';
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 'same';
  return closeSpelling(a, b) ? 'close' : 'no';
}

/** The acronym of an organisation name ("Inter-Agency Humanitarian Office" → "iaho"), or null for one word. */
export function acronymOf(name: string): string | null {
  const words = fold(name).split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(w));
  if (words.length < 2) return null;
  return words.map((w) => w[0]).join('');
}

/** An organisation or place name for matching: folded, without a leading "the" or trailing punctuation. */
export function nameKey(name: string): string {
  return fold(name).replace(/^the /, '').replace(/[^\p{L}\p{N}' -]+/gu, '').trim();
}

/**
 * The keys a place name is known by beyond its own: a river is named with or without the word ("the Orvane",
 * "Orvane River", "River Orvane"), and a river's valley is also its basin ("Orvane valley", "Orvane basin").
 */
export function placeKeys(name: string): string[] {
  const key = nameKey(name);
  const river = /^(?:river )?(.+?)(?: river)?$/.exec(key);
  const keys = [key];
  if (river && river[1] !== key) keys.push(river[1]);
  const region = /^(.+) (?:valley|basin|catchment)$/.exec(key);
  if (region) keys.push(`${region[1]} valley`);
  return keys;
}

/** Words of roles that identify a position ("interior minister" → interior, minister), generic words dropped. */
export function roleWords(roles: string[]): Set<string> {
  const out = new Set<string>();
  for (const role of roles) {
    for (const w of fold(role).split(/[^a-z]+/)) {
      if (w.length > 2 && !ROLE_STOP.has(w)) out.add(w);
    }
  }
  return out;
}

const ROLE_STOP = new Set(['the', 'and', 'for', 'former', 'deputy', 'acting', 'senior', 'chief', 'head', 'national', 'regional', 'local', 'said']);
