import type { Token } from '../model.js';
import { firstTokenOf } from './classify.js';
import { lowerWords, startsUpper } from './find-lines.js';
import type { NameSpan } from './find-names.js';
import { ROLE_HEADS, TITLE_MODIFIERS } from './lexicons.js';

/**
 * Roles and titles written beside a name: before it ("Interior Minister Teodora Brask", "chief engineer Declan
 * Halloran"), in apposition after it ("Declan Halloran, the river authority's chief engineer,") or before it ("The river
 * authority's chief engineer, Declan Halloran,"), and "Mayor Ruth Halloran of Kessmoor Ford". Roles come back lower
 * case except for proper names inside them.
 */

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'where', 'said', 'says', 'told', 'and']);
const PRE_NOMINAL_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Punctuation that ends a role phrase (`/^[,.;:!?()“”"‘’—–]$/`). */
const STOP_PUNCT = new Set([',', '.', ';', ':', '!', '?', '(', ')', '“', '”', '"', '‘', '’', '—', '–']);

function isStopPunct(s: string): boolean {
  return s.length === 1 && STOP_PUNCT.has(s);
}

/** Every role written beside this mention of a name. `lower` is `lowerWords(tokens)`, when the caller has it. */
export function findRoles(name: NameSpan, tokens: Token[], text: string, lower: string[] = lowerWords(tokens)): string[] {
  const roles: string[] = [];
  const a = firstTokenOf(name, tokens);
  const ofPlace = ofProperName(tokens, name.last + 1, text);
  if (name.title) roles.push(name.title.text.toLowerCase() + (ofPlace ? ` of ${ofPlace}` : ''));
  // Lower-case words right before the name ending in a role: "directorate spokesman Idris Maalouf".
  if (!name.title && ROLE_HEADS.has(tokens[a - 1]?.text ?? '')) {
    let k = a - 1;
    while (k - 1 >= 0 && k > a - 5 && tokens[k - 1].sentence === tokens[a].sentence && isPreNominal(tokens[k - 1], lower[k - 1])) k--;
    roles.push(roleText(tokens, lower, k, a - 1, text) + (ofPlace ? ` of ${ofPlace}` : ''));
  }
  const after = appositiveAfter(tokens, lower, name.last, text);
  if (after) roles.push(after);
  const before = appositiveBefore(tokens, lower, a, name.last, text);
  if (before) roles.push(before);
  return roles;
}

/** The head word of a role ("mayor" of "mayor of Kessmoor Ford", "engineer" of "chief engineer"), for title mentions. */
export function roleHead(role: string): string | null {
  const words = role.toLowerCase().split(/\s+/);
  let head: string | null = null;
  for (const w of words) {
    if (w === 'of' || w === 'for' || w === 'on' || w === 'in' || w === 'at') break;
    // A possessive ("the mayor's") is no head.
    if (!w.endsWith('’s') && !w.endsWith("'s") && ROLE_HEADS.has(w)) head = w;
  }
  return head;
}

/** `lower` is the token's text by `lowerWord`. */
function isPreNominal(t: Token, lower: string): boolean {
  if (DETERMINERS.has(lower)) return false;
  return PRE_NOMINAL_POS.has(t.pos) || (t.pos === 'VERB' && t.text.endsWith('ed'));
}

/** "of Kessmoor Ford" after a name: the capitalised words after "of", as written. */
function ofProperName(tokens: Token[], i: number, text: string): string | null {
  if (tokens[i]?.text !== 'of' || !startsUpper(tokens[i + 1]?.text ?? '')) return null;
  let j = i + 1;
  while (tokens[j + 1] && startsUpper(tokens[j + 1].text) && tokens[j + 1].sentence === tokens[i].sentence) j++;
  return text.slice(tokens[i + 1].start, tokens[j].end);
}

/** ", the river authority's chief engineer," after a name (an age in commas is skipped: "Jonas Pell, 67, a retired teacher,"). */
function appositiveAfter(tokens: Token[], lower: string[], last: number, text: string): string | null {
  let i = last + 1;
  if (tokens[i]?.text !== ',') return null;
  if (tokens[i + 1]?.pos === 'NUM' && tokens[i + 2]?.text === ',') i += 2;
  const from = i + 1;
  if (!tokens[from] || tokens[from].sentence !== tokens[last].sentence) return null;
  if (startsUpper(tokens[from].text) && !DETERMINERS.has(lower[from])) return null;
  let to = from;
  while (to + 1 < tokens.length && to - from < 12 && tokens[to + 1].sentence === tokens[last].sentence && !isStopPunct(tokens[to + 1].text) && !CLAUSE_WORDS.has(tokens[to + 1].text)) to++;
  if (CLAUSE_WORDS.has(tokens[from].text)) return null;
  // An appositive is a noun phrase: no finite verb, and no name after its role word ("In Saltrey, farmer Bram Kettering was …").
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.text.endsWith('ed') && !t.text.endsWith('ing'))) return null;
    if (ROLE_HEADS.has(t.text) && startsUpper(tokens[k + 1]?.text ?? '')) return null;
  }
  return hasRoleHead(tokens, lower, from, to) ? roleText(tokens, lower, from, to, text) : null;
}

/** "The river authority's chief engineer, Declan Halloran," : the noun phrase before a comma before the name. */
function appositiveBefore(tokens: Token[], lower: string[], a: number, last: number, text: string): string | null {
  const comma = a - 1;
  if (tokens[comma]?.text !== ',') return null;
  const close = tokens[last + 1]?.text;
  if (close !== ',' && close !== '.' && close !== ';') return null;
  const sentence = tokens[a].sentence;
  for (let k = comma - 1; k >= 0 && k >= comma - 12; k--) {
    const t = tokens[k];
    // A finite verb ends the phrase; the tagger (as wink, which it follows) tags some capitalised name words as verbs ("Ford"), so only lower case counts.
    const verb = (t.pos === 'AUX' || t.pos === 'VERB') && !startsUpper(t.text) && !t.text.endsWith('ed');
    if (t.sentence !== sentence || isStopPunct(t.text) || verb) return null;
    const startsPhrase = DETERMINERS.has(lower[k]) || k === 0 || tokens[k - 1].sentence !== sentence || isStopPunct(tokens[k - 1].text);
    if (startsPhrase && hasRoleHead(tokens, lower, k, comma - 1)) return roleText(tokens, lower, k, comma - 1, text);
  }
  return null;
}

function hasRoleHead(tokens: Token[], lower: string[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = lower[k];
    if (w === 'of' || w === 'for' || w === 'on') return false; // the head comes before its complement
    if (ROLE_HEADS.has(w) && tokens[k + 1]?.text !== '’s' && tokens[k + 1]?.text !== "'s") return true;
  }
  return false;
}

/** The words from `from` to `to` as written, without a leading article, lower case except proper names. */
function roleText(tokens: Token[], lower: string[], from: number, to: number, text: string): string {
  let k = from;
  if (DETERMINERS.has(lower[k]) && k < to) k++;
  const raw = text.slice(tokens[k].start, tokens[to].end);
  // A capitalised title word opening the phrase ("Opposition home affairs spokeswoman") is not a proper name.
  const w = tokens[k].text.toLowerCase();
  if (/^\p{Lu}\p{Ll}/u.test(raw) && (ROLE_HEADS.has(w) || TITLE_MODIFIERS.has(w))) return raw[0].toLowerCase() + raw.slice(1);
  return raw;
}
