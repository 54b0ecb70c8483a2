import type { Article, Quote } from '../../src/model.js';

/** One gold quote of the sample corpus. */
export interface GoldQuote {
  key: string;
  text: string;
  speaker: string;
  speakerType: 'person' | 'anonymous' | 'org';
  verb: string;
}

/** Scores of predicted quotes against the gold quotes. */
export interface QuoteScore {
  precision: number;
  recall: number;
  /** Gold quotes found with the right speaker, over all gold quotes. */
  recallWithSpeaker: number;
  /** Right speakers over found quotes. */
  speakerAccuracy: number;
  misses: string[];
  wrongSpeakers: string[];
  falsePositives: string[];
}

/** Text for comparison: quote marks, whitespace and trailing punctuation evened out, lower case. */
export function normaliseQuote(text: string): string {
  return text.replace(/[“”"]/g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/[\s.,;:!?…]+$/, '').toLowerCase();
}

/** True when two quote texts are the same after normalising, or one holds the other at ≥ 0.9 of its length. */
export function sameQuote(a: string, b: string): boolean {
  const x = normaliseQuote(a);
  const y = normaliseQuote(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length / long.length >= 0.9;
}

/** Speaker names for comparison: lower case, without a leading "the" or a possessive. */
function normaliseName(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Score predicted quotes per article key against the gold: a prediction matches an unmatched gold quote of the same
 * key with the same text; its speaker is right when its name, mapped through the gold entities' aliases to a
 * canonical name, equals the gold speaker (anonymous and organisation speakers: equal or one containing the other).
 */
export function scoreQuotes(predicted: Map<string, Quote[]>, gold: GoldQuote[], entities: Array<{ name: string; aliases: string[] }>): QuoteScore {
  const canonical = new Map<string, string>();
  for (const e of entities) for (const a of [e.name, ...e.aliases]) canonical.set(normaliseName(a), normaliseName(e.name));
  const canon = (n: string): string => canonical.get(normaliseName(n)) ?? normaliseName(n);
  let found = 0;
  let right = 0;
  let predictedCount = 0;
  let unmatched = 0;
  const misses: string[] = [];
  const wrongSpeakers: string[] = [];
  const falsePositives: string[] = [];
  const used = new Set<GoldQuote>();
  for (const [key, quotes] of predicted) {
    for (const q of quotes) {
      predictedCount++;
      const g = gold.find((x) => x.key === key && !used.has(x) && sameQuote(x.text, q.text));
      if (!g) {
        unmatched++;
        falsePositives.push(`${key}: "${q.text.slice(0, 60)}" (${q.speaker.name || '?'})`);
        continue;
      }
      used.add(g);
      found++;
      const p = canon(q.speaker.name);
      const w = canon(g.speaker);
      const ok = p === w || (g.speakerType !== 'person' && p.length > 0 && (p.includes(w) || w.includes(p)));
      if (ok) right++;
      else wrongSpeakers.push(`${key}: "${g.text.slice(0, 50)}" expected ${g.speaker}, got ${q.speaker.name || '?'} (${q.speaker.mention?.text ?? 'no mention'})`);
    }
  }
  for (const g of gold) if (!used.has(g)) misses.push(`${g.key}: "${g.text.slice(0, 60)}" (${g.speaker})`);
  return {
    precision: predictedCount > 0 ? (predictedCount - unmatched) / predictedCount : 0,
    recall: gold.length > 0 ? found / gold.length : 0,
    recallWithSpeaker: gold.length > 0 ? right / gold.length : 0,
    speakerAccuracy: found > 0 ? right / found : 0,
    misses,
    wrongSpeakers,
    falsePositives,
  };
}

/** The quotes of the English articles, keyed as the gold file keys them. */
export function quotesByKey(articles: Map<string, Article>): Map<string, Quote[]> {
  const out = new Map<string, Quote[]>();
  for (const [key, a] of articles) if (!a.nonEnglish) out.set(key, a.quotes);
  return out;
}
