import type { EventInput, PublishedEstimate, StoryEvent } from './event-input.js';
import { EventIndex } from './event-index.js';

/**
 * Group articles into events in one pass over a fresh index: the full rebuild. The incremental path is
 * `EventIndex.add`; both run the same code, so a rebuild and a run of adds in date order agree.
 */
export function clusterEvents(inputs: EventInput[]): StoryEvent[] {
  const index = new EventIndex();
  index.add(inputs);
  return index.events();
}

/** Events and the `published` estimates of the articles without a reliable date, in one rebuild. */
export function clusterEventsWithEstimates(inputs: EventInput[]): { events: StoryEvent[]; estimates: PublishedEstimate[] } {
  const index = new EventIndex();
  index.add(inputs);
  return { events: index.events(), estimates: index.estimates() };
}
