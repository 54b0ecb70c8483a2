import { EntityResolver } from '../../resolution/resolve-entities.js';
import type { Store } from '../../store/store.js';
import { pages } from './pages.js';

/** How many article entities one step of the stage resolves and saves. */
export const RESOLUTION_PAGE = 20_000;

/**
 * The entity-resolution corpus stage: merge the article entities stored since the last run into corpus entities.
 * Incremental: it pages through the unresolved article entities, in storing order, against the corpus entities
 * already there, and saves each page's new and changed entities and links in one transaction.
 */
export async function resolveStoredEntities(store: Store): Promise<{ resolved: number; entities: number }> {
  let resolver: EntityResolver | null = null;
  let resolved = 0;
  let entities = 0;
  for await (const records of pages(() => store.listArticleEntities({ unresolved: true, limit: RESOLUTION_PAGE }))) {
    resolver ??= new EntityResolver(await store.listEntities({ withArticles: false }));
    const result = resolver.add(records);
    await store.saveEntities(result.entities, result.links);
    resolved += result.links.size;
    entities += result.entities.length;
  }
  return { resolved, entities };
}
