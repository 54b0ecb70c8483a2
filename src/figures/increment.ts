/**
 * Whether a figure adds to an earlier count ("eight more bodies", "a further 300", "rose by 5", "12 new deaths")
 * or states a total. "another 118" is an increment only when the article has already given a count of the same
 * measure: otherwise "another" means "other people besides", as in "The toll reached 31. Another 118 were injured."
 */
export function isIncrement(text: string, start: number, end: number, sameMetricBefore: boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 16);
  if (/^\s+(?:more|new|additional|further|extra)\b/i.test(after) && !/^\s+more than\b/i.test(after)) return true;
  if (/\b(?:a further|an additional|an extra)\s+(?:\p{L}+\s+)?$/iu.test(before)) return true;
  if (/\b(?:rose|risen|rising|increased|climbed|jumped|grew|gone up|went up|up)\s+by\s+(?:\p{L}+\s+)?$/iu.test(before)) return true;
  if (/\banother\s+(?:\p{L}+\s+)?$/iu.test(before)) return sameMetricBefore;
  return false;
}
