import { minhash, smallMinhash } from './minhash.js';
import { contentKeys, keyHashes, shingleHashes, words } from './shingles.js';
import { bandKeys } from './lsh-index.js';
import { splitSentences } from './align.js';

/**
 * The two signatures an article is indexed under, and their banding (measured on the sample corpus, see README):
 *
 * - Document: one-permutation MinHash of 64 bins over 3-word shingles, 16 bands × 4 rows. The S-curve
 *   1 − (1 − J⁴)¹⁶ crosses one half near J = 0.45 and is 0.97 at J = 0.7: verbatim copies (J = 1.0) always meet,
 *   same-event reports (3-shingle J ≤ 0.21) meet with probability ≤ 3%.
 * - Sentences: a 6-hash MinHash of each sentence's content words, 3 bands × 2 rows. A reworded sentence keeps about
 *   half its content words (J ≈ 0.4–0.6: 1 − (1 − J²)³ = 0.41–0.66 per sentence), so a rewrite or a two-sentence
 *   summary meets its original through at least one of its sentences, where the whole-text shingle Jaccard of a
 *   summary (≤ 0.11) or a heavy rewrite (0.21) would never meet.
 */
export const DOC_SHINGLE = 3;
export const DOC_BINS = 64;
export const DOC_BANDS = 16;
export const DOC_ROWS = 4;
export const SENTENCE_HASHES = 12;
export const SENTENCE_BANDS = 4;
export const SENTENCE_ROWS = 3;
/** Sentences with fewer content words are not indexed: too common to point at a source. */
export const SENTENCE_MIN_KEYS = 5;

/** The document signature of a text. */
export function docSignature(text: string): Uint32Array {
  return minhash(shingleHashes(words(text), DOC_SHINGLE), DOC_BINS);
}

/** The document band keys of a text. */
export function docKeys(text: string): number[] {
  return bandKeys(docSignature(text), DOC_BANDS, DOC_ROWS);
}

/** The band keys of every indexable sentence of a text. */
export function sentenceKeys(text: string): number[] {
  const out = new Set<number>();
  for (const sentence of splitSentences(text)) {
    const keys = contentKeys(sentence);
    if (new Set(keys).size < SENTENCE_MIN_KEYS) continue;
    for (const k of bandKeys(smallMinhash(keyHashes(keys), SENTENCE_HASHES), SENTENCE_BANDS, SENTENCE_ROWS)) out.add(k);
  }
  return [...out];
}
