import type { Span, Token } from '../model.js';
import { WordSieve } from '../entities/word-sieve.js';
import { GENDERED_TITLES, ORG_NOUNS, TITLE_WORDS, bare, nameGender } from './speaker-words.js';

/** One occurrence of a proper name in the text, split into the titles before it and the name itself. */
export interface NameOccurrence extends Span {
  /** The name without titles or possessive ("Ansel Dravik"). */
  name: string;
  /** Its last word ("Dravik"). */
  surname: string;
  /** Title words written before it, lower case ("regional", "governor"). */
  titles: string[];
  /** What the words suggest it names: a person, an organisation, or unknown (a place, a work, a person without hints). */
  kind: 'person' | 'org' | 'unknown';
  gender?: 'm' | 'f';
  /** True when a preposition of place stands before it ("in Kessmoor Ford"). */
  placeHint?: boolean;
}

/** Prepositions that put a name in a place ("in Kessmoor Ford", "to Brennick"). */
const PLACE_ADP = new Set(['in', 'at', 'into', 'from', 'near', 'across', 'to', 'on', 'outside', 'inside', 'toward', 'towards', 'through', 'along']);
/** Last words of place and thing names. */
const PLACE_NOUNS = new Set(['street', 'st', 'road', 'rd', 'lane', 'avenue', 'ave', 'river', 'lake', 'dam', 'valley', 'county', 'city', 'state', 'states', 'island', 'mountain', 'bridge', 'square', 'park', 'hall', 'airport', 'station', 'sea', 'ocean', 'bay', 'coast', 'province', 'region', 'district', 'republic', 'kingdom', 'north', 'south', 'east', 'west', 'day', 'week', 'month']);
const MONTHS_DAYS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Proper names of a text, outside the given quote spans, from runs of PROPN tokens. A name counts as a person when a
 * person title stands before it ("Governor", "Ms.", "spokesman"), when its first word is a common given name, or when
 * it has two or more words and no preposition of place before it and no place or organisation word at its end. It is
 * the fallback for speaker resolution when the entity stage has not run.
 */
export function indexNames(tokens: Token[], text: string, quotes: Span[] = []): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && isNameToken(tokens[j + 1]) && tokens[j + 1].start - tokens[j].end <= 1) j++;
    const start = tokens[i].start;
    while (q < quotes.length && quotes[q].end <= start) q++;
    const inQuote = q < quotes.length && quotes[q].start <= start;
    if (!inQuote) out.push(occurrence(tokens, text, i, j));
    i = j;
  }
  // A name written after a preposition of place anywhere in the text is a place everywhere, unless a title or a
  // given name says it is a person.
  const places = new Set<string>();
  for (const n of out) if (n.placeHint) places.add(n.name);
  for (const n of out) if (n.kind === 'person' && places.has(n.name) && n.titles.length === 0 && !n.gender) n.kind = 'unknown';
  learnGender(out, tokens, quotes);
  // A bare surname of someone named in full elsewhere is that person ("Maalouf" after "Idris Maalouf").
  const people = new Map<string, NameOccurrence>();
  for (const n of out) if (n.kind === 'person' && n.name.includes(' ')) people.set(n.surname, n);
  for (const n of out) {
    const full = n.kind === 'unknown' && !n.name.includes(' ') ? people.get(n.name) : undefined;
    if (full) {
      n.kind = 'person';
      n.gender = n.gender ?? full.gender;
    }
  }
  return out;
}

function isNameToken(t: Token): boolean {
  if (t.pos !== 'PROPN') return false;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90 || c >= 192 && /^\p{Lu}/u.test(t.text)) && !(mayBeMonthOrDay(t.text) && MONTHS_DAYS.test(t.text));
}

/**
 * False for a word `MONTHS_DAYS` cannot match: one of other length, or starting with another letter (a letter beyond
 * ASCII never matches an ASCII one without the `u` flag).
 */
function mayBeMonthOrDay(word: string): boolean {
  if (word.length < 3 || word.length > 9) return false;
  const c = word.charCodeAt(0) | 32;
  // a d f j m n o s t w
  return c === 97 || c === 100 || c === 102 || c === 106 || c === 109 || c === 110 || c === 111 || c === 115 || c === 116 || c === 119;
}

