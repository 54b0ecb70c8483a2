import { createHash } from 'node:crypto';
import type { EventInput, PublishedEstimate, StoryEvent } from './event-input.js';
import { articleFeatures, type ArticleFeatures } from './features.js';
import { MAX_GAP, THRESHOLDS, dayGap, requiredScore, type Thresholds } from './date-gate.js';
import { linkClusters, type Seed } from './link-clusters.js';
import { likeness, score } from './similarity.js';
import { FEATURE_SLOTS, Vocabulary, toVector, type FeatureVector } from './vocabulary.js';
import { estimatePublished, summariseEvent } from './event-summary.js';

/** Features more common than this are not used to find candidates (they still count in the scores). */
const BLOCK_MAX_DF = 400;
/** How many candidate articles, by shared rare features, one article is scored against at most. */
const MAX_CANDIDATES = 60;
/**
 * How many nearest neighbours each article links to. Reports of one happening are each other's nearest neighbours
 * far more often than any single score threshold can tell (on ECB+ an article's nearest neighbour is in its own event
 * 97–99% of the time, its fifth 88–92%), so events are grown from these links rather than from the scores.
 */
const NEIGHBOURS = 6;
/** Share of the neighbour links two groups could have between them that they must have to join (see `linkClusters`). */
const LINK_SHARE = 0.12;
/** Days either side of an article's date within which dated candidates are looked for. */
const DATE_WINDOW = 8;

/** An article as the index keeps it: features and date, its event, no text. */
interface Stored extends Omit<ArticleFeatures, 'features'> {
  vector: FeatureVector;
  event: number;
}

/** A nearest neighbour of an article: its index and the margin by which their score passes what their dates need. */
interface Neighbour {
  c: number;
  margin: number;
}

/** What the grouping of a batch keeps of a group: its dates and the events of the index it holds. */
interface LinkGroup {
  /** True when it holds an article of the batch: groups of earlier articles only never join each other. */
  batch: boolean;
  /** True for a single article of the batch. */
  single: boolean;
  events: number[];
  /** Day → how many firmly dated articles name it. */
  firmDays: Map<number, number>;
  /** The earliest publication day of its articles dated only by publication. */
  upper: number | null;
}

function combineGroups(a: LinkGroup, b: LinkGroup): LinkGroup {
  const firmDays = new Map(a.firmDays);
  for (const [d, n] of b.firmDays) firmDays.set(d, (firmDays.get(d) ?? 0) + n);
  const upper = a.upper === null ? b.upper : b.upper === null ? a.upper : Math.min(a.upper, b.upper);
  return { batch: a.batch || b.batch, single: false, events: [...a.events, ...b.events], firmDays, upper };
}

interface EventState {
  id: string;
  members: number[];
  /** Day → how many firmly dated members name it. */
  firmDays: Map<number, number>;
}

/** An article of the index as saved: its features and dates, its event, and whether it started that event. */
export interface SavedEventArticle {
  /** Everything the index keeps of the article but its feature vector. */
  article: Omit<Stored, 'vector' | 'event'>;
  /** The id of its event. */
  event: string;
  /** True when the article started an event (whether or not that event was merged into another since). */
  started: boolean;
  /** When it entered its event (a count over the index's life): members are kept in this order. */
  joined: number;
  vector: FeatureVector;
}

/** The index's state as saved: its articles in index order (feature frequencies are counted again from them). */
export interface SavedEventIndex {
  articles: SavedEventArticle[];
}

/** What one `add` changed. */
export interface AddResult {
  /** Ids of the events that were created or gained articles. */
  changed: string[];
  /** Article id → event id, for the articles added. */
  assigned: Map<string, string>;
  /** Ids of events merged into others by this add: they no longer exist. */
  removed: string[];
}

/**
 * Events over a growing store. `add` places a batch as a whole: each new article links to its nearest neighbours
 * (candidates from an inverted index of rare features, never all pairs; dated articles only meet articles within a
 * few days; the score weighs shared content words, names and quotes by their rarity), and the batch's articles join
 * the events and each other by how densely those links tie them, or start events. Copies join their original's event.
 * Adding a batch costs about its size times the candidates, not the store's size.
 */
