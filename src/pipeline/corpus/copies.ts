import type { CopyLink } from '../../model.js';
import { align, alignSentencesWithKeys, type AlignSentence } from '../../copies/align.js';
import { classify, MIN_CONTAINMENT, SUMMARY_RATIO, titleKey, type CopyRelation } from '../../copies/classify.js';
import { LshIndex } from '../../copies/lsh-index.js';
import { credibleDay, credits, headTags, isMoreOriginal, type OriginMeta } from '../../copies/original.js';
import { novelQuotes, quoteKeys, quoteWindows } from '../../copies/quotes.js';
import { contentKeys } from '../../copies/shingles.js';
import { DOC_BANDS, DOC_ROWS, SENTENCE_BANDS, SENTENCE_ROWS, docKeys, sentenceKeys } from '../../copies/signatures.js';

/** What copy detection reads of an article. */
export interface CopyInput {
  id: string;
  text: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedConfidence: string | null;
  dateWarnings: string[];
  credit: string | null;
}

export type { CopyLink };

/** Options of copy detection. */
export interface CopyOptions {
  /** Reads already-indexed articles back (from the store) to confirm a pair; needed by `CopyIndex.add` after the first batch. */
  load?: (ids: string[]) => CopyInput[] | Promise<CopyInput[]>;
  /** See `LshOptions.bucketCap`. */
  bucketCap?: number;
  /** The most candidates confirmed per new article, those sharing the most band keys first (default 8: a real copy shares the most keys, and each confirmation is a sentence alignment). */
  maxCandidates?: number;
}

/** Sentences an article needs to count as long: a long pair must share two sentence keys to be a candidate, a pair with a short text (a summary) one. */
const SHORT_SENTENCES = 5;

/** Find every copy link in a set of articles (a full rebuild). */
export function findCopies(articles: CopyInput[], options: CopyOptions = {}): Promise<CopyLink[]> {
  return new CopyIndex(options).add(articles);
}

/** A copy edge: the article's best-confirmed original (not always its group's root) and how it copies it. */
export interface Edge {
  of: string;
  relation: CopyRelation;
  similarity: number;
}

interface Prepared {
  sentences: AlignSentence[];
  /** See `quoteWindows`: made when the article is first a would-be original. */
  windows?: Set<string>[];
  keys: Set<string>;
  quotes: string[][];
  input: CopyInput;
}

/**
 * Copy detection kept up to date as articles arrive. It holds only band keys and a few fields per article; texts are
 * read back through `options.load` when a candidate pair needs confirming, so adding 1k articles to a 100k store
 * costs the 1k articles' keys, their candidates' alignments and one merge of the key arrays.
 */
export class CopyIndex {
  private readonly doc: LshIndex;
  private readonly sentences: LshIndex;
  private readonly meta = new Map<string, Meta>();
  private readonly parent = new Map<string, Edge>();
  private readonly children = new Map<string, Set<string>>();
  private readonly current = new Map<string, CopyLink>();
  private readonly cache = new PreparedCache();
  /** What changed since the last `takeState`: the articles indexed (with their keys) and the articles whose edge or link changed. */
  private readonly fresh: IndexedArticle[] = [];
  private readonly dirty = new Set<string>();

  constructor(private readonly options: CopyOptions = {}) {
    const bucketCap = options.bucketCap ?? 64;
    this.doc = new LshIndex({ bands: DOC_BANDS, rows: DOC_ROWS, bucketCap });
    this.sentences = new LshIndex({ bands: SENTENCE_BANDS, rows: SENTENCE_ROWS, bucketCap });
  }

  /** Every current link. */
  links(): CopyLink[] {
    return [...this.current.values()];
  }

