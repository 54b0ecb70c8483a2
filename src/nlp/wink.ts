import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../model.js';

/**
 * One wink-nlp instance for the process, with only sentence splitting and part-of-speech tagging switched on:
 * the other wink pipes (negation, sentiment, its own NER) cost time and Storyline does not use them.
 */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Sentences and tokens of a text, with character offsets into it. */
export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
}

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
  const tokens: Token[] = [];
  let offset = 0;
  const starts: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    while (offset < text.length && isWinkSpace(text.charCodeAt(offset))) offset++;
    const value = values[i];
    let start = offset;
    // Guard against any normalisation wink might apply: find the token where it really is.
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, Math.max(0, start - 2));
      if (found >= 0) start = found;
    }
    starts[i] = start;
    offset = start + value.length;
  }

  // wink's sentences as token ranges.
  const ranges = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  const pushSentence = (from: number, to: number): void => {
    // Trim whitespace tokens at either end.
    while (from <= to && types[from] === 'tabCRLF') from++;
    while (to >= from && types[to] === 'tabCRLF') to--;
    if (from > to) return;
    const start = starts[from];
    const end = starts[to] + values[to].length;
    if (/\n\s*\n/.test(text.slice(lastEnd, start))) paragraph++;
    if (sentences.length === 0) paragraph = countParagraphBreaks(text.slice(0, start));
    const index = sentences.length;
    sentences.push({ start, end, paragraph });
    for (let t = from; t <= to; t++) {
      if (types[t] === 'tabCRLF') continue;
      tokens.push({ text: values[t], start: starts[t], end: starts[t] + values[t].length, pos: pos[t], type: types[t], sentence: index });
    }
    lastEnd = end;
  };
  for (const [first, last] of ranges) {
    // Split a wink sentence at blank lines inside it.
    let from = first;
    for (let t = first; t <= last; t++) {
      if (types[t] === 'tabCRLF' && /\n\s*\n/.test(values[t]) && t > from) {
        pushSentence(from, t - 1);
        from = t + 1;
      }
    }
    if (from <= last) pushSentence(from, last);
  }
  return { sentences, tokens };
}

function countParagraphBreaks(text: string): number {
  return (text.match(/\n\s*\n/g) ?? []).length;
}