export class EventIndex {
  private readonly vocab = new Vocabulary();
  private readonly articles: Stored[] = [];
  private readonly byId = new Map<string, number>();
  /**
   * Postings of the rare features, as linked lists in typed arrays: `head[feature]` is its newest entry (−1 for
   * none), each entry holds an article and the entry before it. A map of arrays cost about 120 bytes per feature and
   * most features (quote shingles, rare words) are in one article only; here a feature costs 4 bytes and an entry 8.
   */
  private readonly head = new Int32Array(FEATURE_SLOTS).fill(-1);
  private postArticle = new Int32Array(1 << 16);
  private postNext = new Int32Array(1 << 16);
  private postingCount = 0;
  private readonly states: EventState[] = [];
  private readonly thresholds: Thresholds;
  /** Scratch space for candidate scores, one slot per article. */
  private overlap = new Float64Array(1024);
  /** Each article's grouping day (NaN for none), packed for the posting walk: reading it off the objects was most of its time. */
  private days = new Float64Array(1024);
  /** Events emptied by a merge during the current add → the event they went into. */
  private readonly mergedInto = new Map<number, number>();
  /** Articles placed or moved since the last `takeState`. */
  private readonly dirtyArticles = new Set<number>();
  /** Index of the article that started each event. */
  private readonly starters: number[] = [];
  /** Per article, when it entered its event; the next such count. */
  private readonly joined: number[] = [];
  private clock = 0;
  /** While a restore is under way: each reloaded article's event id and join stamp, by index. */
  private restoring: { events: string[]; joined: number[] } | null = null;

  /** `thresholds` override the scores the grouping needs (for tuning); the defaults are in `date-gate.ts`. */
  constructor(options: { thresholds?: Partial<Thresholds> } = {}) {
    this.thresholds = { ...THRESHOLDS, ...options.thresholds };
  }

  /** How many articles the index holds. */
  get size(): number {
    return this.articles.length;
  }

  /**
   * Reload a saved index (see `takeState`) into an empty one. The result is the index that saved it: the same
   * feature ids and frequencies, articles in the same order, the same events in the same order with their members.
   */
  restore(saved: SavedEventIndex): void {
    for (const a of saved.articles) this.restoreArticle({ ...a, article: { ...a.article } });
    this.finishRestore();
  }

  /**
   * Reload one saved article, in index order; `finishRestore` once all are in. A store's rows can so be read one at
   * a time, never all held at once beside the index they make. The index takes the article object over as its own.
   */
  restoreArticle(a: SavedEventArticle): void {
    if (this.restoring === null) {
      if (this.articles.length) throw new Error('An EventIndex is restored into an empty index only.');
      this.restoring = { events: [], joined: [] };
    }
    const index = this.articles.length;
    this.vocab.countDocument(a.vector.ids);
    const stored = a.article as Stored;
    stored.vector = a.vector;
    stored.event = -1;
    this.articles.push(stored);
    this.byId.set(stored.id, index);
    this.setDay(index);
    if (a.started) this.startEvent(index);
    this.restoring.events.push(a.event);
    this.restoring.joined.push(a.joined);
  }

  /** Post the reloaded articles (by the frequencies of them all) and put them in their events in join order. */
  finishRestore(): void {
    const { events, joined } = this.restoring ?? { events: [], joined: [] };
    this.restoring = null;
    const eventOf = new Map(this.states.map((s, i) => [s.id, i]));
    const eventOfArticle = events.map((id, index) => {
      const event = eventOf.get(id);
      if (event === undefined) throw new Error(`Saved event index: article ${this.articles[index].id} is in event ${id}, which no article started.`);
      this.post(index);
      return event;
    });
    const byJoin = eventOfArticle.map((_, index) => index).sort((x, y) => joined[x] - joined[y]);
    for (const index of byJoin) this.enter(index, eventOfArticle[index], joined[index]);
    this.clock = byJoin.length ? joined[byJoin[byJoin.length - 1]] + 1 : 0;
  }