  /**
   * Reload a saved index: the articles' keys and meta, then their edges and links (see `takeState`). Costs one
   * merge of the key arrays, no text.
   */
  restore(articles: IndexedArticle[], edges: SavedEdge[]): void {
    this.doc.reserve(articles.reduce((n, a) => n + a.doc.length, 0));
    this.sentences.reserve(articles.reduce((n, a) => n + a.sentences.length, 0));
    for (const a of articles) {
      this.meta.set(a.meta.id, a.meta);
      this.doc.addKeys(a.meta.id, a.doc);
      this.sentences.addKeys(a.meta.id, a.sentences);
    }
    for (const { id, edge, link } of edges) {
      if (edge) {
        this.parent.set(id, edge);
        (this.children.get(edge.of) ?? this.children.set(edge.of, new Set()).get(edge.of)!).add(id);
      }
      if (link) this.current.set(id, link);
    }
  }

  /** What changed since the last call, for saving: the articles indexed and the edges and links that changed. */
  takeState(): { articles: IndexedArticle[]; edges: SavedEdge[] } {
    const articles = this.fresh.splice(0);
    const edges = [...this.dirty].map((id) => ({ id, edge: this.parent.get(id) ?? null, link: this.current.get(id) ?? null }));
    this.dirty.clear();
    return { articles, edges };
  }

  /** Index new articles; returns the links that are new or changed (an earlier original can re-point a whole group). */
  async add(articles: CopyInput[]): Promise<CopyLink[]> {
    const rebuild = this.meta.size === 0;
    const cache = this.cache;
    cache.begin(articles);
    const keys = new Map<string, { doc: Uint32Array; sentences: Uint32Array }>();
    for (const a of articles) {
      if (this.meta.has(a.id)) throw new Error(`Article ${a.id} is already indexed for copies; remove it before adding it again.`);
      const text = a.text; // read once: a store may hand over lazily loaded texts
      this.meta.set(a.id, metaOf(a, text));
      const k = { doc: Uint32Array.from(docKeys(text)), sentences: Uint32Array.from(sentenceKeys(text)) };
      if (!rebuild) keys.set(a.id, k); // a rebuild scans the indexes instead of looking keys up
      this.meta.get(a.id)!.indexedSentences = k.sentences.length / SENTENCE_BANDS;
      this.fresh.push({ meta: this.meta.get(a.id)!, doc: k.doc, sentences: k.sentences });
      this.doc.addKeys(a.id, k.doc);
      this.sentences.addKeys(a.id, k.sentences);
    }
    const pairs = rebuild ? this.allPairs() : this.pairsOf(articles, keys);
    await this.loadInto(cache, pairs.map(([, b]) => b));
    const changed = new Set<string>();
    for (const [x, y] of pairs) {
      const edge = this.confirm(cache.get(x), cache.get(y));
      if (!edge) continue;
      const copy = edge.of === x ? y : x;
      const before = this.parent.get(copy);
      if (before && before.similarity >= edge.similarity) continue;
      if (before) this.children.get(before.of)?.delete(copy);
      this.parent.set(copy, edge);
      (this.children.get(edge.of) ?? this.children.set(edge.of, new Set()).get(edge.of)!).add(copy);
      changed.add(copy);
      this.dirty.add(copy);
    }
    return this.relink(changed, cache);
  }

  /** Candidate pairs of new articles, by lookups of their keys: for an incremental add. */
  private pairsOf(articles: CopyInput[], keys: Map<string, { doc: Uint32Array; sentences: Uint32Array }>): [string, string][] {
    const pairs: [string, string][] = [];
    const order = new Map(articles.map((a, i) => [a.id, i]));
    for (const a of articles) {
      const k = keys.get(a.id)!;
      const mine = this.meta.get(a.id)!.indexedSentences;
      const scores = new Map<string, number>();
      this.doc.forCandidates(k.doc, (id, n) => scores.set(id, DOC_BANDS * n));
      this.sentences.forCandidates(k.sentences, (id, n) => {
        if (n >= 2 || mine <= SHORT_SENTENCES || this.meta.get(id)!.indexedSentences <= SHORT_SENTENCES) scores.set(id, (scores.get(id) ?? 0) + n);
      });
      scores.delete(a.id);
      const best = this.best(scores);
      for (const [other] of best) {
        const i = order.get(other);
        if (other !== a.id && (i === undefined || i < order.get(a.id)!)) pairs.push([a.id, other]);
      }
    }
    return pairs;
  }

