import { createHash } from 'node:crypto';
import type { EventInput, PublishedEstimate, StoryEvent } from './event-input.js';
import { articleFeatures, type ArticleFeatures } from './features.js';
import { THRESHOLDS, dayGap, requiredScore, type Thresholds } from './date-gate.js';
import { likeness, score } from './similarity.js';
import { Vocabulary, toVector, type FeatureVector } from './vocabulary.js';
import { estimatePublished, summariseEvent } from './event-summary.js';

/** Features more common than this are not used to find candidates (they still count in the scores). */
const BLOCK_MAX_DF = 400;
/** How many candidate articles, by shared rare features, one article is scored against at most. */
const MAX_CANDIDATES = 60;
/** How much of an event's score is the mean over its members rather than its best-matching member. */
const MEAN_WEIGHT = 0.5;
/** How many members the mean is taken over at most. */
const MEAN_SAMPLE = 12;
/** Days either side of an article's date within which dated candidates are looked for. */
const DATE_WINDOW = 8;

/** An article as the index keeps it: features and date, its event, no text. */
interface Stored extends Omit<ArticleFeatures, 'features'> {
  vector: FeatureVector;
  event: number;
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
 * Events over a growing store. `add` assigns each new article to the event of its best-matching earlier article, or
 * starts an event: candidates come from an inverted index of rare features (never all pairs), dated articles only
 * meet articles within a few days, and the score weighs shared content words, names and quotes by their rarity.
 * Copies join their original's event. Adding a batch costs about its size times the candidates, not the store's size.
 */
export class EventIndex {
  private readonly vocab = new Vocabulary();
  private readonly articles: Stored[] = [];
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<number, number[]>();
  private readonly states: EventState[] = [];
  private readonly thresholds: Thresholds;
  /** Scratch space for candidate scores, one slot per article. */
  private overlap = new Float64Array(1024);
  /** Events emptied by a merge during the current add → the event they went into. */
  private readonly mergedInto = new Map<number, number>();
  /** Articles placed or moved since the last `takeState`. */
  private readonly dirtyArticles = new Set<number>();
  /** Index of the article that started each event. */
  private readonly starters: number[] = [];
  /** Per article, when it entered its event; the next such count. */
  private readonly joined: number[] = [];
  private clock = 0;

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
    if (this.articles.length) throw new Error('An EventIndex is restored into an empty index only.');
    for (const a of saved.articles) this.vocab.countDocument(a.vector.ids);
    saved.articles.forEach((a, index) => {
      this.articles.push({ ...a.article, vector: a.vector, event: -1 } as Stored);
      this.byId.set(a.article.id, index);
      if (a.started) this.startEvent(index);
    });
    const eventOf = new Map(this.states.map((s, i) => [s.id, i]));
    const order = saved.articles.map((a, index) => {
      const event = eventOf.get(a.event);
      if (event === undefined) throw new Error(`Saved event index: article ${a.article.id} is in event ${a.event}, which no article started.`);
      this.post(index);
      return { index, event, joined: a.joined };
    });
    for (const { index, event, joined } of order.sort((x, y) => x.joined - y.joined)) this.enter(index, event, joined);
    this.clock = order.length ? order[order.length - 1].joined + 1 : 0;
  }

  /** What changed since the last call, for saving: the articles placed or moved. */
  takeState(): SavedEventIndex {
    const articles = [...this.dirtyArticles].sort((a, b) => a - b).map((i) => this.saved(i));
    this.dirtyArticles.clear();
    return { articles };
  }

