import type { ArticleStage } from '../../model.js';
import { extractFigures } from '../../figures/extract-figures.js';

/**
 * The figures stage: owns `figures`. Reads the clean text, sentences, resolved date mentions, the publication date
 * and, when an entities stage ran before it, place entities. Non-English articles get no figures: the lexicons are
 * English.
 */
export function figuresStage(): ArticleStage {
  return {
    name: 'figures',
    run(doc) {
      const a = doc.article;
      if (a.text === undefined) throw new Error('figures needs `text` from clean-text');
      if (a.sentences === undefined) throw new Error('figures needs `sentences` from the sentences stage');
      if (a.nonEnglish) {
        a.figures = [];
        return;
      }
      a.figures = extractFigures({ text: a.text, sentences: a.sentences, dates: a.dates, published: a.published, entities: a.entities });
    },
  };
}