  /**
   * Candidate pairs of a whole index, by one scan of each index's sorted keys: for a full rebuild, where a lookup per
   * article would make as many random probes into the key array as there are keys.
   */
  private allPairs(): [string, string][] {
    const scores = new Map<string, Map<string, number>>();
    const bump = (a: string, b: string, n: number) => {
      const of = scores.get(b) ?? scores.set(b, new Map()).get(b)!;
      of.set(a, (of.get(a) ?? 0) + n);
    };
    for (const [code, n] of this.doc.pairs()) {
      const [a, b] = this.doc.pairIds(code);
      bump(a, b, DOC_BANDS * n);
    }
    for (const [code, n] of this.sentences.pairs()) {
      const [a, b] = this.sentences.pairIds(code);
      if (n >= 2 || Math.min(this.meta.get(a)!.indexedSentences, this.meta.get(b)!.indexedSentences) <= SHORT_SENTENCES) bump(a, b, n);
    }
    const pairs: [string, string][] = [];
    for (const [b, of] of scores) for (const [a] of this.best(of)) pairs.push([b, a]);
    return pairs;
  }

  /** The candidates sharing the most keys, at most `maxCandidates` (the earlier of a tie first), without sorting them all. */
  private best(scored: Iterable<[string, number]>): [string, number][] {
    const k = this.options.maxCandidates ?? 8;
    const top: [string, number][] = [];
    for (const entry of scored) {
      if (top.length === k && entry[1] <= top[k - 1][1]) continue;
      let at = top.length;
      while (at > 0 && top[at - 1][1] < entry[1]) at--;
      top.splice(at, 0, entry);
      if (top.length > k) top.pop();
    }
    return top;
  }

  /** Align a pair both ways round and classify it with the more original side as the original. */
  private confirm(x: Prepared, y: Prepared): Edge | null {
    const mx = this.meta.get(x.input.id)!, my = this.meta.get(y.input.id)!;
    const small = Math.min(mx.size, my.size) / Math.max(mx.size, my.size, 1);
    // A summary's original is the longer text whatever the dates say; otherwise dates, completeness and credits decide.
    const xFirst = small <= SUMMARY_RATIO ? mx.size > my.size : isMoreOriginal(mx, my);
    const [orig, copy] = xFirst ? [x, y] : [y, x];
    const [mo, mc] = xFirst ? [mx, my] : [my, mx];
    // The cheap tests first: most candidates are same-story reports that share too few words or bring quotes of
    // their own, and need no sentence alignment (every relation `classify` accepts needs both tests passed).
    const shared = containment(copy.keys, orig.keys);
    if (shared < MIN_CONTAINMENT) return null;
    const novel = novelQuotes(copy.quotes, (orig.windows ??= quoteWindows(orig.sentences)));
    if (novel > 0) return null;
    const result = classify({
      alignment: align(copy.sentences, orig.sentences),
      containment: shared,
      novelQuotes: novel,
      creditsOriginal: credits(mc, mo.outlet),
      sameTitle: mc.title !== '' && mc.title === mo.title,
    });
    return result && { of: orig.input.id, ...result };
  }

