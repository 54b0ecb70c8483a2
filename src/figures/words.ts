/**
 * Word scanners around an offset, written as loops over character codes: the number finder looks at the words
 * beside every candidate, and end-anchored regular expressions over a window cost many times more.
 */

/** A word of the text and where it starts. */
export interface Word {
  word: string;
  start: number;
}

/** Letters (ASCII and Latin-1/Latin Extended and beyond, not punctuation), apostrophes, "&" and ".". */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 38 || c === 39 || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || c === 0x2019;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9 || c === 10 || c === 13;
}

/** Up to `n` words before `pos`, nearest first; stops at punctuation other than "." "&" and apostrophes. */
export function wordsBefore(text: string, pos: number, n: number): Word[] {
  const out: Word[] = [];
  let i = pos - 1;
  while (out.length < n) {
    while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
    const end = i + 1;
    while (i >= 0 && isWordCode(text.charCodeAt(i))) i--;
    if (i + 1 === end) break;
    out.push({ word: text.slice(i + 1, end), start: i + 1 });
  }
  return out;
}

/** The word just before `pos` (with only spaces between), or an empty word. */
export function wordBefore(text: string, pos: number): Word {
  return wordsBefore(text, pos, 1)[0] ?? { word: '', start: pos };
}

/** The character just before `pos` that is not a space, or ''. */
export function charBefore(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= 0 ? text[i] : '';
}

/** True when the first letter of a word is upper case, or it is camel case ("iPhone"). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c > 127 && word[0] !== word[0].toLowerCase()) return true;
  return /^[a-z]+[A-Z]/.test(word);
}

/**
 * A regular-expression source matching any of `words`, factored as a trie ("t(?:en|wo|h(?:ree|irty))"): the
 * engine then tries one branch per letter instead of every word at every word start.
 */
export function trieSource(words: string[]): string {
  const build = (list: string[]): string => {
    const byFirst = new Map<string, string[]>();
    let empty = false;
    for (const w of list) {
      if (w === '') empty = true;
      else byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w.slice(1)]);
    }
    const branches = [...byFirst].map(([c, rest]) => `${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${build(rest)}`);
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return empty ? `(?:${body})?` : body;
  };
  return build([...new Set(words)].sort());
}
