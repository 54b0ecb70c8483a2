import type { ArticleStage, DateMention, Sentence } from '../../model.js';

/** How many days before publication a lead's date may lie and still be the day of the news. */
const MAX_DAYS_BEFORE = 10;

/** Date words that measure time or place it relative to something else: not the day a thing happened. */
const NOT_A_DAY = /\b(after|before|ago|within|for|next|until|since|by|later|earlier|over the|during|past|coming)\b/i;

/** A relative clause between the sentence start and the date: "the levee that failed on Wednesday" is background. */
const RELATIVE_CLAUSE = /\b\w+\s+(that|which|who|whose)\s+\w+/i;

/**
 * The day of an article's main happening, from the dates in its lead (the first two sentences): the first day the lead
 * names on its main clause ("killed four people on Wednesday"), at most ten days before publication and not after it.
 * Dates inside a relative clause ("the levee that failed on Wednesday"), durations ("two weeks after") and dates
 * out of range are passed over. Without one, the publication date stands, and the evidence says so.
 */
export function findEventDate(
  text: string,
  sentences: Sentence[],
  dates: DateMention[],
  published: string | null,
): { date: string | null; evidence: string | null } {
  if (!published) return { date: null, evidence: null };
  const lead = sentences.slice(0, 2);
  for (const mention of dates) {
    const sentence = lead.find((s) => mention.start >= s.start && mention.end <= s.end);
    if (!sentence) continue;
    if (NOT_A_DAY.test(mention.text)) continue;
    const before = text.slice(sentence.start, mention.start);
    if (RELATIVE_CLAUSE.test(before)) continue;
    const days = daysBetween(mention.date, published);
    if (days < 0 || days > MAX_DAYS_BEFORE) continue;
    return { date: mention.date, evidence: `"${mention.text.trim().replace(/[,.;:]$/, '')}" in the lead` };
  }
  return { date: published, evidence: 'the publication date: the lead names no day' };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The event-date stage: fills `eventDate` and `eventDateEvidence` from the lead's dates and the publication date. */
export function eventDateStage(): ArticleStage {
  return {
    name: 'event-date',
    run(doc) {
      const a = doc.article;
      const { date, evidence } = findEventDate(a.text ?? '', a.sentences ?? [], a.dates ?? [], a.published ?? null);
      a.eventDate = date;
      a.eventDateEvidence = evidence;
    },
  };
}
