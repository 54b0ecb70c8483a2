import type { ArticleStage } from '../../model.js';
import { cleanTextStage } from './clean-text.js';
import { datesStage } from './dates.js';
import { eventDateStage } from './event-date.js';
import { entitiesStage } from './entities.js';
import { extractHtmlStage } from './extract-html.js';
import { figuresStage } from './figures.js';
import { metadataStage } from './metadata.js';
import { quotesStage } from './quotes.js';
import { sentencesStage } from './sentences.js';

/** The article stages, in the order they run. Each fills its own keys of the article. */
export function articleStages(): ArticleStage[] {
  return [
    extractHtmlStage(), cleanTextStage(), metadataStage(), datesStage(), sentencesStage(), entitiesStage(), quotesStage(),
    figuresStage(), eventDateStage(),
  ];
}