  /** Recompute the links of changed articles and of everything below them: each copy links to its group's root. */
  private async relink(changed: Set<string>, cache: PreparedCache): Promise<CopyLink[]> {
    const todo = [...changed];
    const seen = new Set<string>();
    const out: CopyLink[] = [];
    while (todo.length) {
      const id = todo.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const child of this.children.get(id) ?? []) todo.push(child);
      const edge = this.parent.get(id);
      if (!edge) continue;
      const root = this.rootOf(id);
      let link: CopyLink = { articleId: id, of: root, relation: edge.relation, similarity: edge.similarity };
      if (root !== edge.of) {
        await this.loadInto(cache, [id, root]);
        const direct = this.confirm(cache.get(id), cache.get(root));
        if (direct && direct.of === root) link = { articleId: id, of: root, relation: direct.relation, similarity: direct.similarity };
      }
      const before = this.current.get(id);
      if (!before || before.of !== link.of || before.relation !== link.relation) out.push(link);
      if (!before || before.of !== link.of || before.relation !== link.relation || before.similarity !== link.similarity) this.dirty.add(id);
      this.current.set(id, link);
    }
    return out;
  }

  private rootOf(id: string): string {
    const path = new Set([id]);
    let at = id;
    for (let edge = this.parent.get(at); edge && !path.has(edge.of); edge = this.parent.get(at)) {
      at = edge.of;
      path.add(at);
    }
    return at;
  }

  private async loadInto(cache: PreparedCache, ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (!missing.length) return;
    if (!this.options.load) throw new Error(`CopyIndex needs options.load to read back ${missing.length} indexed article(s) (${missing[0]}, …) to confirm copies.`);
    for (const a of await this.options.load(missing)) cache.addInput(a);
  }
}

/**
 * The articles of the current `add` call and those read back for it, and prepared articles kept from earlier calls
 * (a bounded number, most recently used last): an original many new copies point at is read and prepared once.
 */
class PreparedCache {
  private inputs = new Map<string, CopyInput>();
  private readonly prepared = new Map<string, Prepared>();

  constructor(private readonly limit = 2048) {}

  /** Start an `add` call: its own articles are the inputs; those of the last call are let go. */
  begin(articles: CopyInput[]): void {
    this.inputs = new Map(articles.map((a) => [a.id, a]));
  }

  /** Whether the article can be had without reading it back; a prepared one is kept for the rest of the call. */
  has(id: string): boolean {
    if (this.inputs.has(id)) return true;
    const p = this.prepared.get(id);
    if (p) this.inputs.set(id, p.input);
    return p !== undefined;
  }

  addInput(a: CopyInput): void {
    this.inputs.set(a.id, a);
  }

  get(id: string): Prepared {
    let p = this.prepared.get(id);
    if (p) {
      this.prepared.delete(id);
      this.prepared.set(id, p);
      return p;
    }
    const input = this.inputs.get(id);
    if (!input) throw new Error(`Article ${id} was not read back for copy confirmation.`);
    p = prepare(input);
    if (this.prepared.size >= this.limit) this.prepared.delete(this.prepared.keys().next().value!);
    this.prepared.set(id, p);
    return p;
  }
}

function prepare(input: CopyInput): Prepared {
  const { sentences, keys } = alignSentencesWithKeys(input.text);
  return { input, sentences, keys: new Set(keys), quotes: quoteKeys(input.text) };
}

/** An indexed article as saved: its meta and its band keys. */
export interface IndexedArticle {
  meta: Meta;
  doc: Uint32Array;
  sentences: Uint32Array;
}

/** An article's edge and link as saved. */
export interface SavedEdge {
  id: string;
  edge: Edge | null;
  link: CopyLink | null;
}

export interface Meta extends OriginMeta {
  title: string;
  /** Sentences with band keys (about; repeated keys collapse). */
  indexedSentences: number;
}

function metaOf(a: CopyInput, text: string): Meta {
  return {
    id: a.id,
    outlet: a.outlet,
    credit: a.credit,
    credibleDay: credibleDay(a.published, a.publishedConfidence, a.dateWarnings),
    size: contentKeys(text).length,
    headTags: headTags(text),
    title: titleKey(a.title),
    indexedSentences: 0,
  };
}

function containment(part: Set<string>, whole: Set<string>): number {
  let found = 0;
  for (const k of part) if (whole.has(k)) found++;
  return part.size ? found / part.size : 0;
}
