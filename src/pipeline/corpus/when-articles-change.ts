import type { Store } from '../../store/store.js';

/**
 * Run a rebuilding corpus stage only when the store's articles changed since the stage last ran: the stage's marker
 * holds the article count it last saw (articles are only ever added). Returns the work's result, or null when skipped.
 */
export async function whenArticlesChange<T>(store: Store, stage: string, work: () => Promise<T>): Promise<T | null> {
  const { articles } = await store.summary();
  const marker = `${stage}.articles`;
  if ((await store.getMarker(marker)) === String(articles)) return null;
  const result = await work();
  await store.setMarker(marker, String(articles));
  return result;
}
