/**
 * Words an article is compared on: distinctive content words, proper-name words and quote shingles. Plain rules, no
 * model: the events stage must run over a large store cheaply and on articles whose entity stage found nothing.
 */
import { fold } from '../resolution/names.js';

/** Function words and reporting words that say nothing about which happening an article reports. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own ' +
    'same she should so some such than that the their theirs them then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your yours said says say told according ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week weeks day days year years month ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr one two three four five six seven eight nine ten first last new news people since still many much well may ' +
    'http https www com html htm org net index php article story stories'
  ).split(' '),
);

/** Capitalised words that open sentences or name days and months, not names. */
const NOT_NAMES = new Set(
  ('the a an in on at to for of and but or as by with from after before this that these those it its he she they we i his her their ' +
    'there here when where while if once then however meanwhile yet so some many most one two three some all no not').split(' '),
);

/** Days and months: capitalised, but not names. */
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/i;

/** A crude stem: enough to meet "evacuate"/"evacuated"/"evacuation", "pledge"/"pledges" on the same key. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('es') && !w.endsWith('ses')) w = w.slice(0, -1);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 8 && w.endsWith('ation')) return w.slice(0, -3);
  for (const suffix of ['ing', 'ed', 'ion', 'e']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** The distinctive content words of a text, stemmed, in order (repeats kept: they count as term frequency). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const word = fold(m[0]).replace(/'s$/, '').replace(/['-]+$/, '');
    if (/^\d/.test(word)) {
      // Numbers of two digits or more are distinctive ("42 million", "3,400", a year); small counts are not.
      if (/^\d{2,}/.test(word)) out.push(word);
      continue;
    }
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/**
 * Proper names found by a simple rule, the fallback when an article has no entities: runs of capitalised words
 * ("Interior Minister Teodora Brask", "Kessmoor Ford"), joined by "of"/"de" inside a run; a lone capitalised word
 * opening a sentence is passed over, since it is usually just the sentence's first word.
 */
export function properNames(text: string): string[] {
  const names: string[] = [];
  const word = "[\\p{Lu}](?:\\.|[\\p{L}'’-]*)";
  const re = new RegExp(`${word}(?:[ \\t]+(?:(?:of|de|del|van|von|al|bin|the)[ \\t]+)?${word})*`, 'gu');
  for (const m of text.matchAll(re)) {
    let words = m[0].split(/\s+/);
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const opensSentence = m.index === 0 || /(^|[.!?:"“”—\n]\s*|\n)$/.test(before);
    words = words.map((w) => w.replace(/['’]s$/, ''));
    while (words.length && NOT_NAMES.has(words[0].toLowerCase())) words = words.slice(1);
    words = words.filter((w) => !CALENDAR.test(w));
    while (words.length && /^(of|de|del|van|von|al|bin|the)$/i.test(words[words.length - 1])) words = words.slice(0, -1);
    if (!words.length) continue;
    if (words.length === 1 && (opensSentence || words[0].length < 3)) continue;
    // An all-capital shout ("SHOCKING") is emphasis, not a name; short acronyms ("IAHO", "UN") are names.
    if (words.length === 1 && /^[\p{Lu}]{6,}$/u.test(words[0])) continue;
    const name = words.join(' ').replace(/[’']+$/, '');
    // A dateline in capitals ("KESSMOOR FORD —") is the same name as "Kessmoor Ford".
    names.push(/^[\p{Lu}\s.'’-]{6,}$/u.test(name) ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : name);
  }
  return names;
}

/** Five-word shingles of a quote, so two outlets quoting the same words meet even when one trims the quote. */
export function quoteShingles(quote: string): string[] {
  const words = (fold(quote).match(/[\p{L}\p{N}]+/gu) ?? []);
  const out: string[] = [];
  for (let i = 0; i + 5 <= words.length; i++) out.push(words.slice(i, i + 5).join(' '));
  return out;
}

/** Direct quotes found by their marks, the fallback when an article has no quotes from the quotes stage. */
export function quotedSpans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[“"]([^“”"\n]{20,400})[”"]/g)) out.push(m[1]);
  return out;
}
