import type { Token } from '../model.js';

/**
 * Lines of tagged text and which of them are headings. A sentence never crosses a blank line, but a heading may sit on
 * a line of its own inside one; a heading has no closing stop and its longer words are nearly all capitalised ("Warren
 * Jeffs Found Guilty on Sexual Assault Charges"), or it is all in capitals ("POLICE SAY MAN HAD BEEN ARRESTED."), so
 * capitals there say nothing about names.
 */

const UPPER_START = /^\p{Lu}/u;
const CLOSING_STOP = /[.!?"”’:]$/;

/** First character is a capital: an ASCII test first, the Unicode class only for other letters (this runs per token). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** A word in lower case, without a new string when it already starts in lower case (most words; this runs per token). */
export function lowerWord(word: string): string {
  return startsUpper(word) ? word.toLowerCase() : word;
}

/** Line index of every token (a new sentence or a line break starts a line), and whether each line is a heading. */
export function findLines(tokens: Token[], text: string): { lineOf: Int32Array; heading: boolean[] } {
  const n = tokens.length;
  const lineOf = new Int32Array(n);
  const words = new Int32Array(n + 1);
  const caps = new Int32Array(n + 1);
  const shouted = new Int32Array(n + 1);
  const lastToken = new Int32Array(n + 1);
  let line = 0;
  let nextBreak = text.indexOf('\n');
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (i > 0 && (t.sentence !== tokens[i - 1].sentence || (nextBreak >= 0 && nextBreak < t.start))) line++;
    while (nextBreak >= 0 && nextBreak < t.start) nextBreak = text.indexOf('\n', nextBreak + 1);
    lineOf[i] = line;
    lastToken[line] = i;
    if (t.type !== 'word' || t.text.length < 4) continue;
    words[line]++;
    if (startsUpper(t.text)) {
      caps[line]++;
      if (startsUpper(t.text.slice(1))) shouted[line]++;
    }
  }
  const heading: boolean[] = new Array(n ? line + 1 : 0);
  for (let l = 0; l < heading.length; l++) {
    // A line in capitals is shouting whatever its stop ("THE SUSPECT HAD BEEN ARRESTED.").
    heading[l] = words[l] >= 3 && (shouted[l] >= 0.8 * words[l] || (caps[l] >= 0.8 * words[l] && !CLOSING_STOP.test(tokens[lastToken[l]].text)));
  }
  return { lineOf, heading };
}
