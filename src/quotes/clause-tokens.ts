import type { Token } from '../model.js';
import { isSpeechVerb } from './speech-verbs.js';

/**
 * Token-level tests the attribution rules share: where a sentence ends, which token is a speech verb, whether a verb
 * is passive, and where an offset falls among the tokens.
 */

/** `/^[.!?;]$/`. */
function isStop(s: string): boolean {
  return s.length === 1 && (s === '.' || s === '!' || s === '?' || s === ';');
}
/** A single letter or a short capitalised abbreviation before a dot: "Fla.", "E.", not a sentence end. */
const ABBREVIATION = /^(\p{Lu}|\p{Lu}\p{Ll}{1,3}|[A-Z]{2,3})$/u;
/** Words always used as speech verbs whatever the tagger says. */
const ALWAYS_VERB = /^(said|says|told|tells|added|asked)$/i;

/** A full stop, question or exclamation mark or semicolon that ends a sentence (not one inside brackets or after an abbreviation). */
export function isSentenceEnd(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isStop(t.text)) return false;
  if (t.text !== '.') return true;
  if (tokens[i + 1]?.text === ')') return false;
  // "GunBroker.com": a dot with a letter right after it is inside a word.
  if (tokens[i + 1] && tokens[i + 1].start === t.end && /^\p{L}/u.test(tokens[i + 1].text)) return false;
  const prev = tokens[i - 1];
  return !(prev && prev.end === t.start && ABBREVIATION.test(prev.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') === false);
}

/** True when the token is a speech verb here (the tagger's slips on "reports:" and "put it" allowed for). */
export function isVerb(t: Token, next?: Token): boolean {
  const length = t.text.length;
  if ((length === 4 || length === 5) && ALWAYS_VERB.test(t.text)) return true;
  // "as Vulture put it, …"
  if ((length === 3 || length === 4) && /^puts?$/i.test(t.text) && next && /^it$/i.test(next.text)) return true;
  // "The New York Times reports:": a speech verb the tagger read as a noun, right before a colon or quote mark.
  if (t.pos === 'NOUN' && /s$/.test(t.text) && next && /^[:"“]$/.test(next.text)) return isSpeechVerb(t.text);
  return (t.pos === 'VERB') && isSpeechVerb(t.text);
}

/** "had not been announced", "was told": a passive verb's subject is not the speaker ("is telling" is not passive). */
export function isPassive(tokens: Token[], v: number): boolean {
  if (/ing$/i.test(tokens[v].text)) return false;
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const w = tokens[k].text.toLowerCase();
    if (/^(be|been|being|was|were|is|are)$/.test(w)) return true;
    if (tokens[k].pos !== 'ADV' && tokens[k].pos !== 'PART') return false;
  }
  return false;
}

/** True when the tokens at `i` read "according to". */
export function isAccordingTo(tokens: Token[], i: number): boolean {
  return isAccordingToWord(tokens[i]) && /^to$/i.test(tokens[i + 1]?.text ?? '');
}

/** True for the word "according". */
export function isAccordingToWord(t: Token): boolean {
  return /^according$/i.test(t.text);
}

/** Index of the first token starting at or after `offset`. */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token ending at or before `offset`, or -1. */
export function tokenBefore(tokens: Token[], offset: number): number {
  let i = tokenAtOrAfter(tokens, offset) - 1;
  while (i >= 0 && tokens[i].end > offset) i--;
  return i;
}
