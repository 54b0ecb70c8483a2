import type { Store } from '../../store/store.js';
import { storeEvents } from './events.js';
import { whenArticlesChange } from './when-articles-change.js';

/**
 * The events corpus stage: group the stored articles into events and date each undated article from its event
 * (low confidence, with a warning that says so). Events themselves are a view, built from the store when asked
 * (`storyline events`, `storyline timeline`), so they are never stale; this stage only writes the estimates.
 */
export async function dateFromEvents(store: Store): Promise<{ dated: number } | null> {
  return whenArticlesChange(store, 'events', async () => {
    const { estimates } = await storeEvents(store);
    return { dated: await store.applyPublishedEstimates(estimates) };
  });
}