  /** What changed since the last call, for saving: the articles placed or moved. */
  takeState(): SavedEventIndex {
    const articles = [...this.dirtyArticles].sort((a, b) => a - b).map((i) => this.saved(i));
    this.dirtyArticles.clear();
    return { articles };
  }

  private saved(index: number): SavedEventArticle {
    const { vector, event, ...article } = this.articles[index];
    return { article, event: this.states[event].id, started: this.starters[event] === index, joined: this.joined[index], vector };
  }

  /** `published` estimates of the articles of these events without a reliable date (see `estimates`). */
  estimatesOf(eventIds: Iterable<string>): PublishedEstimate[] {
    const wanted = new Set(eventIds);
    return this.estimatesFrom(this.states.filter((s) => wanted.has(s.id) && s.members.length > 0));
  }

  /**
   * Add articles (already known ids are skipped) and return what changed. The batch is placed as a whole, so the
   * order it comes in does not matter: every article of it is indexed first; each finds its nearest neighbours among
   * everything indexed (earlier articles and the rest of the batch alike); then the batch's articles, in copy groups,
   * and the events their neighbours are in are joined by how densely their neighbour links tie them
   * (`linkClusters`). A group that takes in an event joins it; one that takes in two merges them; the rest start
   * events. Neighbours are found for the batch's articles and for the earlier articles they link to, never for the
   * whole store.
   */
  add(inputs: EventInput[]): AddResult {
    const seen = new Set<string>();
    const fresh = inputs.filter((x) => !this.byId.has(x.id) && !seen.has(x.id) && seen.add(x.id));
    const batch = fresh.map((input) => {
      const f = articleFeatures(input);
      const vector = toVector(f.features, this.vocab);
      this.vocab.countDocument(vector.ids);
      const { features: _features, ...rest } = f;
      return { input, stored: { ...rest, vector, event: -1 } as Stored };
    });
    // Firm dates first, in date order, then publication-dated, then undated: the index order a rebuild keeps.
    const rank = { firm: 0, upper: 1, none: 2 } as const;
    batch.sort((a, b) => rank[a.stored.trust] - rank[b.stored.trust] || (a.stored.day ?? 0) - (b.stored.day ?? 0));
    this.mergedInto.clear();
    const first = this.articles.length;
    for (const { stored } of batch) {
      const index = this.articles.length;
      this.articles.push(stored);
      this.byId.set(stored.id, index);
      this.setDay(index);
      this.post(index);
    }
    this.placeBatch(first, copyGroups(batch.map((b, i) => ({ ...b, index: first + i }))));
    const assigned = new Map(batch.map(({ stored }) => [stored.id, this.states[stored.event].id]));
    const changed = new Set([...assigned.values(), ...[...this.mergedInto.values()].map((e) => this.states[e].id)]);
    const removed = [...this.mergedInto.keys()].map((e) => this.states[e].id);
    return { changed: [...changed].filter((id) => !removed.includes(id)), assigned, removed };
  }

