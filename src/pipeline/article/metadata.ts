import { franc } from 'franc';
import type { ArticleStage } from '../../model.js';
import { stripSection } from '../corpus/outlet-names.js';

/** ISO 639-3 codes franc returns, mapped to the two-letter codes pages declare. */
const ISO3_TO_1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', swe: 'sv', dan: 'da', nob: 'no',
  fin: 'fi', pol: 'pl', ces: 'cs', rus: 'ru', ukr: 'uk', tur: 'tr', arb: 'ar', ara: 'ar', heb: 'he', pes: 'fa',
  cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', ind: 'id', vie: 'vi', ron: 'ro', hun: 'hu', ell: 'el', bul: 'bg',
  srp: 'sr', hrv: 'hr', slk: 'sk', slv: 'sl', cat: 'ca', lit: 'lt', lav: 'lv', est: 'et', tha: 'th', swh: 'sw',
};

/** The languages franc chooses among: the ones above. Comparing against all ~400 of franc's costs ten times more. */
const CANDIDATES = Object.keys(ISO3_TO_1);

/** The commonest English function words: in English prose they are a third or more of the words, elsewhere a few %. */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'they', 'at', 'by', 'from', 'had', 'have', 'has', 'were', 'be', 'been', 'are', 'said', 'but', 'not', 'an', 'this', 'his', 'her', 'their', 'which', 'who', 'would', 'will']);

const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Sixty characters other than white space: less is too short to tell a language. */
const AT_LEAST_60_VISIBLE_RE = /^(?:\s*\S){60}/;

/**
 * Detect the language of a text; null when the text is too short or too mixed to tell. Clear English (function words
 * ≥ 30% of the first 300 words) is decided without franc, which costs milliseconds per article; anything else goes to
 * franc over 1,500 characters, which decide a news article's language as well as 4,000 do.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 1500);
  if (!AT_LEAST_60_VISIBLE_RE.test(sample)) return null;
  // Words are the runs of a–z in the lower-cased sample, read in place: only one short enough to be a function word
  // becomes a string.
  const lower = sample.toLowerCase();
  let words = 0;
  let hits = 0;
  for (let i = 0; i < lower.length; ) {
    if (!isAsciiLower(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (++i < lower.length && isAsciiLower(lower.charCodeAt(i)));
    words++;
    if (words <= 300 && i - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(lower.slice(start, i))) hits++;
  }
  if (words >= 40 && hits / Math.min(words, 300) >= 0.3) return 'en';
  const code = franc(sample, { minLength: 60, only: CANDIDATES });
  if (code === 'und') return null;
  return ISO3_TO_1[code] ?? code;
}

/** The opening dateline of a first paragraph: "MARLOW, April 3 (VNA) —", "GENEVA (Reuters) -". */
const OPENING_DATELINE_RE = /^([\p{Lu}][\p{Lu}\p{L}.' -]{1,40}?)(?:,\s*[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\(([^)]{2,40})\))?\s*[-–—]\s+/u;

/** Find the dateline that opens an article's text, and a wire tag inside it. */
export function findOpeningDateline(text: string): { place: string; tag?: string } | undefined {
  const m = OPENING_DATELINE_RE.exec(text.slice(0, 200));
  if (!m) return undefined;
  const place = m[1].trim();
  // Datelines are written in capitals or name a tag; a capitalised sentence opening is not one.
  if (place !== place.toUpperCase() && !m[2]) return undefined;
  return { place, tag: m[2]?.trim() };
}

/** Normalise a URL: no fragment, no tracking parameters. */
export function normaliseUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    if (url.includes('#')) u.hash = '';
    // Reading searchParams builds them: only a URL with a query can carry tracking parameters.
    if (u.search) {
      for (const key of [...u.searchParams.keys()]) {
        if (/^(utm_|fbclid|gclid|mc_|ref$|cmpid|ocid)/i.test(key)) u.searchParams.delete(key);
      }
    }
    return u.toString();
  } catch {
    return null;
  }
}

/** The host of a URL without `www.`, the outlet's identity when no name is stated. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The metadata stage: owns `url`, `title`, `outlet`, `dateline`, `language`, `nonEnglish`. */
export function metadataStage(): ArticleStage {
  return {
    name: 'metadata',
    run(doc) {
      const { raw, article: a } = doc;
      if (a.text === undefined) throw new Error('metadata needs `text` from clean-text');
      a.url = normaliseUrl(raw.url);
      a.title = raw.title?.replace(/\s+/g, ' ').trim() || null;
      const opening = findOpeningDateline(a.text);
      a.dateline = raw.dateline ?? opening?.place ?? null;
      a.outlet = (raw.outlet && stripSection(raw.outlet)) || opening?.tag || hostOf(a.url) || null;
      const detected = detectLanguage(a.text);
      const declared = raw.language ? raw.language.toLowerCase().split(/[-_]/)[0] : null;
      a.language = detected ?? declared;
      a.nonEnglish = a.language !== null && a.language !== 'en';
      if (a.nonEnglish) {
        a.messages.push({
          severity: 'info', stage: 'metadata', rule: 'non-english',
          text: `${raw.source} is in '${a.language}'; it is stored, and the English-only stages skip it.`,
        });
      }
      if (!a.title) {
        a.messages.push({ severity: 'info', stage: 'metadata', rule: 'no-title', text: `${raw.source} has no title.` });
      }
    },
  };
}
