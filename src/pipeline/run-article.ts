import { createHash } from 'node:crypto';
import type { Article, ArticleDoc, ArticleStage, RawDocument } from '../model.js';
import { articleStages } from './article/index.js';
import { hostOf } from './article/metadata.js';

const defaultStages = articleStages();

/**
 * The longest article text the stages are run on (about 80,000 words; long-form news stays far below). Past it the
 * input is a dump or a page that failed to split, and the date stage alone would take minutes over it.
 */
export const MAX_ARTICLE_CHARS = 500_000;

/**
 * Run the article stages over one raw document. A stage that throws becomes a fatal message on the article;
 * the caller decides from the messages whether to store it.
 */
export function runArticleStages(raw: RawDocument, stages: ArticleStage[] = defaultStages): Article {
  const doc: ArticleDoc = { raw: { ...raw }, article: { messages: [...(raw.messages ?? [])] } };
  for (const stage of stages) {
    if (doc.article.messages.some((m) => m.severity === 'fatal')) break;
    const text = doc.article.text ?? doc.raw.text;
    if (text !== undefined && text.length > MAX_ARTICLE_CHARS) {
      doc.article.messages.push({
        severity: 'fatal', stage: stage.name, rule: 'text-too-long',
        text: `${raw.source}: the article text is ${text.length.toLocaleString('en')} characters, more than the ${MAX_ARTICLE_CHARS.toLocaleString('en')} one article can hold; it looks like a whole dump or a page that is not one article, so it was not stored.`,
      });
      break;
    }
    try {
      stage.run(doc);
    } catch (error) {
      doc.article.messages.push({
        severity: 'fatal', stage: stage.name, rule: 'stage-error',
        text: `${raw.source}: the ${stage.name} stage failed: ${(error as Error).message}.`,
      });
      break;
    }
  }
  const a = doc.article;
  const article: Article = {
    id: '',
    source: raw.source,
    format: raw.format,
    url: a.url ?? null,
    outlet: a.outlet ?? null,
    title: a.title ?? null,
    published: a.published ?? null,
    publishedConfidence: a.publishedConfidence ?? null,
    publishedEvidence: a.publishedEvidence ?? null,
    pageDate: a.pageDate ?? null,
    modified: a.modified ?? null,
    dateWarnings: a.dateWarnings ?? [],
    authors: a.authors ?? [],
    contributors: a.contributors ?? [],
    language: a.language ?? null,
    nonEnglish: a.nonEnglish ?? false,
    dateline: a.dateline ?? null,
    captions: a.captions ?? [],
    credit: a.credit ?? null,
    text: a.text ?? '',
    dates: a.dates ?? [],
    removed: a.removed ?? [],
    sentences: a.sentences ?? [],
    entities: a.entities ?? [],
    quotes: a.quotes ?? [],
    figures: a.figures ?? [],
    eventDate: a.eventDate ?? null,
    eventDateEvidence: a.eventDateEvidence ?? null,
    messages: a.messages,
  };
  article.id = articleId(article);
  return article;
}

/** True when a stage found the article unusable. */
export function isFatal(article: Article): boolean {
  return article.messages.some((m) => m.severity === 'fatal');
}

/** Text normalised for identity: case, punctuation style and whitespace do not make a new article. */
export function normaliseForIdentity(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An article's id: the same words from the same outlet (by URL host, else outlet name) are one article, so
 * re-ingesting adds nothing; the same words from another outlet are a separate article, linked later as a copy.
 */
export function articleId(article: Pick<Article, 'text' | 'url' | 'outlet'>): string {
  const who = hostOf(article.url) ?? article.outlet?.toLowerCase() ?? '';
  return createHash('sha256').update(who).update('\n').update(normaliseForIdentity(article.text)).digest('hex').slice(0, 16);
}
