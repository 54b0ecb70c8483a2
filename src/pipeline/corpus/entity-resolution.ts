import { resolveEntities } from '../../resolution/resolve-entities.js';
import type { Store } from '../../store/store.js';

/**
 * The entity-resolution corpus stage: merge the article entities stored since the last run into corpus entities.
 * Incremental: only unresolved article entities are read, against the corpus entities already there.
 */
export async function resolveStoredEntities(store: Store): Promise<{ resolved: number; entities: number }> {
  const records = await store.listArticleEntities({ unresolved: true });
  if (!records.length) return { resolved: 0, entities: 0 };
  const existing = await store.listEntities({ withArticles: false });
  const { entities, links } = resolveEntities(existing, records);
  await store.saveEntities(entities, links);
  return { resolved: links.size, entities: entities.length };
}
