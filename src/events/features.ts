import type { EventInput } from './event-input.js';
import { hash32 } from '../copies/shingles.js';
import { fold } from '../resolution/names.js';
import { contentTerms, properNames, quoteShingles, quotedSpans } from './terms.js';

/** How many words of the body count as the lead for content words: the happening is named at the top. */
const LEAD_WORDS = 120;
/** How many words of the body are searched for names: actors named lower down still say which happening it is. */
const NAME_WORDS = 400;

/**
 * How many shingles of each quote are kept: those with the smallest hashes (a bottom-k sample). The same quote in
 * another article, even lightly edited, yields mostly the same smallest hashes, so a shared quote is still seen, and a
 * long quote no longer adds dozens of features that the index must keep and post for every article.
 */
const QUOTE_SAMPLE = 8;

/** How many actor names an article keeps for its event's actor list. */
const MAX_NAMES = 8;

/**
 * How far an article's date can be trusted for grouping: `firm` when the lead names the day of the happening and the
 * publication date is sound; `upper` when the day is only the publication date (the happening was on or before it);
 * `none` when the article has no publication date or a warning about it, so it is grouped by content alone.
 */
export type DateTrust = 'firm' | 'upper' | 'none';

/** What the events stage keeps of an article: weighted features and a date, never the text. */
export interface ArticleFeatures {
  id: string;
  /** Feature → count. `t:` content words of title and lead, `n:` name words, `q:` quote shingles. */
  features: Map<string, number>;
  trust: DateTrust;
  /** Day number (days since 1970-01-01) of the event date (`firm`) or of publication (`upper`); null for `none`. */
  day: number | null;
  /** The article's own event day, reliable or not (day number), or null: the last resort for an event's date. */
  ownDay: number | null;
  /** The weekday (0 = Sunday) the lead names, for dating an undated article from its event. */
  leadWeekday: number | null;
  title: string;
  /** Actor names, most mentioned first (entity names, or the proper-name rule). */
  actors: string[];
  /** Place names, most mentioned first. */
  places: string[];
  outlet: string | null;
  /** The article's own publication date, reliable or not. */
  published: string | null;
}

/** Day number of an ISO date. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / 86_400_000);
}

/** ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The date trust of an input: see {@link DateTrust}. */
export function dateTrust(input: EventInput): DateTrust {
  if (!input.published || input.dateWarnings.length > 0) return 'none';
  if (!input.eventDate) return 'upper';
  return /^the publication date/i.test(input.eventDateEvidence ?? '') ? 'upper' : 'firm';
}

/** Compute the features of one article. */
export function articleFeatures(input: EventInput): ArticleFeatures {
  const features = new Map<string, number>();
  const bump = (key: string, by = 1) => features.set(key, (features.get(key) ?? 0) + by);
  const title = cleanSpaces(input.title || firstSentence(input.text));
  const words = input.text.split(/\s+/);
  const lead = words.slice(0, LEAD_WORDS).join(' ');
  for (const t of contentTerms(title)) bump('t:' + t, 2);
  for (const t of contentTerms(lead)) bump('t:' + t);

  const nameText = title + '\n' + words.slice(0, NAME_WORDS).join(' ');
  const actorCounts = new Map<string, number>();
  const placeCounts = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  if (input.entities.length) {
    for (const e of input.entities) {
      const key = e.id ?? e.name;
      count(e.type === 'place' ? placeCounts : actorCounts, key);
      for (const w of nameWords(e.name)) bump('n:' + w);
    }
  } else {
    for (const name of properNames(nameText)) {
      count(actorCounts, name);
      for (const w of nameWords(name)) bump('n:' + w);
    }
    for (const m of nameText.matchAll(/\b(?:in|at|near|into|to|from|of)\s+((?:[\p{Lu}][\p{L}'’-]+\s?){1,3})/gu)) {
      const name = m[1].trim();
      if (actorCounts.has(name)) count(placeCounts, name);
    }
  }
  // Months the text names: two reports of one happening name the same days; two like happenings years apart do not.
  for (const month of new Set(input.dates.map((d) => d.slice(0, 7)))) bump('t:@' + month);
  const quotes = input.quotes.length ? input.quotes : quotedSpans(input.text);
  for (const q of quotes) for (const s of sampleShingles(quoteShingles(q))) features.set('q:' + s, 1);

  const trust = dateTrust(input);
  const day = trust === 'firm' ? dayNumber(input.eventDate!) : trust === 'upper' ? dayNumber(input.published!) : null;
  return {
    id: input.id,
    features,
    trust,
    day,
    ownDay: input.eventDate ? dayNumber(input.eventDate) : null,
    leadWeekday: leadWeekday(words.slice(0, 40).join(' ')),
    title,
    // Only the leading names are kept: the index holds every article of the store.
    actors: byCount(actorCounts).slice(0, MAX_NAMES),
    places: byCount(placeCounts).slice(0, 3),
    outlet: input.outlet ?? null,
    published: input.published,
  };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The first weekday named as "on Saturday" in the opening words, or null. */
export function leadWeekday(text: string): number | null {
  const m = /\bon\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(text);
  return m ? WEEKDAYS.indexOf(m[1].toLowerCase()) : null;
}

/** The `QUOTE_SAMPLE` shingles with the smallest hashes. */
function sampleShingles(shingles: string[]): string[] {
  if (shingles.length <= QUOTE_SAMPLE) return shingles;
  return shingles
    .map((s) => [hash32(s), s] as const)
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1))
    .slice(0, QUOTE_SAMPLE)
    .map(([, s]) => s);
}

function nameWords(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/^(the|of|and|mr|mrs|dr)$/.test(w));
}

function byCount(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

/** The first sentence of a text, at most 25 words: the headline of an article that has none. */
function firstSentence(text: string): string {
  const first = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
  return first.split(/\s+/).slice(0, 25).join(' ');
}

function cleanSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
