/** One run of a word diff: words both have, words only the first has, or words only the second has. */
export interface DiffPart {
  op: '=' | '-' | '+';
  words: string[];
}

/** Words of a quote for comparison: lower case, no punctuation, straight apostrophes. */
export function quoteWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Word-level diff of two word lists by longest common subsequence (quotes are short, so O(n·m) is fine). */
export function wordDiff(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.words.push(word);
    else parts.push({ op, words: [word] });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('=', a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('-', a[i++]);
    else push('+', b[j++]);
  }
  while (i < n) push('-', a[i++]);
  while (j < m) push('+', b[j++]);
  return parts;
}

/** The number of words two lists share in order. */
export function commonWords(parts: DiffPart[]): number {
  return parts.filter((p) => p.op === '=').reduce((n, p) => n + p.words.length, 0);
}

/** A diff for people: `like it [-wasn't-] {+was not+} there`. */
export function diffText(parts: DiffPart[]): string {
  return parts.map((p) => (p.op === '=' ? p.words.join(' ') : p.op === '-' ? `[-${p.words.join(' ')}-]` : `{+${p.words.join(' ')}+}`)).join(' ');
}
