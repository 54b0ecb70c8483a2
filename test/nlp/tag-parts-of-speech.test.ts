import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyse } from '../../bench/wink-analyse.js';
import { TAGGER_MODEL_URL, createPartOfSpeechTagger, shippedTagger, tagPartsOfSpeech } from '../../src/nlp/tag-parts-of-speech.js';
import { decodeTaggerModel } from '../../src/nlp/tagger-model.js';
import { lexicalClass } from '../../src/nlp/lexical-class.js';
import {
  AFTER_SENTENCE,
  BEFORE_SENTENCE,
  MAX_STATIC_KEYS,
  TAG_KEYS,
  hashString,
  staticKeys,
  tagKeys,
  wordValues,
} from '../../src/nlp/tagger-features.js';

/** wink's tokens of a text with their tags, sentence by sentence. */
function winkSentences(text: string): Array<{ words: string[]; types: string[]; tags: string[] }> {
  const out: Array<{ words: string[]; types: string[]; tags: string[] }> = [];
  for (const t of analyse(text).tokens) {
    const s = (out[t.sentence] ??= { words: [], types: [], tags: [] });
    s.words.push(t.text);
    s.types.push(t.type);
    s.tags.push(t.pos);
  }
  return out.filter(Boolean);
}

const NEWS = [
  'Interior Minister Ana Delgado said on Thursday that 12 people were killed.',
  'The levee, which had been overtopped, gave way before dawn on Wednesday, officials said.',
  '"We had minutes, not hours," Mayor Anna Lund of Belmoor told reporters.',
  'About 3,400 residents were evacuated to schools in Carrow, 22 kilometres downstream, the ministry said.',
  "The government's inquiry will report by June, and it is expected to recommend new funding for flood defences.",
  'Shares of Acme Corp. fell 4.5% to $12.30 after the company cut its forecast.',
].join(' ');

