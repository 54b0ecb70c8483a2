import type { ArticleStage } from '../../model.js';
import { extractQuotes } from '../../quotes/extract-quotes.js';

/**
 * Find the article's direct and partial quotes with their speakers, speech verbs and the day they were said. Needs
 * the clean text and the sentences stage's tokens; reads the entity stage's entities and the dates stage's dates when
 * they are there. Non-English articles get no quotes: the rules are English.
 */
export function quotesStage(): ArticleStage {
  return {
    name: 'quotes',
    run(doc) {
      const { article } = doc;
      if (article.nonEnglish) {
        article.quotes = [];
        return;
      }
      if (article.text === undefined || doc.tokens === undefined) {
        throw new Error('The quotes stage needs the clean text and tokens: run the clean-text and sentences stages before it.');
      }
      article.quotes = extractQuotes({ text: article.text, tokens: doc.tokens, dates: article.dates, entities: article.entities });
    },
  };
}
