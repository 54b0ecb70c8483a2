import type { PublishedEstimate, StoryEvent } from './event-input.js';
import type { ArticleFeatures } from './features.js';
import { isoDay } from './features.js';
import { eventTitle } from './event-title.js';

/** What the summary reads of an event's article. */
export type Member = Pick<ArticleFeatures, 'id' | 'trust' | 'day' | 'ownDay' | 'leadWeekday' | 'title' | 'actors' | 'places'>;

/** How many actors an event lists at most. */
const MAX_ACTORS = 8;

/**
 * The date, title, place and actors of an event from its articles. The date is the most common day named by its
 * firmly dated articles; failing those, the earliest publication day of the others (the happening was on or before
 * it), moved back to the weekday an undated member's lead names ("on Saturday") when that is within the week before;
 * failing those, the most common day its unreliably dated articles name themselves.
 * The title is the most central article's, cleaned.
 */
export function summariseEvent<M extends Member>(id: string, members: M[], similarity: (a: M, b: M) => number): StoryEvent {
  return {
    id,
    date: eventDay(members),
    title: eventTitle(central(members, similarity).title),
    articleIds: members.map((m) => m.id),
    entityIds: rank(members.map((m) => m.actors.slice(0, MAX_ACTORS))).slice(0, MAX_ACTORS),
    place: rank(members.map((m) => m.places.slice(0, 3)))[0] ?? null,
  };
}

/** The event's day: see {@link summariseEvent}. */
export function eventDay(members: Member[]): string | null {
  const firm = members.filter((m) => m.trust === 'firm' && m.day !== null).map((m) => m.day!);
  if (firm.length) return isoDay(mode(firm));
  const upper = members.filter((m) => m.trust === 'upper' && m.day !== null).map((m) => m.day!);
  if (!upper.length) {
    const own = members.filter((m) => m.ownDay !== null).map((m) => m.ownDay!);
    return own.length ? isoDay(mode(own)) : null;
  }
  const latest = Math.min(...upper);
  const weekday = members.find((m) => m.trust === 'none' && m.leadWeekday !== null)?.leadWeekday;
  if (weekday === undefined || weekday === null) return isoDay(latest);
  const back = (((latest + 4) % 7) - weekday + 7) % 7; // day 0 (1970-01-01) was a Thursday
  return isoDay(latest - back);
}

/**
 * The `published` estimate of an article without a reliable date: its own date when that falls in the week after
 * its event (a later report), else the event's day.
 */
export function estimatePublished(
  member: Member & { published?: string | null },
  event: Pick<StoryEvent, 'id' | 'date' | 'title' | 'articleIds'>,
  own: string | null = member.published ?? null,
): PublishedEstimate | null {
  if (!event.date) return null;
  const others = event.articleIds.length - 1;
  const from = `its event "${event.title}" (${event.date}, ${others} other article${others === 1 ? '' : 's'})`;
  if (own && own >= event.date && Date.parse(own) - Date.parse(event.date) <= 7 * 86_400_000) {
    return { articleId: member.id, published: own, eventId: event.id, warning: `The published date ${own} agrees with ${from}; kept.` };
  }
  return { articleId: member.id, published: event.date, eventId: event.id, warning: `Published estimated as ${event.date} from ${from}.` };
}

function mode(days: number[]): number {
  const counts = new Map<number, number>();
  for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best = days[0];
  let top = 0;
  for (const [d, n] of counts) if (n > top || (n === top && d < best)) [best, top] = [d, n];
  return best;
}

/** Names ranked by how many articles list them, then by their first article's order. */
function rank(lists: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const name of new Set(list)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** The member most like the others (the first one of a pair or a single). */
function central<M>(members: M[], similarity: (a: M, b: M) => number): M {
  if (members.length <= 2) return members[0];
  const pool = members.slice(0, 30);
  let best = pool[0];
  let bestSum = -1;
  for (const a of pool) {
    let sum = 0;
    for (const b of pool) if (a !== b) sum += similarity(a, b);
    if (sum > bestSum) [best, bestSum] = [a, sum];
  }
  return best;
}
