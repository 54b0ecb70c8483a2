import type { DateMention } from '../model.js';

/**
 * The day a figure is stated as current. By default the publication date: news gives the latest count it has.
 * A day written in the figure's sentence moves it: "said on Saturday that 22 people had died" is Saturday's count
 * in a Sunday paper, "by Sunday night" is Sunday's. The dates stage has already resolved those mentions against
 * the publication date (`article.dates`); this picks the one nearest the number. Mentions that are not the
 * count's day are skipped: a start ("since April 3"), a deadline ("until Friday", "within ten days"), a day after
 * publication, and a vague span ("last week", which is a week, not a day) unless written "as of".
 */
export function asOfFor(dates: DateMention[], sentenceStart: number, sentenceEnd: number, numberStart: number, text: string, published: string | null): string | null {
  if (!published) return null;
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    if (d.start < sentenceStart || d.end > sentenceEnd || d.date > published) continue;
    const before = text.slice(Math.max(sentenceStart, d.start - 12), d.start);
    if (/\b(?:since|until|till|within|before|from|after)\s+$/i.test(before)) continue;
    // Only a day in the number's own clause, or the day of the report ("said on Saturday that …"), dates the count:
    // "…, where a levee failed early on Wednesday" and "since the levee gave way on April 3" date other events.
    const between = (d.start >= numberStart ? text.slice(numberStart, d.start) : text.slice(d.end, numberStart)).replace(/\d,\d/g, '');
    const clause = text.slice(Math.max(sentenceStart, text.lastIndexOf(',', d.start) + 1), d.start);
    const reportDay = /\b(?:said|says|told|reported|announced|estimated|confirmed|stated)\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(sentenceStart, d.start - 24), d.start));
    if (!reportDay && (/[,;:]/.test(between) || /\b(?:since|when|where|after|before|until|would|will)\b/i.test(clause))) continue;
    const asOf = /\bas of\s+$/i.test(before);
    if (!asOf && !/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|\d)/i.test(d.text)) continue;
    const distance = d.start >= numberStart ? d.start - numberStart : numberStart - d.end;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best ? best.date : published;
}
