import type { Sentence, Token } from '../model.js';
import { splitSentences } from './split-sentences.js';
import { shippedTagger } from './tag-parts-of-speech.js';
import { tokenize } from './tokenize.js';

/** Sentences and tokens of a text, with character offsets into it. */
export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
}

/** Buffers reused from one text to the next, grown as needed: tag ids, and the words and types a sentence is tagged from. */
let tagBuffer = new Uint8Array(4096);
const words: string[] = [];
const types: string[] = [];
const keptTokens: Token[] = [];

/**
 * Tokenise a text, split it into sentences and tag each sentence's tokens: what wink-nlp's `readDoc` with sentence
 * splitting and tagging gives (docs/tokenizer.md, docs/pos-tagger.md), at a fraction of its cost. Runs of tabs and
 * line breaks are not tokens of the result; a sentence never crosses a blank line. The tokenizer's tokens already
 * have the `Token` shape: the kept ones get their sentence and tag in place.
 */
export function analyse(text: string): Analysis {
  const raw = tokenize(text);
  const ranges = splitSentences(text, raw);
  // The reused buffers start empty even should an earlier call have stopped half-way.
  const kept = keptTokens;
  kept.length = 0;
  const sentences: Sentence[] = new Array(ranges.length);
  for (let s = 0; s < ranges.length; s++) {
    const r = ranges[s];
    sentences[s] = { start: r.start, end: r.end, paragraph: r.paragraph };
    for (let t = r.first; t <= r.last; t++) {
      const token = raw[t];
      if (token.type === 'tabCRLF') continue;
      token.sentence = s;
      kept.push(token);
    }
  }
  // A copy by `slice` rather than the array grown here, for the reason in tokenize.ts.
  const tokens: Token[] = kept.slice();
  kept.length = 0;
  const n = tokens.length;
  if (tagBuffer.length < n) tagBuffer = new Uint8Array(Math.max(n, tagBuffer.length * 2));
  words.length = n;
  types.length = n;
  for (let i = 0; i < n; i++) {
    words[i] = tokens[i].text;
    types[i] = tokens[i].type;
  }
  const tagger = shippedTagger();
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && tokens[to].sentence === tokens[from].sentence) to++;
    tagger.tagIds(words, types, from, to, tagBuffer);
    from = to;
  }
  const names = tagger.tags;
  for (let i = 0; i < n; i++) tokens[i].pos = names[tagBuffer[i]];
  // The buffers must not keep this text's strings alive.
  words.length = 0;
  types.length = 0;
  return { sentences, tokens };
}
