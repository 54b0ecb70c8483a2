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

/** Detect the language of a text; null when the text is too short or too mixed to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if (sample.replace(/\s+/g, '').length < 60) return null;
  const code = franc(sample, { minLength: 60 });
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
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid|gclid|mc_|ref$|cmpid|ocid)/i.test(key)) u.searchParams.delete(key);
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
