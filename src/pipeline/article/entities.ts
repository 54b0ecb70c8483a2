import type { ArticleStage } from '../../model.js';
import { extractEntities } from '../../entities/extract-entities.js';

/**
 * Find the people, organisations, places and groups of the clean text and link their mentions within the article.
 * Needs the sentences stage's tokens; non-English articles get no entities, since the lexicons are English.
 */
export function entitiesStage(): ArticleStage {
  return {
    name: 'entities',
    run(doc) {
      if (doc.article.nonEnglish) {
        doc.article.entities = [];
        return;
      }
      if (!doc.tokens || doc.article.text === undefined) {
        throw new Error('the entities stage needs `text` and tokens from the sentences stage; run sentencesStage() before it');
      }
      doc.article.entities = extractEntities(doc.article.text, doc.tokens);
    },
  };
}
