/**
 * Turn what a person types into a safe full-text query: words are matched as words (all of them), "quoted
 * phrases" as phrases, a trailing * as a prefix; FTS operators and punctuation in the input cannot break the query.
 */
export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(re)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(' ')}"`);
      continue;
    }
    const prefix = m[2].endsWith('*');
    for (const word of m[2].match(/[\p{L}\p{N}]+/gu) ?? []) parts.push(`"${word}"${prefix ? '*' : ''}`);
  }
  return parts.join(' ');
}
