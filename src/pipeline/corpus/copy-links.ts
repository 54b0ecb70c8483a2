import type { Store } from '../../store/store.js';
import { findCopies, type CopyInput } from './copies.js';
import { whenArticlesChange } from './when-articles-change.js';

/**
 * The copies corpus stage: link duplicates, syndicated reposts, rewrites and summaries to their originals. It runs
 * when the store holds articles it has not seen, and rebuilds the links over the whole store (candidate search is
 * MinHash/LSH, so the rebuild grows about linearly); `CopyIndex` can add articles incrementally, but its index is
 * not yet persisted between runs, so each ingest rebuilds.
 */
export async function linkCopies(store: Store): Promise<{ links: number } | null> {
  return whenArticlesChange(store, 'copies', async () => {
    const articles = (await store.listArticles()).filter((a) => !a.nonEnglish && a.text);
    const inputs: CopyInput[] = articles.map((a) => ({
      id: a.id, text: a.text, title: a.title, outlet: a.outlet, published: a.published,
      publishedConfidence: a.publishedConfidence, dateWarnings: a.dateWarnings, credit: a.credit,
    }));
    const links = findCopies(inputs);
    await store.replaceCopies(links);
    return { links: links.length };
  });
}