  /**
   * Place the batch's articles (indexes from `first` on, already posted): seeds are the copy groups (an original and
   * its copies go in as one; copies of an article already indexed start in its event) and the events of the earlier
   * articles the batch links to; links are each article's nearest neighbours.
   */
  private placeBatch(first: number, groups: Array<{ known?: string; members: Array<{ index: number }> }>): void {
    const seeds: Array<Seed<LinkGroup>> = [];
    const seedOfArticle = new Map<number, number>();
    const seedOfEvent = new Map<number, number>();
    const eventSeed = (event: number) => {
      let seed = seedOfEvent.get(event);
      if (seed === undefined) {
        const state = this.states[event];
        seed = seeds.length;
        seeds.push({ size: state.members.length, data: { batch: false, single: false, events: [event], firmDays: new Map(state.firmDays), upper: this.upperDay(state) } });
        seedOfEvent.set(event, seed);
      }
      return seed;
    };
    for (const group of groups) {
      const original = group.known === undefined ? undefined : this.byId.get(group.known);
      const seed = original === undefined ? seeds.length : eventSeed(this.articles[original].event);
      const data: LinkGroup = { batch: true, single: group.members.length === 1, events: [], firmDays: new Map(), upper: null };
      for (const { index } of group.members) {
        const a = this.articles[index];
        if (a.trust === 'firm' && a.day !== null) data.firmDays.set(a.day, (data.firmDays.get(a.day) ?? 0) + 1);
        if (a.trust === 'upper' && a.day !== null && (data.upper === null || a.day < data.upper)) data.upper = a.day;
        seedOfArticle.set(index, seed);
      }
      if (seed === seeds.length) seeds.push({ size: group.members.length, data });
      else {
        seeds[seed].size += group.members.length;
        seeds[seed].data = combineGroups({ ...seeds[seed].data, batch: true }, data);
      }
    }
    // Links: each batch article's nearest neighbours, and those of the earlier articles it links to (a link back to
    // the batch from an earlier article counts as much as one from the batch to it).
    const links: Array<[number, number, number]> = [];
    const neighbours = new Map<number, Neighbour[]>();
    const neighboursOf = (i: number) => neighbours.get(i) ?? neighbours.set(i, this.nearest(i)).get(i)!;
    const seedOf = (i: number) => seedOfArticle.get(i) ?? eventSeed(this.articles[i].event);
    const earlier = new Set<number>();
    for (let i = first; i < this.articles.length; i++) {
      for (const { c: j, margin } of neighboursOf(i)) {
        links.push([seedOf(i), seedOf(j), margin]);
        if (j >= first || earlier.has(j)) continue;
        earlier.add(j);
        for (const back of neighboursOf(j)) if (back.c >= first) links.push([seedOf(j), seedOf(back.c), back.margin]);
      }
    }
    const roots = linkClusters(seeds, links, {
      neighbours: NEIGHBOURS,
      minShare: LINK_SHARE,
      mayJoin: (a, b) => (a.batch || b.batch) && this.groupDatesAgree(a, b),
      combine: combineGroups,
    });
    // Each final group: the events it took in merge into the largest (the earliest of a tie); without one, its first
    // batch article starts an event. Batch articles join in index order, so members stay in index order.
    const eventOfRoot = new Map<number, number>();
    for (const [seed, root] of roots.entries()) {
      const events = seeds[seed].data.events;
      if (!events.length) continue;
      const into = eventOfRoot.get(root);
      const event = events[0];
      if (into === undefined) eventOfRoot.set(root, event);
      else {
        const [big, small] = this.states[event].members.length > this.states[into].members.length ? [event, into] : [into, event];
        this.merge(big, small);
        eventOfRoot.set(root, big);
      }
    }
    for (let i = first; i < this.articles.length; i++) {
      const root = roots[seedOfArticle.get(i)!];
      const event = eventOfRoot.get(root);
      this.join(i, event ?? -1);
      if (event === undefined) eventOfRoot.set(root, this.articles[i].event);
    }
  }

  /**
   * Two groups may join when their dates agree. A single article and a group: their firm days (each the day most of
   * its firmly dated articles name) at most two days apart, as a firmly dated report may be. Two groups: when their
   * dates put them at most a day apart (a firm day against a firm day, or against the earliest publication day of a
   * group without one), or when one of them has no reliable date.
   */
  private groupDatesAgree(a: LinkGroup, b: LinkGroup): boolean {
    const dated = (g: LinkGroup) => {
      const firm = topDay(g.firmDays);
      if (firm !== null) return { trust: 'firm' as const, day: firm };
      return g.upper === null ? { trust: 'none' as const, day: null } : { trust: 'upper' as const, day: g.upper };
    };
    const [x, y] = [dated(a), dated(b)];
    if (a.single || b.single) return x.trust !== 'firm' || y.trust !== 'firm' || Math.abs(x.day! - y.day!) <= MAX_GAP;
    const gap = dayGap(x, y);
    return gap === null || gap <= 1;
  }