  /** Every article's saved form, in index order (for a full save). */
  savedArticles(): SavedEventArticle[] {
    return this.articles.map((_, i) => this.saved(i));
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

  /** Add articles (already known ids are skipped) and return what changed. */
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
    // Firm dates first, in date order, then publication-dated, then undated: each article meets the best-dated first.
    const rank = { firm: 0, upper: 1, none: 2 } as const;
    batch.sort((a, b) => rank[a.stored.trust] - rank[b.stored.trust] || (a.stored.day ?? 0) - (b.stored.day ?? 0));
    this.mergedInto.clear();
    const place = (stored: Stored, event: number) => {
      const index = this.articles.length;
      this.articles.push(stored);
      this.byId.set(stored.id, index);
      this.join(index, event);
      return index;
    };
    for (const group of copyGroups(batch)) {
      // A copy group (an original and its copies) goes in as one, where its best-dated member comes in the order and
      // into the event that member finds: an undated original is placed by its dated copy, whichever arrives first.
      // Copies of an article already in the index join its event.
      const original = group.known === undefined ? undefined : this.byId.get(group.known);
      let anchor = original;
      for (const { stored } of group.members) {
        if (anchor === undefined) anchor = place(stored, this.bestEvent(stored));
        else place(stored, this.articles[anchor].event);
      }
    }
    const assigned = new Map(batch.map(({ stored }) => [stored.id, this.states[stored.event].id]));
    const changed = new Set([...assigned.values(), ...[...this.mergedInto.values()].map((e) => this.states[e].id)]);
    const removed = [...this.mergedInto.keys()].map((e) => this.states[e].id);
    return { changed: [...changed].filter((id) => !removed.includes(id)), assigned, removed };
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
    this.post(index);
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

  /** Put an article in the postings of its rare features (in index order, live and restored alike). */
  private post(index: number): void {
    const stored = this.articles[index];
    // A feature is posted while it is rare; one that grew common since is skipped by every lookup anyway, so a
    // restored index, which posts by today's frequencies, finds the same candidates.
    for (const id of stored.vector.ids) {
      if (this.vocab.df(id) > BLOCK_MAX_DF) continue;
      const list = this.postings.get(id);
      if (list) list.push(index);
      else this.postings.set(id, [index]);
    }
  }

  /**
   * The event an article joins (-1 for a new one). An article that links two events well (two reports of one
   * happening that arrived before anything tied them) merges them, as single-link clustering would.
   */
  private bestEvent(x: Stored): number {
    const linked = this.linkedEvents(x);
    if (!linked.length) return -1;
    const target = linked[0].event;
    for (const { event, margin } of linked.slice(1)) {
      if (margin >= this.thresholds.merge && this.datesAgree(this.states[target], this.states[event])) this.merge(target, event);
    }
    return target;
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

  /**
   * Two events may merge when their dates put them at most a day apart (a firm day against a firm day, or against
   * the earliest publication day of an event without one), or when one of them has no reliable date.
   */
  private datesAgree(a: EventState, b: EventState): boolean {
    const gap = dayGap(this.eventDated(a), this.eventDated(b));
    return gap === null || gap <= 1;
  }

  /** The date an event is grouped on: its firm day, else its members' earliest publication day, else none. */
  private eventDated(s: EventState): { trust: 'firm' | 'upper' | 'none'; day: number | null } {
    const firm = topDay(s.firmDays);
    if (firm !== null) return { trust: 'firm', day: firm };
    let upper: number | null = null;
    for (const m of s.members) {
      const a = this.articles[m];
      if (a.trust === 'upper' && a.day !== null && (upper === null || a.day < upper)) upper = a.day;
    }
    return upper === null ? { trust: 'none', day: null } : { trust: 'upper', day: upper };
  }

  /** The events an article links to, best first, with their margins over the score needed. */
  private linkedEvents(x: Stored): Array<{ event: number; margin: number }> {
    // Shared rare-feature weight per earlier article, in a reused array: the walk over postings is the hot loop.
    if (this.overlap.length < this.articles.length) this.overlap = new Float64Array(this.articles.length * 2);
    const overlap = this.overlap;
    const touched: number[] = [];
    for (const id of x.vector.ids) {
      if (this.vocab.df(id) > BLOCK_MAX_DF) continue;
      const list = this.postings.get(id);
      if (!list) continue;
      const w = this.vocab.idf(id);
      for (const c of list) {
        const day = this.articles[c].day;
        if (x.day !== null && day !== null && Math.abs(x.day - day) > DATE_WINDOW) continue;
        if (overlap[c] === 0) touched.push(c);
        overlap[c] += w;
      }
    }
    const candidates = touched.map((c) => [c, overlap[c]] as const).sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    for (const c of touched) overlap[c] = 0;
    // Per event: the best pair's score and the score that pair needs under the dates.
    const pairs = new Map<number, { best: number; need: number; contentOnly: boolean; seen: Map<number, number> }>();
    for (const [c] of candidates) {
      const other = this.articles[c];
      const state = this.states[other.event];
      if (!this.fitsEventDate(x, state)) continue;
      const need = requiredScore(x, other, this.thresholds);
      if (need === Infinity) continue;
      const contentOnly = dayGap(x, other) === null;
      const s = score(likeness(x.vector, other.vector, this.vocab), contentOnly);
      const entry = pairs.get(other.event) ?? { best: -1, need, contentOnly, seen: new Map<number, number>() };
      entry.seen.set(c, s);
      if (s - need > entry.best - entry.need) [entry.best, entry.need] = [s, need];
      pairs.set(other.event, entry);
    }
    const linked: Array<{ event: number; margin: number }> = [];
    for (const [event, entry] of pairs) {
      if (entry.best - entry.need <= 0) continue;
      // Half the best pair, half the mean over (a sample of) the members: one close article is not enough to
      // pull a report into an event whose other articles are about something else, and chains stay short.
      const members = this.states[event].members;
      const sample = members.length <= MEAN_SAMPLE ? members : members.slice(0, MEAN_SAMPLE);
      let sum = 0;
      for (const m of sample) sum += entry.seen.get(m) ?? score(likeness(x.vector, this.articles[m].vector, this.vocab), entry.contentOnly);
      const margin = (1 - MEAN_WEIGHT) * entry.best + (MEAN_WEIGHT * sum) / sample.length - entry.need;
      if (margin > 0) linked.push({ event, margin });
    }
    return linked.sort((a, b) => b.margin - a.margin);
  }

  /** A firmly dated article does not join an event whose firm day is more than two days off, however alike. */
  private fitsEventDate(x: Stored, state: EventState): boolean {
    if (x.trust !== 'firm' || x.day === null || state.firmDays.size === 0) return true;
    return Math.abs(topDay(state.firmDays)! - x.day) <= 2;
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
