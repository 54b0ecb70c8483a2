import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHAR_CLASS, LETTER, MARK, SPACE, WORD_CLOSER, WORD_PART, WORD_START } from '../../src/nlp/char-class.js';

describe('CHAR_CLASS', () => {
  it('should agree with wink\'s patterns on every UTF-16 code unit', () => {
    const classes: Array<[string, number, RegExp]> = [
      ['LETTER', LETTER, /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0300-\u036f\u2060]$/i],
      ['WORD_START', WORD_START, /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]$/i],
      ['WORD_PART', WORD_PART, /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF0-9\u0300-\u036f\u2060]$/i],
      ['WORD_CLOSER', WORD_CLOSER, /^[’”"\])}…,.!;?/:]$/],
      ['SPACE', SPACE, /^[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]$/],
    ];
    for (const [name, flag, regex] of classes) {
      for (let c = 0; c < 0x10000; c++) {
        const expected = regex.test(String.fromCharCode(c));
        if (((CHAR_CLASS[c] & flag) !== 0) !== expected) assert.fail(`${name} of U+${c.toString(16).padStart(4, '0')}: expected ${expected}`);
      }
    }
  });

  it('should mark the letters that only wink\'s whole-word pattern takes', () => {
    assert.ok(CHAR_CLASS[0x301] & MARK);
    assert.ok(CHAR_CLASS[0x2060] & MARK);
    assert.equal(CHAR_CLASS[0x61] & MARK, 0);
  });
});
