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
