import type { PartOfSpeechTagger } from '../src/nlp/tag-parts-of-speech.js';
import type { TaggedCorpus } from './tagger-corpus.js';

/** How closely a tagger agrees with wink on one corpus, tag by tag. */
export interface TaggerAgreement {
  corpus: string;
  tokens: number;
  agreement: number;
  /** Per wink tag: tokens wink gave it, tokens the tagger gave it, tokens both gave it. */
  perTag: Map<string, { wink: number; ours: number; both: number }>;
  /** The commonest disagreements, "wink→ours" with their counts. */
  confusions: Array<[string, number]>;
}

/** Tag every sentence of the corpus and compare with wink's tags. */
export function measureAgreement(tagger: PartOfSpeechTagger, corpus: TaggedCorpus): TaggerAgreement {
  const out = new Uint8Array(corpus.words.length);
  tagAll(tagger, corpus, corpus.words, out);
  const perTag = new Map<string, { wink: number; ours: number; both: number }>();
  const entry = (t: string) => {
    let e = perTag.get(t);
    if (!e) perTag.set(t, (e = { wink: 0, ours: 0, both: 0 }));
    return e;
  };
  const confusions = new Map<string, number>();
  let same = 0;
  for (let i = 0; i < out.length; i++) {
    const wink = corpus.tags[i];
    const ours = tagger.tags[out[i]];
    entry(wink).wink++;
    entry(ours).ours++;
    if (wink === ours) {
      entry(wink).both++;
      same++;
    } else {
      const k = `${wink}→${ours}`;
      confusions.set(k, (confusions.get(k) ?? 0) + 1);
    }
  }
  return {
    corpus: corpus.name,
    tokens: out.length,
    agreement: same / Math.max(1, out.length),
    perTag,
    confusions: [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12),
  };
}

/**
 * Milliseconds per 1,000 tokens to tag the corpus, warm: the best of `rounds` passes after one pass to warm up. As in
 * the pipeline, where a tokenizer makes an article's token strings just before they are tagged, each pass takes the
 * sentences about 1,000 tokens at a time, makes new copies of their strings (so none comes with its hash cached),
 * then times the tagging of those.
 */
export function measureSpeed(tagger: PartOfSpeechTagger, corpus: TaggedCorpus, rounds = 5): number {
  const out = new Uint8Array(corpus.words.length);
  tagAll(tagger, corpus, corpus.words, out);
  const starts = corpus.sentenceStarts;
  const words = corpus.words.slice();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let time = 0;
    for (let s = 0; s + 1 < starts.length; ) {
      let e = s + 1;
      while (e + 1 < starts.length && starts[e] - starts[s] < 1000) e++;
      for (let i = starts[s]; i < starts[e]; i++) words[i] = freshCopy(corpus.words[i]);
      const t0 = performance.now();
      for (let k = s; k < e; k++) tagger.tagIds(words, corpus.types, starts[k], starts[k + 1], out);
      time += performance.now() - t0;
      s = e;
    }
    best = Math.min(best, time);
  }
  return (best / Math.max(1, corpus.words.length)) * 1000;
}

function freshCopy(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

function tagAll(tagger: PartOfSpeechTagger, corpus: TaggedCorpus, words: readonly string[], out: Uint8Array): void {
  const starts = corpus.sentenceStarts;
  for (let s = 0; s + 1 < starts.length; s++) tagger.tagIds(words, corpus.types, starts[s], starts[s + 1], out);
}

/** The agreement as printable lines: overall, then precision and recall per tag, then the commonest disagreements. */
export function formatAgreement(a: TaggerAgreement): string[] {
  const lines = [`${a.corpus}: ${a.tokens} tokens, agreement ${a.agreement.toFixed(4)}`];
  const rows = [...a.perTag].sort((x, y) => y[1].wink - x[1].wink);
  lines.push('  tag      wink   precision recall');
  for (const [tag, e] of rows) {
    const precision = e.ours ? e.both / e.ours : 1;
    const recall = e.wink ? e.both / e.wink : 1;
    lines.push(`  ${tag.padEnd(7)} ${String(e.wink).padStart(6)}   ${precision.toFixed(4)}    ${recall.toFixed(4)}`);
  }
  lines.push(`  disagreements (wink→ours): ${a.confusions.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return lines;
}
