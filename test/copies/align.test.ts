import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, alignSentences, splitSentences } from '../../src/copies/align.js';

const ORIGINAL = `The levee at Kessel Ford gave way before dawn on Wednesday, flooding the town centre.

At least four people died and dozens were rescued from rooftops by army boats, officials said.

The river had been rising for five days after record rainfall across the upper valley.`;

describe('splitSentences', () => {
  it('should split paragraphs and sentences but not inside a paragraph quote', () => {
    assert.deepEqual(splitSentences('One thing. "Two things," she said.\n\nThree.'), ['One thing.', '"Two things," she said.', 'Three.']);
  });
});

describe('align', () => {
  it('should cover both sides fully and verbatim for the same text', () => {
    const a = alignSentences(ORIGINAL);
    const r = align(a, a);
    assert.equal(r.coverageA, 1);
    assert.equal(r.verbatimB, 1);
    assert.equal(r.similarity, 1);
  });

  it('should match reordered sentences', () => {
    const reordered = ORIGINAL.split('\n\n').reverse().join('\n\n');
    const r = align(alignSentences(reordered), alignSentences(ORIGINAL));
    assert.equal(r.coverageA, 1);
    assert.equal(r.verbatimA, 1);
  });

  it('should match lightly reworded sentences, not verbatim', () => {
    const reworded = `Before dawn on Wednesday the levee at Kessel Ford collapsed, flooding the centre of the town.

Officials said at least four people were killed and dozens rescued from rooftops by army boats.`;
    const r = align(alignSentences(reworded), alignSentences(ORIGINAL));
    assert.equal(r.coverageA, 1);
    assert.equal(r.verbatimA, 0);
    assert.ok(r.coverageB > 0.5 && r.coverageB < 1);
    assert.ok(r.similarity > 0.5 && r.similarity < 1, `similarity ${r.similarity}`);
  });

  it('should not match sentences about other things', () => {
    const other = `The council approved a new budget for the harbour on Monday.

Fishing quotas will be reviewed next spring, the minister said.`;
    const r = align(alignSentences(other), alignSentences(ORIGINAL));
    assert.equal(r.coverageA, 0);
    assert.equal(r.similarity, 0);
  });
});
