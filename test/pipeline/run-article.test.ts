import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFatal, MAX_ARTICLE_CHARS, runArticleStages } from '../../src/pipeline/run-article.js';

describe('runArticleStages', () => {
  it('should refuse an article text longer than the cap with one fatal message, without running the stages over it', () => {
    const text = 'Flood warning\n\n' + 'The river rose on Tuesday and the levee held, the minister said. '.repeat(Math.ceil(MAX_ARTICLE_CHARS / 60));
    const started = Date.now();
    const article = runArticleStages({ source: 'dump.txt', format: 'text', text });
    assert.ok(isFatal(article));
    const fatal = article.messages.filter((m) => m.severity === 'fatal');
    assert.equal(fatal.length, 1);
    assert.equal(fatal[0].rule, 'text-too-long');
    assert.match(fatal[0].text, /^dump\.txt: the article text is [\d,]+ characters, more than the 500,000/);
    assert.ok(Date.now() - started < 2_000, `took ${Date.now() - started} ms`);
  });

  it('should refuse an HTML page whose extracted text is longer than the cap', () => {
    const html = `<html><body><p>${'The river rose on Tuesday and the levee held. '.repeat(Math.ceil(MAX_ARTICLE_CHARS / 40))}</p></body></html>`;
    const article = runArticleStages({ source: 'wide.html', format: 'html', html });
    assert.ok(isFatal(article));
    assert.equal(article.messages.find((m) => m.severity === 'fatal')?.rule, 'text-too-long');
  });

  it('should run the stages over an article under the cap', () => {
    const article = runArticleStages({ source: 'ok.txt', format: 'text', text: 'Levee holds\n\nThe levee on the river held overnight, officials said on Tuesday, and residents began to return home.' });
    assert.ok(!isFatal(article), JSON.stringify(article.messages));
    assert.match(article.text, /levee on the river held/);
  });
});
