import type { Store } from '../../store/store.js';
import { storeEvents } from './events.js';

/**
 * The events corpus stage: group the stored articles into events and date each undated article from its event
 * (low confidence, with a warning that says so). Events themselves are a view, built from the store when asked
 * (`storyline events`, `storyline timeline`), so they are never stale; this stage only writes the estimates.
 */
export async function dateFromEvents(store: Store): Promise<{ dated: number } | null> {
  const { articles: count } = await store.summary();
  if ((await store.getMarker('events.articles')) === String(count)) return null;
  const { estimates } = await storeEvents(store);
  const dated = await store.applyPublishedEstimates(estimates);
  await store.setMarker('events.articles', String(count));
  return { dated };
}
