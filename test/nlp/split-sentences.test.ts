import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { forgetRemembered } from '../../src/nlp/lexicon.js';
import { splitSentences } from '../../src/nlp/split-sentences.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { mulberry32 } from '../helpers/mulberry32.js';
import { winkReference, type WinkResult } from './wink-reference.js';

const sentences = (text: string): string[] => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  beforeEach(() => forgetRemembered());

  it('should not end a sentence at an abbreviation or a title', () => {
    assert.deepEqual(sentences('Mr. Smith met Dr. Jones in the U.S. on Jan. 5, e.g. at 3 p.m. yesterday. Then he left.'), [
      'Mr. Smith met Dr. Jones in the U.S. on Jan. 5, e.g. at 3 p.m. yesterday.',
      'Then he left.',
    ]);
  });

  it('should end a sentence at an abbreviation that closes it before a capital, as wink does', () => {
    assert.deepEqual(sentences('He works at Acme Inc. The firm is big.'), ['He works at Acme Inc.', 'The firm is big.']);
    assert.deepEqual(sentences('The U.S. Army arrived. It was late.'), ['The U.S. Army arrived.', 'It was late.']);
  });

  it('should keep initials in the sentence', () => {
    assert.deepEqual(sentences('J. K. Rowling wrote it. She did.'), ['J. K. Rowling wrote it.', 'She did.']);
  });

  it('should keep a closing quote after the full stop in the sentence', () => {
    assert.deepEqual(sentences('He said "Stop." Then he left.'), ['He said "Stop."', 'Then he left.']);
    assert.deepEqual(sentences('“We are ready.” The minister nodded.'), ['“We are ready.”', 'The minister nodded.']);
    assert.deepEqual(sentences('He was there. (See p. 5.) Then he left.'), ['He was there.', '(See p. 5.)', 'Then he left.']);
  });

  it('should end sentences at ? and ! but not inside an ellipsis', () => {
    assert.deepEqual(sentences('He left... Then? Yes! Really?!'), ['He left... Then?', 'Yes!', 'Really?!']);
  });

  it('should split numbered lists as wink does', () => {
    assert.deepEqual(sentences('1. First item\n2. Second item'), ['1.', 'First item\n2.', 'Second item']);
  });

  it('should never let a sentence cross a blank line, and leave out line breaks at its ends', () => {
    assert.deepEqual(sentences('Title line\n\nBody starts here\n \n and ends. Next one.\n'), ['Title line', 'Body starts here', 'and ends.', 'Next one.']);
    const text = '\n\nA\n\n\n\nB';
    const tokens = tokenize(text);
    assert.deepEqual(splitSentences(text, tokens).map((s) => [s.first, s.last, s.start, s.end, s.paragraph]), [[1, 1, 2, 3, 1], [3, 3, 7, 8, 2]]);
  });

  it('should give nothing for an empty text or one of white space', () => {
    assert.deepEqual(sentences(''), []);
    assert.deepEqual(sentences(' \n\n\t '), []);
  });

  it('should find the boundaries a fresh wink finds on random sentences', () => {
    const wink = winkReference();
    const random = mulberry32(7);
    const atoms = ['He', 'said', 'The', 'However', 'the', 'man', 'Mr.', 'Dr.', 'J.', 'K.', 'U.S.', 'Inc.', 'etc.', 'e.g.', 'No.', 'p.', '.', '.', '.', '!', '?', '?!', '...', '…',
      '"', '"', '“', '”', "'", '’', '(', ')', ',', ';', ':', '-', '—', '1.', 'a.', 'A.', '5', 'Jan.', 'I', 'It', 'But', '\n', '\n\n', '\t', 'St.', 'vs.', 'a.m.', 'Ltd.', 'he', 'was'];
    const separators = [' ', ' ', ' ', '', '\n'];
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let n = 1 + Math.floor(random() * 14); n > 0; n--) text += pick(atoms) + pick(separators);
      // wink's sentence ends, as token indexes, against ours before the blank-line split: compare the ends of
      // wink's sentences that our split keeps (ours can only add ends at blank lines).
      const tokens = tokenize(text);
      const ours = new Set(splitSentences(text, tokens).map((s) => s.last));
      const missing = (r: WinkResult) => {
        if (r.tokens.length !== tokens.length) return -2;
        for (const [, last] of r.sentences) {
          let t = last;
          while (t >= 0 && tokens[t].type === 'tabCRLF') t--;
          if (t >= 0 && !ours.has(t)) return t;
        }
        return -1;
      };
      const t = missing(wink(text, (r) => missing(r) === -1));
      assert.ok(t === -1, `${JSON.stringify(text)}: wink ends a sentence at token ${t} (${tokens[t]?.text})`);
    }
  });
});
