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
const QUALIFIERS: Array<[RegExp, string]> = [
  [/\b(?:more than|upwards of|in excess of|well over|well above|soared past|surged past|climbed past|rose past|passed|topped|exceeded|surpassed)$/i, 'more than'],
  [/\b(?:at least|no fewer than|no less than|a minimum of)$/i, 'at least'],
  [/\b(?:nearly|almost|close to|just under|just shy of|just below|nearing)$/i, 'nearly'],
  [/\b(?:approaching)$/i, 'approaching'],
  [/\b(?:up to|as many as)$/i, 'up to'],
  [/\b(?:fewer than|less than|under|below)$/i, 'less than'],
  [/\b(?:over|above)$/i, 'over'],
  [/\b(?:about|around|roughly|approximately|an estimated|estimated|circa|some|~)$/i, ''],
  [/\b(?:exactly|precisely)$/i, 'exactly'],
];

/** A qualifier found before a number: its normalised form and where the written words start. */
export interface Qualifier {
  qualifier: string;
  start: number;
  text: string;
}

/** The qualifier written just before `start` in `text` (possibly after "only" or a currency word), or null. */
export function findQualifier(text: string, start: number): Qualifier | null {
  const windowStart = Math.max(0, start - 32);
  const before = text.slice(windowStart, start).replace(/\s+$/, '');
  if (before.endsWith('~')) return { qualifier: 'about', start: windowStart + before.length - 1, text: '~' };
  for (const [re, normalised] of QUALIFIERS) {
    const m = re.exec(before);
    if (!m) continue;
    const written = m[0];
    const qualifier = normalised || (written.toLowerCase() === 'some' ? 'some' : 'about');
    return { qualifier, start: windowStart + m.index, text: written };
  }
  return null;
}
