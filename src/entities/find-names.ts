import type { Token } from '../model.js';
import { findLines, lowerWords, startsUpper } from './find-lines.js';
import {
  HONORIFICS, LOWER_PLACE_HEADS, NAME_PARTICLES, NATIONALITY_ADJECTIVES, NEVER_NAMES, ORG_HEADS, ORG_PREFIXES, PLACE_PREFIXES, ROLE_HEADS, TITLE_MODIFIERS,
} from './lexicons.js';
import { WordSieve } from './word-sieve.js';

/**
 * Candidate proper names in tagged text: runs of capitalised words (PROPN tags help, capitalisation decides),
 * with honorifics kept, pre-nominal titles split off, datelines and acronyms marked. One linear pass over the tokens.
 */

/** A proper-name candidate. Token indices point into the token array the finder was given. */
export interface NameSpan {
  /** Offsets and words of the mention as it should be stored: the name with its honorific ("Dr. Amara Selvik"). */
  start: number;
  end: number;
  text: string;
  /** Token index of the first and last word of the name itself (after honorific and title). */
  first: number;
  last: number;
  /** The honorific before the name, lower case without the dot ("dr", "ms"), if any. */
  honorific: string | null;
  /** A capitalised title written before the name ("Interior Minister", "Mayor"), with its offsets. */
  title: { start: number; end: number; text: string } | null;
  /** An all-capitals place name opening a paragraph ("KESSMOOR FORD —"). */
  dateline: boolean;
  /** A run of capitals such as "IAHO". */
  acronym: boolean;
  /** For an acronym in brackets right after a name, the index in the result of the name it abbreviates. */
  abbreviates: number | null;
}

