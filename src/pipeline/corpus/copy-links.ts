import type { Article } from '../../model.js';
import type { StageRow, Store } from '../../store/store.js';
import { CopyIndex, type CopyInput, type IndexedArticle, type Meta, type SavedEdge } from './copies.js';
import { pages } from './pages.js';
import { packState, unpackState } from './stage-state.js';

/** How many new articles one step of the stage indexes and saves: bounds its memory and the work a kill loses. */
export const COPIES_PAGE = 500;

/** Stage names of the saved state: one row per article (its band keys), one per article with an edge or link. */
const ARTICLES = 'copies';
const EDGES = 'copies.edges';

/** What copy detection reads of a stored article. */
export function copyInput(a: Article): CopyInput {
  return {
    id: a.id, text: a.text, title: a.title, outlet: a.outlet, published: a.published,
    publishedConfidence: a.publishedConfidence, dateWarnings: a.dateWarnings, credit: a.credit,
  };
}

/**
 * The copies corpus stage: link duplicates, syndicated reposts, rewrites and summaries to their originals. Each
 * article is indexed once: the stage pages through the articles it holds no state for, adds them to the copy index
 * (reloaded from its saved band keys, never from the texts) and saves their keys, the changed edges and the changed
 * links in one transaction per page. Texts are read back only for the candidate pairs it confirms.
 */
export async function linkCopies(store: Store): Promise<{ indexed: number; links: number }> {
  let index: CopyIndex | null = null;
  let indexed = 0;
  let links = 0;
  for await (const page of pages(() => store.listArticles({ unindexedBy: ARTICLES, limit: COPIES_PAGE }))) {
    index ??= await loadCopyIndex(store);
    await index.add(page.filter(isCopyCandidate).map(copyInput));
    const { articles, edges } = index.takeState();
    const rows: StageRow[] = articles.map(articleRow);
    // Articles copy detection does not read (non-English, empty) get a row too, so they are not read again.
    const done = new Set(articles.map((a) => a.meta.id));
    for (const a of page) if (!done.has(a.id)) rows.push({ stage: ARTICLES, key: a.id, value: packState(null) });
    rows.push(...edges.map(edgeRow));
    const changed = edges.flatMap((e) => (e.link ? [e.link] : []));
    await store.saveStageState({ rows, copies: changed });
    indexed += page.length;
    links += changed.length;
  }
  return { indexed, links };
}

/** Articles copy detection reads: English, with a text. */
function isCopyCandidate(a: Article): boolean {
  return !a.nonEnglish && a.text.length > 0;
}

/** The store's copy index, reloaded from the stage's saved rows, reading texts back from the store on demand. */
export async function loadCopyIndex(store: Store): Promise<CopyIndex> {
  const index = new CopyIndex({ load: async (ids) => (await store.listArticles({ ids })).map(copyInput) });
  const articles: IndexedArticle[] = [];
  for await (const row of store.readStageState(ARTICLES)) {
    const { json, arrays } = unpackState<Meta | null>(row.value);
    if (json) articles.push({ meta: json, doc: arrays[0] as Uint32Array, sentences: arrays[1] as Uint32Array });
  }
  const edges: SavedEdge[] = [];
  for await (const row of store.readStageState(EDGES)) edges.push(unpackState<SavedEdge>(row.value).json);
  index.restore(articles, edges);
  return index;
}

function articleRow(a: IndexedArticle): StageRow {
  return { stage: ARTICLES, key: a.meta.id, value: packState(a.meta, [a.doc, a.sentences]) };
}

function edgeRow(e: SavedEdge): StageRow {
  return { stage: EDGES, key: e.id, value: packState(e) };
}
