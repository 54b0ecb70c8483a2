import type { RawToken } from './raw-token.js';
import { SKIP, mayOpenMatch, sentenceEvent } from './sentence-events.js';
import { SBD_MACHINE } from './wink-lexicon.js';

/** A sentence as a range of tokens (both ends inclusive) and the characters it spans (end exclusive). */
export interface SentenceRange {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The paragraph, counted as `analyse()` counts it: blank lines before the first sentence, then one per gap holding one. */
  paragraph: number;
}

const { events: EVENTS, next: NEXT, fallback: FALLBACK, terminal: TERMINAL, markFirst: MARK_FIRST } = SBD_MACHINE;
const BOUNDARY = 1;
const IGNORED = 2;
/** The event past the last token: no state has a transition for it. */
const END = -3;

/**
 * Split tokens into sentences as wink's sentence-boundary detection does, then as `analyse()` does with wink's
 * sentences: a sentence never crosses a blank line, and tab/line-break tokens at either end of a sentence are left
 * out of it (a sentence of nothing else is dropped). `text` is the text the tokens come from.
 *
 * One difference from `analyse()`: a line holding only spaces is a blank line here too. `analyse()` looks for blank
 * lines inside single tab/line-break tokens, and wink makes "\n \n" two of them; the clean text has no such lines.
 */
export function splitSentences(text: string, tokens: RawToken[]): SentenceRange[] {
  const ends = boundaries(text, tokens);
  const out: SentenceRange[] = [];
  let first = 0;
  for (let b = 0; b <= ends.length; b++) {
    const last = b < ends.length ? ends[b] : tokens.length - 1;
    splitAtBlankLines(tokens, first, last, out);
    first = last + 1;
  }
  numberParagraphs(text, out);
  return out;
}

/**
 * The index of the last token of each sentence but the last, as wink's machine and sentence setter give them.
 * A port of wink's greedy automaton (`recognize`): from each token, follow the machine while it leaves the root; a
 * terminal state is a match, and a dead end after a state with a fallback is a match at that state. A match's
 * boundary is its first token moved by the state's mark.
 */
function boundaries(text: string, tokens: RawToken[]): number[] {
  const n = tokens.length;
  // Events, looked up on demand (-2: not yet).
  const events = new Int8Array(n).fill(-2);
  const ends: number[] = [];
  let first = 0;
  let lastOtherwiseIndex = 0;
  let lastOtherwiseState = 0;
  for (let i = 0; i <= n; i++) {
    // Each round starts at the root with nothing pending, where only a few tokens lead anywhere: skip to one.
    while (i < n && !mayOpenMatch(tokens[i])) i++;
    let state = 0;
    for (let j = i; j <= n; j++) {
      let e: number;
      if (j === n) {
        e = END;
      } else {
        e = events[j];
        if (e === -2) e = events[j] = sentenceEvent(text, tokens[j]);
      }
      if (e === SKIP) continue;
      let ns = e === END ? 0 : NEXT[state * EVENTS + e];
      if (state === 0 && ns !== 0) first = j;
      if (TERMINAL[ns] !== 0) {
        match(ends, first, ns);
        i = j;
        ns = 0;
        lastOtherwiseState = 0;
        j = n + 100;
      } else if (ns === 0) {
        if (lastOtherwiseState !== 0) {
          match(ends, first, lastOtherwiseState);
          i = lastOtherwiseIndex;
          lastOtherwiseState = 0;
        }
        j = n + 100;
      }
      state = ns;
      if (FALLBACK[state] !== 0) {
        lastOtherwiseIndex = j;
        lastOtherwiseState = FALLBACK[state];
      }
    }
  }
  return ends;
}

function match(ends: number[], first: number, state: number): void {
  if (TERMINAL[state] === IGNORED) return;
  ends.push(first + MARK_FIRST[state]);
}

/** `analyse()`'s treatment of one wink sentence: split at blank lines, trim tab/line-break tokens, drop empties. */
function splitAtBlankLines(tokens: RawToken[], first: number, last: number, out: SentenceRange[]): void {
  let from = first;
  // Line feeds in the current run of tab/line-break tokens (only spaces lie between tokens of a run).
  let lineFeeds = 0;
  for (let t = first; t <= last; t++) {
    const token = tokens[t];
    if (token.type !== 'tabCRLF') {
      lineFeeds = 0;
      continue;
    }
    lineFeeds += countLineFeeds(token.text);
    if (lineFeeds >= 2 && t > from) {
      pushTrimmed(tokens, from, t - 1, out);
      from = t + 1;
    }
  }
  if (from <= last) pushTrimmed(tokens, from, last, out);
}

function pushTrimmed(tokens: RawToken[], from: number, to: number, out: SentenceRange[]): void {
  while (from <= to && tokens[from].type === 'tabCRLF') from++;
  while (to >= from && tokens[to].type === 'tabCRLF') to--;
  if (from > to) return;
  out.push({ first: from, last: to, start: tokens[from].start, end: tokens[to].end, paragraph: 0 });
}

function countLineFeeds(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 0x0a) n++;
  return n;
}

/** Paragraph numbers as `analyse()` gives them. */
function numberParagraphs(text: string, sentences: SentenceRange[]): void {
  let paragraph = 0;
  let lastEnd = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (i === 0) paragraph = countBlankLines(text, 0, s.start, false);
    else if (countBlankLines(text, lastEnd, s.start, true) > 0) paragraph++;
    s.paragraph = paragraph;
    lastEnd = s.end;
  }
}

/** How many runs of white space holding two line feeds or more (`/\n\s*\n/` matches) lie in `text[from, to)`. */
export function countBlankLines(text: string, from: number, to: number, stopAtFirst = false): number {
  let count = 0;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (++breaks === 2) {
        count++;
        if (stopAtFirst) return count;
      }
    } else if (!isWhiteSpace(c)) {
      breaks = 0;
    }
  }
  return count;
}

/** The characters `\s` matches. */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
