import { wordsBefore } from './words.js';

/**
 * Whether a figure adds to an earlier count ("eight more bodies", "a further 300", "rose by 5", "12 new deaths")
 * or states a total. "another 118" is an increment only when there is a total it adds to (a count of the same measure
 * given before, or a toll in the same sentence): otherwise "another" means "other people besides", as in "The toll
 * reached 31. Another 118 were injured."
 */
export function isIncrement(text: string, start: number, end: number, totalGiven: boolean): boolean {
  const after = text.slice(end, end + 16);
  if (/^\s+(?:more|new|additional|further|extra)\b/i.test(after) && !/^\s+more than\b/i.test(after)) return true;
  // The words before, nearest first; one word (a qualifier) may stand between ("a further estimated 300").
  const w = wordsBefore(text, start, 4).map((x) => x.word.toLowerCase());
  for (const skip of [0, 1]) {
    const [a = '', b = '', c = ''] = w.slice(skip);
    if ((b === 'a' && a === 'further') || (b === 'an' && (a === 'additional' || a === 'extra'))) return true;
    if (a === 'by' && (RISE.has(b) || (c === 'went' && b === 'up') || (c === 'gone' && b === 'up'))) return true;
    if (a === 'another') return totalGiven;
  }
  return false;
}

const RISE = new Set(['rose', 'risen', 'rising', 'increased', 'climbed', 'jumped', 'grew', 'up']);
