import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../src/model.js';
import type { Analysis } from '../src/nlp/analyse.js';
import { countBlankLines } from '../src/nlp/split-sentences.js';

/**
 * One wink-nlp instance for the process, with only sentence splitting and part-of-speech tagging switched on:
 * the other wink pipes (negation, sentiment, its own NER) cost time and Storyline does not use them.
 */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * The characters wink counts as spaces before a token (its tokenizer splits on runs of them); tabs and line breaks are
 * tokens of their own.
 */
function isWinkSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/**
 * Tokenise a text, tag it and split it into sentences. wink's tokenisation is lossless (each token keeps the
 * spaces before it), so offsets are the running sum; a sentence never crosses a blank line, whatever wink says.
 * The spaces are skipped in the text rather than read from wink: its `precedingSpaces` builds a string per token,
 * and each `out` is a pass over every token, so only the three properties needed are read.
 */
export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const types = all.out(its.type) as string[];
  const starts = tokenStarts(text, values);

  // wink's sentences as token ranges.
  const ranges = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  const pushSentence = (from: number, to: number): void => {
    // Trim whitespace tokens at either end.
    while (from <= to && types[from] === 'tabCRLF') from++;
    while (to >= from && types[to] === 'tabCRLF') to--;
    if (from > to) return;
    const start = starts[from];
    const end = starts[to] + values[to].length;
    // The first sentence counts the blank lines before it; each later one adds one if a blank line parts it from the last.
    if (sentences.length === 0) paragraph = countBlankLines(text, 0, start);
    else if (hasBlankLine(text, lastEnd, start)) paragraph++;
    const index = sentences.length;
    sentences.push({ start, end, paragraph });
    for (let t = from; t <= to; t++) {
      const type = types[t];
      if (type === 'tabCRLF') continue;
      const value = values[t];
      tokens.push({ text: value, start: starts[t], end: starts[t] + value.length, pos: pos[t], type, sentence: index });
    }
    lastEnd = end;
  };
  for (const [first, last] of ranges) {
    // Split a wink sentence at blank lines inside it.
    let from = first;
    for (let t = first; t <= last; t++) {
      if (types[t] === 'tabCRLF' && t > from && hasBlankLine(values[t], 0, values[t].length)) {
        pushSentence(from, t - 1);
        from = t + 1;
      }
    }
    if (from <= last) pushSentence(from, last);
  }
  return { sentences, tokens };
}

/**
 * Each token's offset in the text. wink's tokenisation is lossless, so a token starts after the spaces that follow
 * the one before; should wink ever normalise a token, it is looked for where it really is.
 */
function tokenStarts(text: string, values: string[]): number[] {
  const starts: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    while (offset < text.length && isWinkSpace(text.charCodeAt(offset))) offset++;
    const value = values[i];
    let start = offset;
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, Math.max(0, start - 2));
      if (found >= 0) start = found;
    }
    starts[i] = start;
    offset = start + value.length;
  }
  return starts;
}

/** True when `text[from, to)` holds a blank line. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  return countBlankLines(text, from, to, true) > 0;
}
