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

/** `lowerWord` of every token's text, computed once per text for the several rules that read it. */
export function lowerWords(tokens: Token[]): string[] {
  const out: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = lowerWord(tokens[i].text);
  return out;
}

/** Second character is a capital (`startsUpper` of the word without its first character, without slicing ASCII words). */
function secondUpper(word: string): boolean {
  const c = word.charCodeAt(1);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word.slice(1));
}

/**
 * Line index of every token (a new sentence or a line break starts a line), and whether each line is a heading.
 * `lineOf` may be a buffer to fill, at least as long as the tokens.
 */
export function findLines(tokens: Token[], text: string, lineOf: Int32Array = new Int32Array(tokens.length)): { lineOf: Int32Array; heading: boolean[] } {
  const n = tokens.length;
  const heading: boolean[] = [];
  // Counts of the current line: words of four letters or more, those capitalised, those in capitals.
  let words = 0;
  let caps = 0;
  let shouted = 0;
  let line = 0;
  let nextBreak = text.indexOf('\n');
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (i > 0 && (t.sentence !== tokens[i - 1].sentence || (nextBreak >= 0 && nextBreak < t.start))) {
      heading.push(isHeading(words, caps, shouted, tokens[i - 1]));
      words = 0;
      caps = 0;
      shouted = 0;
      line++;
    }
    while (nextBreak >= 0 && nextBreak < t.start) nextBreak = text.indexOf('\n', nextBreak + 1);
    lineOf[i] = line;
    if (t.type !== 'word' || t.text.length < 4) continue;
    words++;
    if (startsUpper(t.text)) {
      caps++;
      if (secondUpper(t.text)) shouted++;
    }
  }
  if (n) heading.push(isHeading(words, caps, shouted, tokens[n - 1]));
  return { lineOf, heading };
}

/** A line in capitals is shouting whatever its stop ("THE SUSPECT HAD BEEN ARRESTED."). */
function isHeading(words: number, caps: number, shouted: number, last: Token): boolean {
  return words >= 3 && (shouted >= 0.8 * words || (caps >= 0.8 * words && !CLOSING_STOP.test(last.text)));
}