const ALL_CAPS = /^[\p{Lu}][\p{Lu}.&'’-]*$/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
const DASHES = new Set(['—', '–', ':']);
/** Marks after which a capital opens a sentence; each is one character. */
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', ':', '-']);
/** Words after which "of" continues a name ("University of Oxford", "Gulf of Mexico"). */
const OF_HEADS = new Set([...ORG_HEADS, ...ORG_PREFIXES, 'republic', 'kingdom', 'gulf', 'bay', 'isle', 'sea', 'duke', 'city', 'state', 'states', 'cape', 'sea']);

/** Line numbers of the last text's tokens, reused from one text to the next (findNames runs on one text at a time). */
let lineBuffer = new Int32Array(0);
/** The lower-case forms of sentence-initial words, per text: a sieve before looking each token up. */
const wantedSieve = new WordSieve();
const NEVER_SIEVE = new WordSieve(NEVER_NAMES);
const NATIONALITY_SIEVE = new WordSieve(NATIONALITY_ADJECTIVES);
const PARTICLE_SIEVE = new WordSieve(NAME_PARTICLES);

function isNeverName(w: string): boolean {
  return NEVER_SIEVE.mayHold(w) && NEVER_NAMES.has(w);
}

function isParticle(w: string): boolean {
  return PARTICLE_SIEVE.mayHold(w) && NAME_PARTICLES.has(w);
}

/** True when a token is a word starting with a capital letter. */
function isCapWord(t: Token): boolean {
  return t.type === 'word' && startsUpper(t.text);
}

/** A hyphen token (`/^[-‐‑]$/`). */
function isHyphen(s: string): boolean {
  return s.length === 1 && (s === '-' || s === '‐' || s === '‑');
}

/** `ACRONYM.test`, after a test of the second character that rules out most words. */
function isAcronym(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false;
  const c = s.charCodeAt(1);
  if (c < 128 && !(c >= 65 && c <= 90) && c !== 46) return false;
  return ACRONYM.test(s);
}

/** `ALL_CAPS.test` of a word of two characters or more, after a test of the second character that rules out most words. */
function isAllCaps(s: string): boolean {
  const c = s.charCodeAt(1);
  // A capital, . & ' or -.
  if (c < 128 && !(c >= 65 && c <= 90) && c !== 46 && c !== 38 && c !== 39 && c !== 45) return false;
  return ALL_CAPS.test(s);
}

/** True when the word has a digit (`/\d/`): a model or a code ("Q10", "4G"), not a person or a place. */
function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** True when the token opens its sentence, or follows an opening quote, bracket or dash there. */
function opensSentence(tokens: Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  let j = i - 1;
  while (j >= 0 && tokens[j].sentence === sentence && tokens[j].text.length === 1 && OPENERS.has(tokens[j].text)) {
    // After a dash or colon ("BRENNICK, April 3 (MNA) — Governments …") a capital says nothing either.
    if (DASHES.has(tokens[j].text)) return true;
    j--;
  }
  return j < 0 || tokens[j].sentence !== sentence;
}

/** True when two tokens touch (no space between them). */
function touching(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/**
 * Find proper-name candidates in tokens of `text`. Sentence-initial capitals count only when the word is capitalised
 * somewhere it need not be, or other capitalised words follow it; words the text also writes in lower case ("Residents
 * of …", "Rescue divers …") are common words capitalised by position. `lower` is `lowerWords(tokens)`, when the caller
 * has it.
 */
export function findNames(tokens: Token[], text: string, lower: string[] = lowerWords(tokens)): NameSpan[] {
  if (lineBuffer.length < tokens.length) lineBuffer = new Int32Array(Math.max(tokens.length, 2 * lineBuffer.length));
  const { lineOf, heading } = findLines(tokens, text, lineBuffer);
  /** The token's text in lower case (`lower` holds it already unless the text starts in lower case). */
  const fullLower = (k: number): string => {
    const w = lower[k];
    return w === tokens[k].text ? w.toLowerCase() : w;
  };
  type Run = { from: number; to: number; initial: boolean; dateline: boolean; heading: boolean };
  const runs: Run[] = [];
  const capitalisedMidSentence = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapWord(t)) continue;
    const low = lower[i];
    const initial = opensSentence(tokens, i) || i === 0 || lineOf[i] !== lineOf[i - 1];
    // A dateline: capitals opening a paragraph, then a comma or a dash.
    if (initial && t.text.length > 1 && isAllCaps(t.text) && paragraphStart(tokens, i, text)) {
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1].type === 'word' && ALL_CAPS.test(tokens[j + 1].text)) j++;
      const next = tokens[j + 1];
      if (next && /^[,—–-]$/.test(next.text)) {
        runs.push({ from: i, to: j, initial: false, dateline: true, heading: false });
        i = j;
        continue;
      }
    }
    if (isNeverName(low.endsWith('.') ? low.slice(0, -1) : low) && !HONORIFICS.has(low)) continue;
    // "Jan 5": a month, not a name (month names are never names; "Jan" is one only without a number after it).
    if (low === 'jan' && tokens[i + 1]?.pos === 'NUM') continue;
    // A lone nationality adjective before a noun ("Israeli forces") describes; it names nobody.
    if (NATIONALITY_SIEVE.mayHold(low) && NATIONALITY_ADJECTIVES.has(low) && !isCapWord(tokens[i + 1] ?? t) ) continue;
    // Extend over capitalised words, touching hyphens, particles and "of" after an organisation or place head.
    let j = i;
    for (;;) {
      const n = tokens[j + 1];
      if (!n || n.sentence !== t.sentence) break;
      if (isCapWord(n) && !isNeverName(lower[j + 1])) { j++; continue; }
      const n2 = tokens[j + 2];
      if (isHyphen(n.text) && n2 && isCapWord(n2) && touching(tokens[j], n) && touching(n, n2)) { j += 2; continue; }
      if (isParticle(n.text) || (n.text === 'of' && OF_HEADS.has(lower[j])) || n.text === '&') {
        let k = j + 1;
        while (k < tokens.length && (isParticle(tokens[k].text) || tokens[k].text === 'of' || tokens[k].text === '&')) k++;
        if (k > j + 3 || !tokens[k] || !isCapWord(tokens[k]) || tokens[k].sentence !== t.sentence) break;
        j = k;
        continue;
      }
      break;
    }
    // A lower-case place word after a short name belongs to it: "the Orvane valley", "the Danube basin".
    const after = tokens[j + 1];
    if (after && j - i < 2 && after.sentence === t.sentence && LOWER_PLACE_HEADS.has(after.text)) j++;
    const inHeading = heading[lineOf[i]];
    runs.push({ from: i, to: j, initial, dateline: false, heading: inHeading });
    if (inHeading) { i = j; continue; }
    if (!initial) for (let k = i; k <= j; k++) capitalisedMidSentence.add(tokens[k].text);
    else if (j > i) for (let k = i + 1; k <= j; k++) capitalisedMidSentence.add(tokens[k].text);
    i = j;
  }

  // Which sentence-initial words does the text also write in lower case? One pass, looking up only those words.
  const wanted = new Set<string>();
  for (const run of runs) if (run.initial && !capitalisedMidSentence.has(tokens[run.from].text)) wanted.add(fullLower(run.from));
  const lowerSeen = new Set<string>();
  if (wanted.size) {
    wantedSieve.clear();
    for (const w of wanted) wantedSieve.add(w);
    for (const t of tokens) if (wantedSieve.mayHold(t.text) && wanted.has(t.text)) lowerSeen.add(t.text);
  }

  const out: NameSpan[] = [];
  for (const run of runs) {
    let { from, to } = run;
    // In a heading only words the prose also capitalises count: "Warren Jeffs Found Guilty" gives "Warren Jeffs".
    if (run.heading) {
      const known = (k: number): boolean => capitalisedMidSentence.has(tokens[k].text) || ACRONYM.test(tokens[k].text);
      while (from <= to && !known(from)) from++;
      while (to >= from && !known(to)) to--;
      if (from > to) continue;
    }
    if (run.dateline) {
      out.push(span(tokens, text, from, to, null, null, true, false));
      continue;
    }
    // A sentence-initial word the text also writes in lower case is a common word, not part of the name.
    if (run.initial && !run.heading && !capitalisedMidSentence.has(tokens[from].text) && !isAcronym(tokens[from].text)) {
      const low = fullLower(from);
      const titleWord = ROLE_HEADS.has(low) || TITLE_MODIFIERS.has(low) || HONORIFICS.has(low) || PLACE_PREFIXES.has(low) || ORG_PREFIXES.has(low);
      if (from === to || (lowerSeen.has(low) && !titleWord)) {
        if (from === to) continue;
        from++;
      }
    }
    // A title with no name after it ("the Interior Minister went on") is a description, not a name.
    if (ROLE_HEADS.has(lower[to]) && allTitleWords(lower, from, to)) continue;
    const h = fullLower(from);
    if (from === to && HONORIFICS.has(h)) continue;
    // Honorific.
    let honorific: string | null = null;
    if (HONORIFICS.has(h) && from < to) {
      honorific = h.replace(/\.$/, '');
    }
    // A pre-nominal title: title words up to a role head, with a name left after them.
    let nameFrom = honorific ? from + 1 : from;
    let title: NameSpan['title'] = null;
    if (!honorific && !ORG_HEADS.has(fullLower(to))) {
      let k = from;
      let lastHead = -1;
      while (k < to) {
        const w = fullLower(k);
        if (ROLE_HEADS.has(w)) lastHead = k;
        else if (!TITLE_MODIFIERS.has(w)) break;
        k++;
      }
      if (lastHead >= from) {
        title = { start: tokens[from].start, end: tokens[lastHead].end, text: text.slice(tokens[from].start, tokens[lastHead].end) };
        nameFrom = lastHead + 1;
        const after = fullLower(nameFrom);
        if (HONORIFICS.has(after) && nameFrom < to) { honorific = after.replace(/\.$/, ''); nameFrom++; }
      }
    }
    // Words with digits ("Q10", "4G LTE") are products and codes, not subjects.
    let product = false;
    for (let k = nameFrom; k <= to && !product; k++) product = hasDigit(tokens[k].text);
    if (product) continue;
    const acronym = nameFrom === to && isAcronym(tokens[to].text);
    const startTok = honorific ? nameFrom - 1 : nameFrom;
    const s = span(tokens, text, startTok, to, honorific, title, false, acronym);
    s.first = nameFrom;
    // An acronym in brackets right after a name abbreviates it: "Inter-Agency Humanitarian Office (IAHO)".
    const prev = out[out.length - 1];
    if (acronym && prev && tokens[startTok - 1]?.text === '(' && tokens[to + 1]?.text === ')' && prev.last === startTok - 2) {
      s.abbreviates = out.length - 1;
    } else if (acronym && tokens[startTok - 1]?.text === '(' && tokens[to + 1]?.text === ')') {
      continue; // A bracketed tag on its own is a wire or outlet tag ("(MNA)"), not a subject.
    }
    out.push(s);
  }
  return out;
}

function span(tokens: Token[], text: string, from: number, to: number, honorific: string | null, title: NameSpan['title'], dateline: boolean, acronym: boolean): NameSpan {
  const start = tokens[from].start;
  const end = tokens[to].end;
  return { start, end, text: text.slice(start, end), first: from, last: to, honorific, title, dateline, acronym, abbreviates: null };
}

/** True when the token is the first of its paragraph: a blank line (`/\n\s*\n/`) in the gap before it. */
function paragraphStart(tokens: Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  const gap = text.slice(tokens[i - 1].end, tokens[i].start);
  return /\n\s*\n/.test(gap);
}

/** True when every word from `from` to `to` is a title word ("Interior Minister"). */
function allTitleWords(lower: string[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = lower[k];
    if (!ROLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w)) return false;
  }
  return true;
}