  /**
   * An article's nearest neighbours among everything indexed: of the candidates that share most rare-feature weight
   * with it (dated ones within a few days), those it scores above what their dates need, best margin first, at most
   * `NEIGHBOURS`, with their margins.
   */
  private nearest(index: number): Neighbour[] {
    const x = this.articles[index];
    const scored: Neighbour[] = [];
    for (const c of this.candidates(x, index)) {
      const other = this.articles[c];
      const need = requiredScore(x, other, this.thresholds);
      if (need === Infinity) continue;
      const margin = score(likeness(x.vector, other.vector, this.vocab), dayGap(x, other) === null) - need;
      if (margin > 0) scored.push({ c, margin });
    }
    return scored.sort((a, b) => b.margin - a.margin || a.c - b.c).slice(0, NEIGHBOURS);
  }

  /** Every event, in date order (undated last). */
  events(): StoryEvent[] {
    return this.states
      .filter((s) => s.members.length > 0)
      .map((s) => this.summary(s))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  }

  /**
   * `published` estimates for the articles without a reliable date, from their events. An event none of whose
   * articles is reliably dated gives none: its date would only be the articles' own.
   */
  estimates(): PublishedEstimate[] {
    return this.estimatesFrom(this.states.filter((s) => s.members.length > 0));
  }

  private estimatesFrom(states: EventState[]): PublishedEstimate[] {
    const out: PublishedEstimate[] = [];
    for (const event of states.map((s) => this.summary(s))) {
      const members = event.articleIds.map((id) => this.articles[this.byId.get(id)!]);
      if (members.every((m) => m.trust === 'none')) continue;
      for (const m of members) {
        if (m.trust !== 'none') continue;
        const estimate = estimatePublished(m, event);
        if (estimate) out.push(estimate);
      }
    }
    return out;
  }

  private summary(s: EventState): StoryEvent {
    return summariseEvent(s.id, this.members(s), (a, b) => score(likeness(a.vector, b.vector, this.vocab)));
  }

  private members(s: EventState): Stored[] {
    return s.members.map((i) => this.articles[i]);
  }

  private join(index: number, event: number): void {
    this.enter(index, event < 0 ? this.startEvent(index) : event);
    this.dirtyArticles.add(index);
  }

  /** Start an event with this article as its first; returns the event's number. */
  private startEvent(index: number): number {
    const id = 'ev-' + createHash('sha1').update(this.articles[index].id).digest('hex').slice(0, 12);
    this.states.push({ id, members: [], firmDays: new Map() });
    this.starters.push(index);
    return this.states.length - 1;
  }

  /** Put an article in an event, last of its members. */
  private enter(index: number, event: number, stamp = this.clock++): void {
    const stored = this.articles[index];
    const state = this.states[event];
    stored.event = event;
    this.joined[index] = stamp;
    state.members.push(index);
    if (stored.trust === 'firm' && stored.day !== null) state.firmDays.set(stored.day, (state.firmDays.get(stored.day) ?? 0) + 1);
  }

  /** Put an article in the postings of its rare features. */
  private post(index: number): void {
    // A feature is posted while it is rare; one that grew common since is skipped by every lookup anyway, so a
    // restored index, which posts by today's frequencies, finds the same candidates.
    const head = this.head;
    for (const id of this.articles[index].vector.ids) {
      if (this.vocab.df(id) > BLOCK_MAX_DF) continue;
      if (this.postingCount === this.postArticle.length) this.growPostings();
      const entry = this.postingCount++;
      this.postArticle[entry] = index;
      this.postNext[entry] = head[id];
      head[id] = entry;
    }
  }

  private growPostings(): void {
    const size = Math.ceil(this.postArticle.length * 1.5);
    const article = new Int32Array(size);
    article.set(this.postArticle);
    const next = new Int32Array(size);
    next.set(this.postNext);
    [this.postArticle, this.postNext] = [article, next];
  }

