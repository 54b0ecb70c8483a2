import { charBefore, wordsBefore } from './words.js';

/**
 * Qualifiers written before a number ("at least four", "Nearly 38,000", "up to 3,400"), normalised to a small
 * vocabulary so ledgers can compare figures:
 *
 * | written | normalised |
 * |---|---|
 * | more than, upwards of, in excess of, well over, soared past, topped, passed, exceeded, surpassed | more than |
 * | over, above | over |
 * | at least, no fewer than, no less than, a minimum of | at least |
 * | about, around, roughly, approximately, an estimated, estimated, some … (only "some" keeps its own word) | about |
 * | some | some |
 * | nearly, almost, close to, just under, just shy of, nearing | nearly |
 * | approaching | approaching |
 * | up to, as many as | up to |
 * | fewer than, less than, under, below | less than |
 * | exactly, precisely | exactly |
 *
 * "over" stays apart from "more than" because the model's vocabulary lists it; a verb of passing ("soared past 40")
 * says the count went beyond the number, which is "more than".
 */
const QUALIFIERS = new Map<string, string>([
  ...['more than', 'upwards of', 'in excess of', 'well over', 'well above', 'soared past', 'surged past', 'climbed past', 'rose past', 'passed', 'topped', 'exceeded', 'surpassed'].map((w) => [w, 'more than'] as const),
  ...['at least', 'no fewer than', 'no less than', 'a minimum of'].map((w) => [w, 'at least'] as const),
  ...['nearly', 'almost', 'close to', 'just under', 'just shy of', 'just below', 'nearing'].map((w) => [w, 'nearly'] as const),
  ['approaching', 'approaching'],
  ...['up to', 'as many as'].map((w) => [w, 'up to'] as const),
  ...['fewer than', 'less than', 'under', 'below'].map((w) => [w, 'less than'] as const),
  ...['over', 'above'].map((w) => [w, 'over'] as const),
  ...['about', 'around', 'roughly', 'approximately', 'an estimated', 'estimated', 'circa'].map((w) => [w, 'about'] as const),
  ['some', 'some'],
  ...['exactly', 'precisely'].map((w) => [w, 'exactly'] as const),
]);

/** The last word of each qualifier phrase. */
const LAST_WORDS = new Set([...QUALIFIERS.keys()].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

/** A qualifier found before a number: its normalised form and where the written words start. */
export interface Qualifier {
  qualifier: string;
  start: number;
  text: string;
}

/** The qualifier written just before `start` in `text` (possibly after "only" or a currency word), or null. */
export function findQualifier(text: string, start: number): Qualifier | null {
  if (charBefore(text, start) === '~') {
    const at = text.lastIndexOf('~', start);
    return { qualifier: 'about', start: at, text: '~' };
  }
  // The longest phrase of up to three words that ends right before the number. Every phrase ends with one of a few
  // words: most numbers have none of them before, and need no phrase built.
  const nearest = wordsBefore(text, start, 1);
  if (nearest.length === 0 || !LAST_WORDS.has(nearest[0].word.toLowerCase())) return null;
  const words = wordsBefore(text, start, 3);
  const lower = words.map((w) => w.word.toLowerCase());
  for (let n = words.length; n >= 1; n--) {
    let phrase = lower[n - 1];
    for (let i = n - 2; i >= 0; i--) phrase += ` ${lower[i]}`;
    const qualifier = QUALIFIERS.get(phrase);
    if (qualifier) return { qualifier, start: words[n - 1].start, text: text.slice(words[n - 1].start, words[0].start + words[0].word.length) };
  }
  return null;
}
