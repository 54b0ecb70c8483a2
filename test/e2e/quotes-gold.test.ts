import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Article } from '../../src/model.js';
import { loadCorpusArticles, loadCorpusGold } from '../helpers/corpus-articles.js';
import { quotesByKey, scoreQuotes, type GoldQuote } from './quotes-score.js';

describe('quotes on the sample corpus', () => {
  let articles: Map<string, Article>;
  const gold = loadCorpusGold();

  before(async () => {
    articles = await loadCorpusArticles();
  });

  it('should find the gold quotes with their speakers at precision and recall of 0.9 or more', (t) => {
    const s = scoreQuotes(quotesByKey(articles), gold.quotes as GoldQuote[], gold.entities);
    t.diagnostic(`quotes: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, recall with right speaker ${s.recallWithSpeaker.toFixed(3)}, speaker accuracy ${s.speakerAccuracy.toFixed(3)}`);
    for (const m of s.misses) t.diagnostic(`missed ${m}`);
    for (const w of s.wrongSpeakers) t.diagnostic(`wrong speaker ${w}`);
    for (const f of s.falsePositives) t.diagnostic(`not in gold ${f}`);
    assert.ok(s.recallWithSpeaker >= 0.9, `recall with right speaker ${s.recallWithSpeaker.toFixed(3)} < 0.9`);
    assert.ok(s.precision >= 0.9, `precision ${s.precision.toFixed(3)} < 0.9`);
  });

  it('should give offsets that cut each quote text out of the clean text', () => {
    for (const a of articles.values()) for (const q of a.quotes) assert.equal(a.text.slice(q.start, q.end), q.text);
  });

  it('should number quotes q1, q2, … and give the French article none', () => {
    for (const a of articles.values()) {
      assert.deepEqual(a.quotes.map((q) => q.id), a.quotes.map((_, i) => `q${i + 1}`));
      if (a.nonEnglish) assert.deepEqual(a.quotes, []);
    }
  });
});
