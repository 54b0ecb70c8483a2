import type { ArticleStage } from '../../model.js';
import { analyse } from '../../nlp/analyse.js';

/**
 * Split the clean text into sentences and tokens, with part-of-speech tags (`src/nlp/analyse.ts`). Sentences are stored; tokens
 * stay on the working document for the entity, quote and figure stages. Non-English articles get sentences only
 * from paragraph breaks: the English tagger would mislabel them and the English-only stages skip them anyway.
 */
export function sentencesStage(): ArticleStage {
  return {
    name: 'sentences',
    run(doc) {
      const text = doc.article.text ?? '';
      if (doc.article.nonEnglish) {
        doc.article.sentences = paragraphSpans(text);
        doc.tokens = [];
        return;
      }
      const { sentences, tokens } = analyse(text);
      doc.article.sentences = sentences;
      doc.tokens = tokens;
    },
  };
}

function paragraphSpans(text: string): Array<{ start: number; end: number; paragraph: number }> {
  const spans: Array<{ start: number; end: number; paragraph: number }> = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) spans.push({ start: m.index + lead, end: m.index + lead + body.length, paragraph: spans.length });
  }
  return spans;
}
