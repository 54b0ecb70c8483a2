import { OUTLET_WORDS } from '../../text/news-lines.js';

/**
 * Bylines, contributor lines and photo captions: lines that name who wrote, reported or photographed, kept as
 * metadata and taken out of the body. Pure find/parse functions; the cleaning stage applies them.
 */

const NAME_WORD = "[\\p{Lu}][\\p{L}'’.-]*";
/** A person's name: two to four capitalised words, allowing particles ("de", "van der") and initials. */
const NAME = `${NAME_WORD}(?:\\s+(?:(?:de|da|van|von|der|den|del|la|le|al|bin|ibn|el|di)\\s+)*${NAME_WORD}){1,3}`;
const NAME_RE = new RegExp(`^${NAME}$`, 'u');
const NAME_GLOBAL_RE = new RegExp(NAME, 'gu');

/** "By Jana Holm", "By Jana Holm and Piet Aalders, Valley News Agency", "Written by …", "Story: …". */
const BYLINE_RE = /^(?:by|written by|story by|words by|text by|author|by:|par|por|von|door|di|av)\s*:?\s+(.{3,160})$/i;

/** "Nadia Frisk, Meridian News Agency": a name and an outlet, no "By". */
const NAME_OUTLET_RE = new RegExp(`^(${NAME})\\s*[,|–—-]\\s*((?:The\\s+)?[\\p{Lu}][\\p{L}\\d&'’. ]{2,50})$`, 'u');

/** Words that end a name list in a byline: the outlet or the role after the comma. */
const ROLE_WORDS = /\b(correspondent|reporter|editor|writer|staff|bureau|desk|news|agency|times|post|herald|courier|gazette|tribune|journal|press|wire|online|daily|chief|senior|special|contributor|columnist|in|for|at)\b/i;

/** Parse names out of a list: "Jana Holm, Piet Aalders and Ines Duarte". Non-name parts are dropped. */
export function parseNameList(list: string): string[] {
  const names: string[] = [];
  for (const part of list.split(/\s*(?:,|;|&|\band\b|\bwith\b|\|)\s*/)) {
    const clean = part.replace(/^(?:and|by|with)\s+/i, '').replace(/[.\s]+$/, '').trim();
    if (clean && NAME_RE.test(clean) && !ROLE_WORDS.test(clean)) names.push(clean);
  }
  return names;
}

/** What a byline gives: the writers, and the outlet when the byline names one ("By X, Radio Orvane"). */
export interface Byline {
  names: string[];
  outlet?: string;
}

const ROLE_ONLY = /\b(correspondent|reporter|editor|writer|staff|bureau|desk|chief|senior|special|contributor|columnist|analyst|producer)\b/i;

/** A byline: the names it gives, or undefined when the line is not one. */
export function parseByline(line: string): Byline | undefined {
  const m = BYLINE_RE.exec(line.trim());
  if (!m) {
    const pair = NAME_OUTLET_RE.exec(line.trim());
    if (pair && OUTLET_WORDS.test(pair[2]) && !OUTLET_WORDS.test(pair[1])) return { names: [pair[1]], outlet: pair[2].trim() };
    return undefined;
  }
  // "By A and B, Political Correspondent, Outlet": names before the first comma, role or outlet after it.
  const [first, ...rest] = m[1].split(/\s*[,|]\s*/);
  const names = parseNameList(first);
  if (!names.length) return undefined;
  const outlet = rest.map((p) => p.replace(/[.\s]+$/, '')).find((p) => p && !ROLE_ONLY.test(p) && /^[\p{Lu}\d]/u.test(p) && p.split(/\s+/).length <= 6);
  return outlet ? { names, outlet } : { names };
}

/** What a contributor line gives: who reported (the writers' co-reporters) and who contributed. */
export interface Credits {
  reporters: string[];
  contributors: string[];
}

