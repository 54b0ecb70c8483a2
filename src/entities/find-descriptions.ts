import type { Token } from '../model.js';
import { lowerWords, startsUpper } from './find-lines.js';
import { WordSieve } from './word-sieve.js';
import { GROUP_NOUNS, PERSON_PRONOUNS, TITLE_MODIFIERS } from './lexicons.js';

/**
 * Mentions without a proper name: a lower-case name of a body ("the regional health ministry", "the river authority"),
 * a body by its head alone ("the ministry"), a person by title alone ("the minister", "the governor"), a group of
 * people ("residents", "farmers") and a person by pronoun (he, she, his, her). The linker decides whom they mean; here
 * they are only found, in one pass over the tokens.
 */

/** What a description may refer to. */
export type DescriptionKind = 'org-name' | 'org-title' | 'person-title' | 'group' | 'pronoun';

/** A description found in the text. */
export interface Description {
  start: number;
  end: number;
  text: string;
  kind: DescriptionKind;
  /** The head word, lower case ("ministry", "minister"); for a pronoun its gender, `f` or `m`. */
  head: string;
  /** Modifier words before the head, lower case ("regional", "health"). */
  modifiers: string[];
  /** Index of the head token. */
  token: number;
}

/** Heads of public bodies that news text often names in lower case ("the regional health ministry"). */
export const LOWER_ORG_HEADS: ReadonlySet<string> = new Set(['ministry', 'authority', 'directorate', 'agency', 'department', 'commission', 'inspectorate']);

/** Titles that, after "the", stand for a person named earlier ("the minister said"). */
export const PERSON_TITLE_HEADS: ReadonlySet<string> = new Set([
  'minister', 'governor', 'mayor', 'president', 'premier', 'chancellor', 'senator', 'engineer', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'director', 'coordinator', 'judge', 'commissioner',
  'ambassador', 'secretary', 'prosecutor', 'adviser', 'advisor', 'chief', 'general', 'commander', 'farmer', 'baker',
  'teacher', 'shopkeeper',
]);

const MODIFIER_POS = new Set(['ADJ', 'NOUN']);

/** What a lower-case word can head, as bits: one look-up per word rather than one per lexicon (this runs per word). */
const ORG_HEAD = 1;
const TITLE_HEAD = 2;
const GROUP_HEAD = 4;
const HEADS = new Map<string, number>();
for (const [words, bit] of [[LOWER_ORG_HEADS, ORG_HEAD], [PERSON_TITLE_HEADS, TITLE_HEAD], [GROUP_NOUNS, GROUP_HEAD]] as const) {
  for (const w of words) HEADS.set(w, (HEADS.get(w) ?? 0) | bit);
}
/** Rules out most words before the look-up in HEADS. */
const HEADS_SIEVE = new WordSieve(HEADS.keys());
const PRONOUN_SIEVE = new WordSieve(PERSON_PRONOUNS.keys());

/** True for a word that may be a person pronoun: they all start with h or s, a test to make before any look-up. */
function mayBePronoun(word: string): boolean {
  const c = word.charCodeAt(0) | 32;
  return c === 104 || c === 115;
}

/** Find descriptions in tokens of `text`. `lower` is `lowerWords(tokens)`, when the caller has it. */
export function findDescriptions(tokens: Token[], text: string, lower: string[] = lowerWords(tokens)): Description[] {
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const length = t.text.length;
    if (length < 4) {
      // Person pronouns of up to three letters (he, she, his, her, him; the longer ones are looked up below). They all
      // start with h or s: test that before any lookup, since this runs for most tokens.
      const gender = length > 1 && mayBePronoun(t.text) && PRONOUN_SIEVE.mayHold(lower[i]) ? PERSON_PRONOUNS.get(lower[i]) : undefined;
      if (gender) out.push({ start: t.start, end: t.end, text: t.text, kind: 'pronoun', head: gender, modifiers: [], token: i });
      continue;
    }
    if (t.type !== 'word') continue;
    const upper = startsUpper(t.text);
    const low = lower[i];
    const heads = HEADS_SIEVE.mayHold(low) ? HEADS.get(low) ?? 0 : 0;
    const isOrg = !upper && (heads & ORG_HEAD) !== 0;
    const isTitle = (heads & TITLE_HEAD) !== 0;
    const isGroup = (heads & GROUP_HEAD) !== 0;
    if (!isOrg && !isTitle && !isGroup) {
      const gender = length <= 7 && mayBePronoun(low) && PRONOUN_SIEVE.mayHold(low) ? PERSON_PRONOUNS.get(low) : undefined; // hers, himself, herself
      if (gender) out.push({ start: t.start, end: t.end, text: t.text, kind: 'pronoun', head: gender, modifiers: [], token: i });
      continue;
    }
    const next = tokens[i + 1];
    // A compound's first half ("the ministry spokesman") is not the head; a possessive is ("the authority's engineer").
    if (next && next.sentence === t.sentence && next.type === 'word' && MODIFIER_POS.has(next.pos) && !startsUpper(next.text) && !/^[’']s$/.test(next.text)) continue;
    if (isGroup) {
      out.push({ start: t.start, end: t.end, text: t.text, kind: 'group', head: low, modifiers: [], token: i });
      continue;
    }
    let k = i;
    while (k - 1 >= 0 && i - k < 3 && tokens[k - 1].sentence === t.sentence && isModifier(tokens[k - 1], lower[k - 1], isOrg)) k--;
    const det = tokens[k - 1];
    if (!det || lower[k - 1] !== 'the' || det.sentence !== t.sentence) continue;
    const modifiers = tokens.slice(k, i).map((m) => m.text.toLowerCase());
    if (isTitle) {
      // "the mayor of Kessmoor Ford, Ruth Halloran," and "the minister, Teodora Brask," introduce a name: a role, not a mention.
      if (next?.text === ',' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')) continue;
      if (next?.text === 'of' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')) continue;
      out.push({ start: det.start, end: t.end, text: text.slice(det.start, t.end), kind: 'person-title', head: low, modifiers, token: i });
    } else if (modifiers.length) {
      out.push({ start: tokens[k].start, end: t.end, text: text.slice(tokens[k].start, t.end), kind: 'org-name', head: low, modifiers, token: i });
    } else {
      out.push({ start: det.start, end: t.end, text: text.slice(det.start, t.end), kind: 'org-title', head: low, modifiers, token: i });
    }
  }
  return out;
}

/** `lower` is the token's text by `lowerWord`. */
function isModifier(t: Token, lower: string, org: boolean): boolean {
  if (t.type !== 'word' || lower === 'the') return false;
  if (org) return MODIFIER_POS.has(t.pos) && !startsUpper(t.text);
  // Person titles may carry capitalised portfolio words: "the Interior Minister".
  return TITLE_MODIFIERS.has(lower);
}