  /** Move every member of `from` into `into`. Costs the size of `from`. */
  private merge(into: number, from: number): void {
    const a = this.states[into];
    const b = this.states[from];
    for (const m of b.members) {
      this.articles[m].event = into;
      this.joined[m] = this.clock++;
      a.members.push(m);
      this.dirtyArticles.add(m);
    }
    for (const [d, n] of b.firmDays) a.firmDays.set(d, (a.firmDays.get(d) ?? 0) + n);
    b.members = [];
    b.firmDays = new Map();
    this.mergedInto.set(from, into);
  }

  /** The earliest publication day of an event's members dated only by publication, or null. */
  private upperDay(s: EventState): number | null {
    let upper: number | null = null;
    for (const m of s.members) {
      const a = this.articles[m];
      if (a.trust === 'upper' && a.day !== null && (upper === null || a.day < upper)) upper = a.day;
    }
    return upper;
  }

  /** Record an article's grouping day in the packed `days`. */
  private setDay(index: number): void {
    if (index >= this.days.length) {
      const grown = new Float64Array(this.days.length * 2);
      grown.set(this.days);
      this.days = grown;
    }
    this.days[index] = this.articles[index].day ?? NaN;
  }

  /**
   * The articles that share most rare-feature weight with `x` (at most `MAX_CANDIDATES`), dated ones within
   * `DATE_WINDOW` days of it, found through the postings: never all pairs. `self` (x's own index) is left out.
   */
  private candidates(x: Stored, self: number): number[] {
    // Shared rare-feature weight per article, in a reused array: the walk over postings is the hot loop.
    if (this.overlap.length < this.articles.length) this.overlap = new Float64Array(this.articles.length * 2);
    const overlap = this.overlap;
    const touched: number[] = [];
    const days = this.days;
    const xDay = x.day ?? NaN;
    const { head, postArticle, postNext } = this;
    for (const id of x.vector.ids) {
      if (this.vocab.df(id) > BLOCK_MAX_DF) continue;
      let entry = head[id];
      if (entry < 0) continue;
      const w = this.vocab.idf(id);
      // Newest first; the order does not matter: each article's sum takes the features in the same order.
      for (; entry >= 0; entry = postNext[entry]) {
        const c = postArticle[entry];
        if (c === self) continue;
        // Both dated and too far apart (a NaN day, no date, never compares greater).
        if (Math.abs(xDay - days[c]) > DATE_WINDOW) continue;
        if (overlap[c] === 0) touched.push(c);
        overlap[c] += w;
      }
    }
    const out = touched
      .map((c) => [c, overlap[c]] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([c]) => c);
    for (const c of touched) overlap[c] = 0;
    return out;
  }
}

/** The day most firm members name (the earliest of a tie), or null. */
function topDay(days: Map<number, number>): number | null {
  let top = 0;
  let day: number | null = null;
  for (const [d, n] of days) if (n > top || (n === top && day !== null && d < day)) [top, day] = [n, d];
  return day;
}

/**
 * The batch in copy groups, in the order of each group's first (best-dated) member: an original with the copies of
 * it in the batch, each copy followed to its first original within the batch. `known` is the original's id when the
 * original is not in the batch (it may already be in the index); a group whose original is in the batch has none.
 */
function copyGroups<T extends { input: EventInput }>(batch: T[]): Array<{ known?: string; members: T[] }> {
  const inBatch = new Map(batch.map((b) => [b.input.id, b]));
  const root = (b: T): string => {
    const seen = new Set([b.input.id]);
    let at = b;
    while (at.input.copyOf && !seen.has(at.input.copyOf)) {
      const next = inBatch.get(at.input.copyOf);
      if (!next) return at.input.copyOf;
      seen.add(next.input.id);
      at = next;
    }
    return at.input.id;
  };
  const groups = new Map<string, { known?: string; members: T[] }>();
  for (const b of batch) {
    const r = root(b);
    const group = groups.get(r) ?? { known: inBatch.has(r) ? undefined : r, members: [] };
    group.members.push(b);
    groups.set(r, group);
  }
  return [...groups.values()];
}
