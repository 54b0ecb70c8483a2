/**
 * A cheap test that a word may be in a set of words: a member must share its first character and its length with
 * some word added, and its last character and its length with some word added. A few array reads and no hashing, so
 * it can run before a set look-up on every token of a text, where most words are in no list.
 */
export class WordSieve {
  /** For each ASCII first character, a bit per word length (lengths of 31 and more share the top bit). */
  private readonly lengths = new Uint32Array(128);
  /** The same for each ASCII last character. */
  private readonly lastLengths = new Uint32Array(128);
  /** True when some word added starts or ends with a character beyond ASCII (or is empty): those always pass. */
  private other = false;

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const c = word.charCodeAt(0);
    const z = word.charCodeAt(word.length - 1);
    if (c < 128 && z < 128) {
      this.lengths[c] |= lengthBit(word.length);
      this.lastLengths[z] |= lengthBit(word.length);
    } else {
      this.other = true;
    }
  }

  clear(): void {
    this.lengths.fill(0);
    this.lastLengths.fill(0);
    this.other = false;
  }

  /** False when the word is surely not among those added; true when it may be. */
  mayHold(word: string): boolean {
    const c = word.charCodeAt(0);
    const z = word.charCodeAt(word.length - 1);
    if (c < 128 && z < 128) {
      const bit = lengthBit(word.length);
      return (this.lengths[c] & bit) !== 0 && (this.lastLengths[z] & bit) !== 0;
    }
    return this.other;
  }
}

function lengthBit(n: number): number {
  return n < 31 ? 1 << n : 1 << 31;
}
