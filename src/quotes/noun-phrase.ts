import type { Token } from '../model.js';
import { TITLE_WORDS, bare } from './speaker-words.js';

/**
 * Noun phrases around a speech verb, read from part-of-speech tags: the subject before the verb ("Regional Governor
 * Ansel Dravik said", "a senior official at the agency said", "Maalouf, a spokesman, said") and the phrase after it
 * ("said a senior official at the agency", "according to two people familiar with the talks"). Both return token
 * index ranges, inclusive, or null.
 */

const NP_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PART']);
/** Prepositions that may join a head noun to its complement inside a speaker phrase ("official at the agency"). */
const NP_ADP = new Set(['at', 'of', 'for', 'with', 'from', 'in', 'to', 'on', 'close', 'inside']);
/** Words after a verb that end the speaker phrase: relative pronouns and clause links. */
const STOP = new Set(['who', 'which', 'that', 'whose', 'when', 'while', 'as', 'because', 'after', 'before', 'and', 'but', 'adding', 'saying', 'in', 'on']);
const MAX_SUBJECT = 16;

/** The subject noun phrase ending just before `verb` (skipping auxiliaries and adverbs), not reaching below `floor`. */
export function subjectBefore(tokens: Token[], verb: number, floor: number): [number, number] | null {
  let i = skipTimeBack(tokens, skipBracketBack(tokens, verb - 1, floor), floor);
  i = skipBracketBack(tokens, i, floor);
  while (i >= floor && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV' || tokens[i].pos === 'PART' && /^(not|n['’]t)$/i.test(tokens[i].text))) i--;
  // "She went on to say", "he declined to say": step back over the verb the infinitive hangs on.
  if (i - 1 >= floor && /^to$/i.test(tokens[i].text) && tokens[i].pos !== 'ADP') {
    i--;
    if (i >= floor && (tokens[i].pos === 'ADP' || tokens[i].pos === 'ADV')) i--;
    if (i >= floor && tokens[i].pos === 'VERB') return subjectBefore(tokens, i, floor);
    return null;
  }
  if (i < floor) return null;
  // "Sen. Jack Reed (D-R.I.), said": a lone comma before the verb.
  if (tokens[i].text === ',' && !hasCommaBefore(tokens, i, floor, MAX_SUBJECT + 24)) i = skipBracketBack(tokens, i - 1, floor);
  if (i < floor) return null;
  // An appositive between subject and verb: "Maalouf, a spokesman for the directorate, said".
  // Of the two, the one holding a proper name: "the authority's chief engineer, Declan Halloran, said".
  if (tokens[i].text === ',') {
    let j = i - 1;
    while (j >= floor && tokens[j].text !== ',' && verb - j < MAX_SUBJECT + 24) j--;
    if (j < floor || tokens[j].text !== ',') return null;
    const head = subjectBefore(tokens, j, floor);
    const inner = subjectBefore(tokens, i, j + 1);
    if (head && inner && inner[0] === j + 1 && !nameHeaded(tokens, head) && nameHeaded(tokens, inner)) return inner;
    // "X, president of Y, which represents Z, said": a name one comma further back is the subject.
    if (head && !nameHeaded(tokens, head) && head[0] - 1 >= floor && tokens[head[0] - 1].text === ',') {
      const further = subjectBefore(tokens, head[0] - 1, floor);
      if (further && nameHeaded(tokens, further)) return further;
    }
    return head;
  }
  // "Sanders himself acknowledged": the reflexive stands beside the subject.
  if (/^(himself|herself|itself|themselves)$/i.test(tokens[i].text) && i - 1 >= floor) i--;
  const t = tokens[i];
  if (t.pos === 'PRON') return /^(he|she|they|i|we|it|you)$/i.test(t.text) ? [i, i] : null;
  if (!NP_POS.has(t.pos) || t.pos === 'DET' || t.pos === 'PART' && !/^['’]s$/.test(t.text)) return null;
  const end = i;
  let start = i;
  while (start - 1 >= floor && end - start < MAX_SUBJECT) {
    const p = tokens[start - 1];
    if (/^(that|which|who|this|these|those)$/i.test(p.text)) break;
    if (NP_POS.has(p.pos) || p.pos === 'PRON' && /^(his|her|its|their|our|my)$/i.test(p.text)) { start--; continue; }
    // Join "official at the agency": a preposition between a noun on its left and the phrase on its right.
    if (p.pos === 'ADP' && NP_ADP.has(p.text.toLowerCase()) && start - 2 >= floor && (/^(NOUN|PROPN|ADJ)$/.test(tokens[start - 2].pos)
      || tokens[start - 2].pos === 'VERB' && /(ed|ing)$/.test(tokens[start - 2].text) && /^(NOUN|PROPN)$/.test(tokens[start - 3]?.pos ?? ''))) {
      start--;
      continue;
    }
    // A participle after a noun: "an aid official involved in the planning".
    if (p.pos === 'VERB' && /(ed|ing)$/.test(p.text) && tokens[start].pos === 'ADP' && start - 2 >= floor && /^(NOUN|PROPN)$/.test(tokens[start - 2].pos)) {
      start--;
      continue;
    }
    if (p.text === '-' || p.text === '.' && /^[A-Z]$/.test(tokens[start - 2]?.text ?? '')) { start--; continue; }
    break;
  }
  // A subject never starts with a preposition or a date ("On Saturday the mayor"): keep the last plain phrase.
  while (start < end && (tokens[start].pos === 'ADP' || tokens[start].pos === 'PART' || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(tokens[start].text))) start++;
  return hasHead(tokens, start, end) ? [start, end] : null;
}

/** The noun phrase starting just after `at` (the verb or "according to"), not reaching `ceiling`. */
export function phraseAfter(tokens: Token[], at: number, ceiling: number): [number, number] | null {
  let i = at + 1;
  if (i >= ceiling) return null;
  const t = tokens[i];
  if (t.pos === 'PRON') return /^(he|she|they|i|we|it)$/i.test(t.text) ? [i, i] : null;
  if (!NP_POS.has(t.pos) || t.pos === 'PART') return null;
  const start = i;
  while (i + 1 < ceiling && i + 1 - start < MAX_SUBJECT) {
    if (tokens[i + 1].text === '(') {
      let close = i + 2;
      while (close < ceiling && close - i < 8 && tokens[close].text !== ')') close++;
      if (close < ceiling && tokens[close].text === ')') { i = close; continue; }
    }
    const n = tokens[i + 1];
    const w = n.text.toLowerCase();
    if (STOP.has(w)) break;
    if (NP_POS.has(n.pos) || n.pos === 'ADP' && NP_ADP.has(w) || n.pos === 'VERB' && /(ed|ing)$/.test(w) && tokens[i].pos === 'ADJ'
      || n.pos === 'VERB' && /(ed)$/.test(w) && /^(NOUN|PROPN)$/.test(tokens[i].pos) && tokens[i + 2]?.pos === 'ADP' || n.text === '-') {
      i++;
      continue;
    }
    break;
  }
  // Do not end on a preposition, determiner or bracket.
  while (i > start && (/^(ADP|DET|CCONJ)$/.test(tokens[i].pos) || tokens[i].text === ')')) {
    if (tokens[i].text === ')') while (i > start && tokens[i].text !== '(') i--;
    i--;
  }
  return hasHead(tokens, start, i) ? [start, i] : null;
}

/** True when the phrase's head (its last word before a preposition) is a proper name. */
function nameHeaded(tokens: Token[], [start, end]: [number, number]): boolean {
  let k = start;
  while (k < end && tokens[k + 1].pos !== 'ADP') k++;
  return tokens[k].pos === 'PROPN' && !TITLE_WORDS.has(bare(tokens[k].text));
}

/** True when the tokens from `from` up to `to` (exclusive) could all belong to a subject phrase and its appositive. */
export function phraseLike(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!(NP_POS.has(t.pos) || t.pos === 'ADP' || t.text === ',' || t.pos === 'PRON' && /^(his|her|its|their)$/i.test(t.text))) return false;
  }
  return true;
}

