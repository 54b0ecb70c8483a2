import type { StoryEvent } from './event-input.js';
import { contentTerms } from './terms.js';

/** A link from an event to the earlier event it follows on from. */
export interface StoryLink {
  /** The earlier event. */
  from: string;
  /** The later event. */
  to: string;
  /** What they share: actors, place, and title words. */
  shared: string[];
  score: number;
}

/** Events on a timeline, with the links that tie each to what came before. */
export interface Storyline {
  events: StoryEvent[];
  links: StoryLink[];
}

/** Options of {@link linkStoryline}. */
export interface StorylineOptions {
  /** How far back an event looks for the one it follows, in days (default 21). */
  maxGapDays?: number;
  /** Least score for a link (default 0.15). */
  minScore?: number;
}

/**
 * Order events on a timeline (by date, undated last) and link each to the earlier event it most follows on from:
 * the one within the look-back that shares most of its actors, place and title words (Jaccard over those). Each
 * event is compared only with earlier events that share an actor, place or title word, found through an index.
 */
export function linkStoryline(events: StoryEvent[], options: StorylineOptions = {}): Storyline {
  const maxGap = options.maxGapDays ?? 21;
  const minScore = options.minScore ?? 0.15;
  const ordered = [...events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  const keys = ordered.map(eventKeys);
  const index = new Map<string, number[]>();
  const links: StoryLink[] = [];
  ordered.forEach((event, i) => {
    const seen = new Set<number>();
    for (const k of keys[i]) for (const j of index.get(k) ?? []) seen.add(j);
    let best: StoryLink | null = null;
    let bestJ = -1;
    for (const j of seen) {
      const earlier = ordered[j];
      if (event.date && earlier.date && days(earlier.date, event.date) > maxGap) continue;
      const shared = [...keys[i]].filter((k) => keys[j].has(k));
      const score = shared.length / (keys[i].size + keys[j].size - shared.length);
      // The closer of two equally related events is the one it follows.
      if (score >= minScore && (!best || score > best.score || (score === best.score && j > bestJ))) {
        best = { from: earlier.id, to: event.id, shared: display(shared), score };
        bestJ = j;
      }
    }
    if (best) links.push(best);
    for (const k of keys[i]) (index.get(k) ?? index.set(k, []).get(k)!).push(i);
  });
  return { events: ordered, links };
}

/** An event's keys: `a:` actors, `p:` its place, `w:` content words of its title. */
function eventKeys(e: StoryEvent): Set<string> {
  const keys = new Set<string>();
  for (const a of e.entityIds) keys.add('a:' + a);
  if (e.place) keys.add('a:' + e.place);
  for (const w of contentTerms(e.title)) keys.add('w:' + w);
  return keys;
}

/** Shared actors as named; title words (stemmed) only when no actor is shared. */
function display(keys: string[]): string[] {
  const actors = keys.filter((k) => k.startsWith('a:'));
  return (actors.length ? actors : keys).map((k) => k.slice(2));
}

function days(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
