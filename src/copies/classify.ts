import type { Alignment } from './align.js';

/** The kinds of copy. */
import type { CopyRelation } from '../model.js';

export type { CopyRelation };

/** What is known about a would-be copy (side A of the alignment) against a would-be original (side B). */
export interface PairEvidence {
  alignment: Alignment;
  /** Share of the copy's distinct content words found anywhere in the original. */
  containment: number;
  /** Quotes of the copy that the original does not have (see `novelQuotes`). */
  novelQuotes: number;
  /** The copy credits the original's outlet (credit field or dateline tag). */
  creditsOriginal: boolean;
  /** Both titles are the same once normalised. */
  sameTitle: boolean;
}

/** Share of sentences, both ways, found verbatim for the same body. */
export const VERBATIM = 0.9;
/** A copy at most this share of the original's size is a summary; above it, a rewrite. */
export const SUMMARY_RATIO = 0.45;
/** A summary: this share of its sentences match the original's, and this share of its words are in it. */
export const SUMMARY_COVERAGE = 0.6;
export const SUMMARY_CONTAINMENT = 0.8;
/** A rewrite: this share of its words are in the original, and this share of its sentences match one there. */
export const REWRITE_CONTAINMENT = 0.7;
export const REWRITE_COVERAGE = 0.4;
/**
 * Below this share of its distinct content words found in the other text, a pair is no copy of any kind, without
 * aligning it: the rewrite and summary floors, and a verbatim copy (90% of its words in sentences found verbatim)
 * is far above it.
 */
export const MIN_CONTAINMENT = Math.min(REWRITE_CONTAINMENT, SUMMARY_CONTAINMENT);

/**
 * The relation of a copy to its original, or null when the pair is not a copy. Same-event reporting shares facts,
 * names and quotes but brings quotes of its own and leaves most sentences unmatched, so it fails both the new-quote
 * test and the coverage thresholds. Similarity is the mean of the sentence alignment's similarity and the containment.
 */
export function classify(e: PairEvidence): { relation: CopyRelation; similarity: number } | null {
  const a = e.alignment;
  if (e.novelQuotes > 0) return null;
  const similarity = round((a.similarity + e.containment) / 2);
  if (a.verbatimA >= VERBATIM && a.verbatimB >= VERBATIM) {
    return { relation: e.creditsOriginal && !e.sameTitle ? 'syndicated' : 'duplicate', similarity };
  }
  const ratio = a.sizeB ? a.sizeA / a.sizeB : 1;
  if (ratio <= SUMMARY_RATIO) {
    return a.coverageA >= SUMMARY_COVERAGE && e.containment >= SUMMARY_CONTAINMENT ? { relation: 'summary', similarity } : null;
  }
  return e.containment >= REWRITE_CONTAINMENT && a.coverageA >= REWRITE_COVERAGE ? { relation: 'rewrite', similarity } : null;
}

/** A title normalised for comparison: its words, lower case. */
export function titleKey(title: string | null): string {
  return (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