/** Split a run of name tokens into titles and name, and guess what it names. */
export function occurrence(tokens: Token[], text: string, i: number, j: number): NameOccurrence {
  // Titles: everything up to the last title word of the run, when a name is left after it.
  let k = i;
  const bares: string[] = [];
  for (let t = i; t < j; t++) {
    bares.push(bare(tokens[t].text));
    if (TITLE_WORDS.has(bares[t - i])) k = t + 1;
  }
  const titles = bares.slice(0, k - i);
  // A lower-case role just before the run ("spokesman Idris Maalouf") is a title too.
  const prev = tokens[i - 1];
  const before = prev ? prev.text.toLowerCase() : '';
  const prevBare = before.endsWith('.') ? before.slice(0, -1) : before;
  if (prev && TITLE_WORDS.has(prevBare)) titles.push(prevBare);
  const words: string[] = [];
  for (let t = k; t <= j; t++) words.push(withoutPossessive(tokens[t].text));
  const joined = words.join(' ');
  const name = joined.includes('.') ? joined.replace(/\s+\./g, '.') : joined;
  const last = bare(words[words.length - 1]);
  let kind: NameOccurrence['kind'] = 'unknown';
  let gender: 'm' | 'f' | undefined = nameGender(words[0]);
  for (const t of titles) gender = gender ?? GENDERED_TITLES[t];
  if (ORG_NOUNS.has(last) && words.length > 0) kind = 'org';
  else if (titles.length > 0 || gender) kind = 'person';
  else if (words.length >= 2 && !PLACE_ADP.has(before) && !PLACE_NOUNS.has(last)) kind = 'person';
  void text;
  return { name, surname: words[words.length - 1], titles, kind, gender, placeHint: PLACE_ADP.has(before) && before !== 'to' && before !== 'on', start: tokens[k].start, end: tokens[j].end };
}

/** A word without a possessive ending (`/['’]s$/`). */
function withoutPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

const PRONOUN_GENDER = new Map<string, 'm' | 'f'>([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
  ['He', 'm'], ['His', 'm'], ['She', 'f'], ['Her', 'f'],
]);

const PRONOUN_SIEVE = new WordSieve(PRONOUN_GENDER.keys());

/**
 * Give a person with no gender hint the gender of the first he/she/his/her after a mention of them, when no other
 * name comes between ("Jonas Pell, 67, said his phone …"), and pass it to every mention with the same name.
 */
function learnGender(names: NameOccurrence[], tokens: Token[], quotes: Span[]): void {
  // Gendered pronouns outside quotes, in text order: [token index, gender].
  const pronouns: Array<[number, 'm' | 'f']> = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].text;
    // Only words starting with h or s can be gendered pronouns: test the first letter before any look-up.
    const c = w.charCodeAt(0) | 32;
    if (w.length > 7 || w.length < 2 || (c !== 104 && c !== 115)) continue;
    const g = PRONOUN_SIEVE.mayHold(w) ? PRONOUN_GENDER.get(w) : undefined;
    if (g && !inside(quotes, tokens[k].start)) pronouns.push([k, g]);
  }
  const learned = new Map<string, 'm' | 'f'>();
  let p = 0;
  let t = 0;
  for (let n = 0; n < names.length && p < pronouns.length; n++) {
    const occ = names[n];
    while (t < tokens.length && tokens[t].start < occ.end) t++;
    while (p < pronouns.length && pronouns[p][0] < t) p++;
    const key = occ.surname;
    if (p >= pronouns.length || occ.gender || occ.kind === 'org' || learned.has(key)) continue;
    const [k, g] = pronouns[p];
    const limit = n + 1 < names.length ? names[n + 1].start : Infinity;
    if (k - t < 60 && tokens[k].start < limit) learned.set(key, g);
  }
  for (const o of names) if (!o.gender) o.gender = learned.get(o.surname);
}

function inside(spans: Span[], offset: number): boolean {
  for (const s of spans) if (s.start <= offset && offset < s.end) return true;
  return false;
}
