import { contentKeysOfWords, words } from './shingles.js';

/** A sentence prepared for alignment: its content keys and its words as one normalised string. */
export interface AlignSentence {
  keys: string[];
  /** The sentence's words, lower case, space-separated: equal for verbatim copies whatever the punctuation. */
  norm: string;
}

/** How two texts align sentence by sentence. Shares are weighted by content words, so a long sentence counts more. */
export interface Alignment {
  /** Share of A's content words in sentences that match a sentence of B. */
  coverageA: number;
  /** Share of B's content words in sentences that match a sentence of A. */
  coverageB: number;
  /** Share of A's content words in sentences found verbatim in B. */
  verbatimA: number;
  verbatimB: number;
  /** Content words of each side. */
  sizeA: number;
  sizeB: number;
  /** How much of the smaller side is found in the other, weighted by how closely each sentence matches: 0 to 1. */
  similarity: number;
}

/** Two sentences match when their content-word sets overlap by this Dice coefficient… */
export const MATCH_DICE = 0.5;
/** …or when this share of the shorter one's content words is in the longer one (a cut or merged sentence). */
export const MATCH_CONTAINMENT = 0.75;
/** Sentences with fewer content words than this neither match nor count: "He said no." says nothing about origin. */
const MIN_KEYS = 3;

/** Split a clean text into sentences: paragraphs on blank lines, then on end punctuation before a capital or quote. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const s of paragraph.split(/(?<=[.!?]["”’]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)) if (s.trim()) out.push(s.trim());
  }
  return out;
}

/** Prepare a text's sentences for alignment. */
export function alignSentences(text: string): AlignSentence[] {
  return alignSentencesWithKeys(text).sentences;
}

/**
 * A text's sentences prepared for alignment, and the content keys of the whole text (every sentence's, short ones
 * too: sentences split only at spaces, so these are the text's own), from one pass over its words.
 */
export function alignSentencesWithKeys(text: string): { sentences: AlignSentence[]; keys: string[] } {
  const sentences: AlignSentence[] = [];
  const all: string[] = [];
  for (const s of splitSentences(text)) {
    const list = words(s);
    const keys = contentKeysOfWords(list);
    for (const k of keys) all.push(k);
    const distinct = [...new Set(keys)];
    if (distinct.length >= MIN_KEYS) sentences.push({ keys: distinct, norm: list.join(' ') });
  }
  return { sentences, keys: all };
}

/**
 * Align two texts: each sentence of one side is matched with its closest sentence of the other (by content-word
 * overlap, through an inverted index, so order does not matter and light rewording or a garbled name still
 * matches). Matching is not one-to-one: a summary sentence that folds two sentences together still finds one.
 */
export function align(a: AlignSentence[], b: AlignSentence[]): Alignment {
  const fromA = matchSide(a, b);
  const fromB = matchSide(b, a);
  const sizeA = total(a), sizeB = total(b);
  const small = sizeA <= sizeB ? fromA : fromB;
  const smallSize = Math.min(sizeA, sizeB);
  return {
    coverageA: share(fromA.covered, sizeA),
    coverageB: share(fromB.covered, sizeB),
    verbatimA: share(fromA.verbatim, sizeA),
    verbatimB: share(fromB.verbatim, sizeB),
    sizeA,
    sizeB,
    similarity: share(small.weighted, smallSize),
  };
}

interface SideMatch {
  covered: number;
  verbatim: number;
  weighted: number;
}

function matchSide(from: AlignSentence[], to: AlignSentence[]): SideMatch {
  const postings = new Map<string, number[]>();
  to.forEach((s, i) => s.keys.forEach((k) => (postings.get(k) ?? postings.set(k, []).get(k)!).push(i)));
  const norms = new Set(to.map((s) => s.norm));
  const counts = new Uint16Array(to.length);
  const result: SideMatch = { covered: 0, verbatim: 0, weighted: 0 };
  for (const s of from) {
    const n = s.keys.length;
    if (norms.has(s.norm)) {
      result.covered += n;
      result.verbatim += n;
      result.weighted += n;
      continue;
    }
    counts.fill(0);
    for (const k of s.keys) for (const i of postings.get(k) ?? []) counts[i]++;
    let best = 0;
    for (let i = 0; i < to.length; i++) {
      if (!counts[i]) continue;
      const dice = (2 * counts[i]) / (n + to[i].keys.length);
      const containment = counts[i] / Math.min(n, to[i].keys.length);
      const score = dice >= MATCH_DICE ? dice : containment >= MATCH_CONTAINMENT && Math.min(n, to[i].keys.length) >= 2 * MIN_KEYS ? containment * 0.9 : 0;
      if (score > best) best = score;
    }
    if (best > 0) {
      result.covered += n;
      result.weighted += n * best;
    }
  }
  return result;
}

function total(side: AlignSentence[]): number {
  return side.reduce((sum, s) => sum + s.keys.length, 0);
}

function share(part: number, whole: number): number {
  return whole ? part / whole : 0;
}