function hasHead(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (/^(NOUN|PROPN|PRON|NUM)$/.test(tokens[k].pos)) return true;
  return false;
}

/** Step back over a bracketed aside just before `i` ("Rep. Jason Chaffetz (R-Utah) said"). */
function skipBracketBack(tokens: Token[], i: number, floor: number): number {
  if (i < floor || tokens[i].text !== ')') return i;
  let k = i - 1;
  while (k >= floor && tokens[k].text !== '(' && i - k < 10) k--;
  return k >= floor && tokens[k].text === '(' ? k - 1 : i;
}

function hasCommaBefore(tokens: Token[], i: number, floor: number, span: number): boolean {
  for (let k = i - 1; k >= floor && i - k < span; k--) if (tokens[k].text === ',') return true;
  return false;
}

const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night|recently|earlier|later|also|then|now|again|once|january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|\d{1,4}(st|nd|rd|th)?)$/i;
const TIME_LEAD = /^(on|last|this|next|in|late|early|earlier|that|,)$/i;

/** Step back over a time phrase between subject and verb ("Sanders on Saturday criticized", "a group this week published"). */
function skipTimeBack(tokens: Token[], i: number, floor: number): number {
  let k = i;
  let words = 0;
  while (k >= floor && TIME_WORD.test(tokens[k].text) && words < 4) {
    k--;
    words++;
    while (k >= floor && TIME_LEAD.test(tokens[k].text) && tokens[k].text !== ',') k--;
  }
  return words > 0 && k >= floor && /^(PROPN|NOUN|PRON|PUNCT)$/.test(tokens[k].pos) ? k : i;
}