const CREDIT_WORD_RE = /report|contribut|edit|compil|writing/i;
const REPORTING_BY_RE = /^\(?\s*reporting by ([^.;()]+)/i;
const CONTRIBUTED_RE = /(?:additional |with )reporting by ([^.;()]+)|reporting (?:was |also )?(?:contributed |also contributed )by ([^.;()]+)|(?<![\w ])reporting by ([^.;()]+)|contributing(?: reporting)?(?: by)?\s*:\s*([^.;()]+)|(?:edited|editing|compiled|writing) by ([^.;()]+)|([^.;()]+?) contributed (?:reporting|to this report)/gi;
const REPORTED_FROM_RE = /(?:^|[;.]\s*|\band\s+)([\p{Lu}][^;.()]*?)\s+(?:reported|reporting) from\s+[^;.()]+/gu;
/** Words every match of REPORTED_FROM_RE holds, and every match of CONTRIBUTED_RE (in any case). */
const REPORTED_FROM_HINT_RE = /report(?:ed|ing)\s+from/;
const CONTRIBUTED_HINT_RE = /reporting by|contribut|(?:edited|editing|compiled|writing) by/i;
const AND_FROM_RE = /(?:;|,)\s*and\s+([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3})\s+from\s+[\p{Lu}][^;.()]*/gu;

/**
 * A contributor line ("X reported from Y; and Z from W. Reporting was contributed by A and B.",
 * "(Reporting by A; Editing by B)", "Additional reporting by C"): the names, or undefined when it is not one.
 */
export function parseCreditLine(line: string): Credits | undefined {
  // Every credit form holds one of these words; most lines hold none, and the patterns below are costly. Trimming the
  // line and its brackets cannot add a word nor take one's word boundary, so the whole line is tested first.
  if (!CREDIT_WORD_RE.test(line) && !(/\bfrom\b/i.test(line) && /\band\b/i.test(line))) return undefined;
  const text = line.trim().replace(/^\(|\)$/g, '');
  if (text.length > 400) return undefined;
  const credits: Credits = { reporters: [], contributors: [] };
  let matched = false;
  // The patterns below are costly on a long line (their lazy name groups try every start): run each only on a line
  // that holds the words it cannot match without.
  if (REPORTED_FROM_HINT_RE.test(text)) for (const m of text.matchAll(REPORTED_FROM_RE)) {
    matched = true;
    credits.reporters.push(...parseNameList(m[1]));
  }
  for (const m of text.matchAll(AND_FROM_RE)) {
    matched = true;
    credits.reporters.push(...parseNameList(m[1]));
  }
  const lead = REPORTING_BY_RE.exec(text);
  if (lead) {
    // "(Reporting by A; Editing by B)": the wire's own reporters, the writers when there is no byline.
    matched = true;
    credits.reporters.push(...parseNameList(lead[1]));
  }
  if (CONTRIBUTED_HINT_RE.test(text)) for (const m of text.matchAll(CONTRIBUTED_RE)) {
    if (lead && m.index === lead.index) continue;
    matched = true;
    credits.contributors.push(...parseNameList(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? ''));
  }
  if (!matched || credits.reporters.length + credits.contributors.length === 0) return undefined;
  // The whole line must be credits: little left once names and credit words are taken out.
  const rest = text
    .replace(NAME_GLOBAL_RE, '')
    .replace(/\b(additional|reporting|reported|editor|editors|was|were|also|contributed|contributing|by|from|and|with|edited|editing|compiled|writing|to|this|report)\b/gi, '')
    .replace(/[\s,;.:()]+/g, ' ')
    .trim();
  if (rest.split(/\s+/).filter(Boolean).length > 6) return undefined;
  credits.reporters = unique(credits.reporters);
  credits.contributors = unique(credits.contributors.filter((n) => !credits.reporters.includes(n)));
  return credits;
}

/** Photo captions and credits: "(Photo: Jana Holm/VNA)", "Photo: …", "Residents wade … Photo: X / Agency". */
const CAPTION_RE = /(^(photo|photograph|image|picture|pictured|credit|file photo|caption|video|illustration)s?\s*(by)?\s*[:|]|\((photo|photograph|image|picture|credit|file photo)s?\s*(by)?\s*:?[^)]*\)\s*$|\b(photo|image|credit)s?\s*:\s*[^.]{2,60}$|\/\s*(getty images|afp|reuters|ap|epa|shutterstock)\s*\)?\s*$)/i;

/** What every match of CAPTION_RE holds (in any case): one of its words, or the slash before an agency. */
const CAPTION_HINT_RE = /photo|image|picture|credit|caption|video|illustration|\//i;

/** True for a line that is a photo caption or credit. */
export function isCaptionLine(line: string): boolean {
  return line.length < 400 && CAPTION_HINT_RE.test(line) && CAPTION_RE.test(line.trim());
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