describe('tagPartsOfSpeech', () => {
  it('should tag a plain news sentence as wink does', () => {
    const [s] = winkSentences('Interior Minister Ana Delgado said on Thursday that 12 people were killed.');
    const tags = tagPartsOfSpeech(s.words, s.types);
    const tagOf = (word: string): string => tags[s.words.indexOf(word)];
    assert.equal(tagOf('Ana'), 'PROPN');
    assert.equal(tagOf('Delgado'), 'PROPN');
    assert.equal(tagOf('said'), 'VERB');
    assert.equal(tagOf('killed'), 'VERB');
    assert.equal(tagOf('12'), 'NUM');
    assert.equal(tagOf('were'), 'AUX');
    assert.equal(tagOf('people'), 'NOUN');
    assert.equal(tagOf('on'), 'ADP');
    assert.equal(tagOf('.'), 'PUNCT');
    assert.deepEqual(tags, s.tags);
  });

  it('should agree with wink on nearly every token of a few news paragraphs', () => {
    let same = 0;
    let total = 0;
    for (const s of winkSentences(NEWS)) {
      const tags = tagPartsOfSpeech(s.words, s.types);
      assert.equal(tags.length, s.words.length);
      for (let i = 0; i < tags.length; i++) if (tags[i] === s.tags[i]) same++;
      total += tags.length;
    }
    assert.ok(total > 80, `expected the paragraphs to hold over 80 tokens, found ${total}`);
    assert.ok(same / total >= 0.97, `agreement ${same}/${total}`);
  });

  it('should tell a noun from a verb by its neighbours', () => {
    const tags = tagPartsOfSpeech(['They', 'plan', 'to', 'rebuild', 'the', 'bridge', '.'], ['word', 'word', 'word', 'word', 'word', 'word', 'punctuation']);
    assert.equal(tags[1], 'VERB');
    const noun = tagPartsOfSpeech(['The', 'plan', 'was', 'approved', '.'], ['word', 'word', 'word', 'word', 'punctuation']);
    assert.equal(noun[1], 'NOUN');
  });

  it('should return no tags for an empty sentence', () => {
    assert.deepEqual(tagPartsOfSpeech([]), []);
    assert.deepEqual(tagPartsOfSpeech([], []), []);
  });

  it('should tag odd tokens without failing, with or without their types', () => {
    const words = ['', ' ', '😀', 'https://example.com/a?b=c', 'x'.repeat(5000), '\u0000', '\u0002', '\u0003', 'Ünïcödé', '３', '—', '@', '#tag', '$', '4.5bn', "'s", 'n’t'];
    const types = words.map(() => 'no-such-type');
    for (const tags of [tagPartsOfSpeech(words), tagPartsOfSpeech(words, types)]) {
      assert.equal(tags.length, words.length);
      for (const t of tags) assert.ok(shippedTagger().tags.includes(t), `unexpected tag ${t}`);
    }
    const many = Array.from({ length: 40 }, (_, i) => `type${i}`);
    assert.equal(tagPartsOfSpeech(many, many).length, many.length);
  });

  it('should tag a very long sentence', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => (i % 10 === 9 ? ',' : `word${i % 300}`));
    assert.equal(tagPartsOfSpeech(words).length, words.length);
  });

  it('should write only the range it is given', () => {
    const [s] = winkSentences('Officials said the river was rising.');
    const words = ['Ignore', 'me', ...s.words, 'and', 'me'];
    const types = ['word', 'word', ...s.types, 'word', 'word'];
    const out = new Uint8Array(words.length).fill(255);
    shippedTagger().tagIds(words, types, 2, 2 + s.words.length, out);
    assert.deepEqual([out[0], out[1], out[out.length - 2], out[out.length - 1]], [255, 255, 255, 255]);
    assert.deepEqual([...out.subarray(2, 2 + s.words.length)].map((t) => shippedTagger().tags[t]), tagPartsOfSpeech(s.words, s.types));
  });

  it('should give the tags the trainer would: its summed tables match scoring every feature one by one', () => {
    const sample = join(process.cwd(), 'examples', 'corpus', 'text');
    const texts = [NEWS, ...readdirSync(sample).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(sample, f), 'utf8'))];
    const model = decodeTaggerModel(readFileSync(TAGGER_MODEL_URL));
    const tagger = createPartOfSpeechTagger(model);
    const C = model.tags.length;
    const rows = new Map<number, number>();
    model.keys.forEach((k, f) => rows.set(k, f));
    const before = wordValues(BEFORE_SENTENCE, model.lexicon);
    const after = wordValues(AFTER_SENTENCE, model.lexicon);
    const keys = new Int32Array(MAX_STATIC_KEYS + TAG_KEYS);
    let scored = 0;
    for (const s of texts.flatMap(winkSentences)) {
      const words = s.words.map((w) => wordValues(w, model.lexicon));
      const typeHashes = s.types.map(hashString);
      const expected: string[] = [];
      let prev = C;
      let prev2 = C;
      for (let i = 0; i < words.length; i++) {
        let tag = model.dictionary.get(s.words[i]) ?? (s.types[i] === 'word' ? model.classDictionary.get(lexicalClass(s.words[i], model.lexicon)) : undefined) ?? -1;
        if (tag < 0) {
          scored++;
          staticKeys(words, typeHashes, i, before, after, keys, 0);
          tagKeys(prev, prev2, words[i], keys, MAX_STATIC_KEYS);
          const scores = new Float64Array(C);
          for (const k of keys) {
            const f = rows.get(k);
            if (f !== undefined) for (let c = 0; c < C; c++) scores[c] += model.weights[f * C + c];
          }
          tag = scores.indexOf(Math.max(...scores));
        }
        expected.push(model.tags[tag]);
        prev2 = prev;
        prev = tag;
      }
      assert.deepEqual(tagger.tag(s.words, s.types), expected);
    }
    assert.ok(scored > 1000, `expected over 1,000 tokens outside the dictionaries, found ${scored}`);
  });
});
