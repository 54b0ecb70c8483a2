import type { ArticleEntity, DateMention, Quote } from '../../src/model.js';
import { analyse } from '../../src/nlp/analyse.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';

/** The quotes of a text, through the same tokeniser the sentences stage uses. */
export function quotesOf(text: string, extra: { dates?: DateMention[]; entities?: ArticleEntity[] } = {}): Quote[] {
  return extractQuotes({ text, tokens: analyse(text).tokens, ...extra });
}

/** Quote text → speaker name, for short assertions. */
export function speakers(text: string): Array<[string, string]> {
  return quotesOf(text).map((q) => [q.text, q.speaker.name]);
}
