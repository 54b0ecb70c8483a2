import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleDoc } from '../../src/model.js';
import { analyse } from '../../src/nlp/analyse.js';
import { quotesStage } from '../../src/pipeline/article/quotes.js';

function doc(text: string, nonEnglish = false): ArticleDoc {
  const { sentences, tokens } = analyse(text);
  return { raw: { source: 't', format: 'text', text }, article: { messages: [], text, sentences, nonEnglish }, tokens };
}

describe('quotesStage', () => {
  it('should write numbered quotes with exact offsets', () => {
    const d = doc('"We are ready," Maria Lopez said. "So is the town."');
    quotesStage().run(d);
    const quotes = d.article.quotes ?? [];
    assert.deepEqual(quotes.map((q) => q.id), ['q1', 'q2']);
    for (const q of quotes) assert.equal(d.article.text?.slice(q.start, q.end), q.text);
  });

  it('should work without the entity stage', () => {
    const d = doc('"We are ready," Maria Lopez said.');
    d.article.entities = undefined;
    quotesStage().run(d);
    assert.equal(d.article.quotes?.[0].speaker.name, 'Maria Lopez');
  });

  it('should skip a non-English article', () => {
    const d = doc('« Nous sommes prêts », a dit le maire.', true);
    quotesStage().run(d);
    assert.deepEqual(d.article.quotes, []);
  });

  it('should name the stages it needs when tokens are missing', () => {
    const d = doc('"Ready," she said.');
    d.tokens = undefined;
    assert.throws(() => quotesStage().run(d), /sentences stage/);
  });
});
