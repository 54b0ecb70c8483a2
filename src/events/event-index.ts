import { createHash } from 'node:crypto';
import type { EventInput, PublishedEstimate, StoryEvent } from './event-input.js';
import { articleFeatures, type ArticleFeatures } from './features.js';
import { requiredScore } from './date-gate.js';
import { likeness, score } from './similarity.js';
import { Vocabulary, toVector, type FeatureVector } from './vocabulary.js';
import { estimatePublished, summariseEvent } from './event-summary.js';

/** Features more common than this are not used to find candidates (they still count in the scores). */
const BLOCK_MAX_DF = 400;
/** How many candidate articles, by shared rare features, one article is scored against at most. */
const MAX_CANDIDATES = 60;
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

/** What one `add` changed. */
export interface AddResult {
  /** Ids of the events that were created or gained articles. */
  changed: string[];
  /** Article id → event id, for the articles added. */
  assigned: Map<string, string>;
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
  private readonly postings: number[][] = [];
  private readonly states: EventState[] = [];

  /** How many articles the index holds. */
  get size(): number {
    return this.articles.length;
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
    const isCopy = (b: (typeof batch)[number]) => Boolean(b.input.copyOf && b.input.copyOf !== b.input.id);
    const copies = batch.filter(isCopy);
    const changed = new Set<number>();
    const assigned = new Map<string, string>();
    const place = (stored: Stored, event: number) => {
      const index = this.articles.length;
      this.articles.push(stored);
      this.byId.set(stored.id, index);
      this.join(index, event);
      changed.add(stored.event);
      assigned.set(stored.id, this.states[stored.event].id);
    };
    for (const { input, stored } of batch) {
      if (isCopy({ input, stored })) continue;
      place(stored, this.bestEvent(stored));
    }
    for (const { input, stored } of copies) {
      const original = this.byId.get(input.copyOf!);
      place(stored, original === undefined ? this.bestEvent(stored) : this.articles[original].event);
    }
    return { changed: [...changed].map((e) => this.states[e].id), assigned };
  }

  /** Every event, in date order (undated last). */
  events(): StoryEvent[] {
    return this.states
      .filter((s) => s.members.length > 0)
      .map((s) => summariseEvent(s.id, this.members(s), (a, b) => score(likeness(a.vector, b.vector, this.vocab))))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  }

  /** `published` estimates for the articles without a reliable date, from their events. */
  estimates(): PublishedEstimate[] {
    const out: PublishedEstimate[] = [];
    for (const event of this.events()) {
      const members = event.articleIds.map((id) => this.articles[this.byId.get(id)!]);
      for (const m of members) {
        if (m.trust !== 'none') continue;
        const estimate = estimatePublished(m, event);
        if (estimate) out.push(estimate);
      }
    }
    return out;
  }

  private members(s: EventState): Stored[] {
    return s.members.map((i) => this.articles[i]);
  }

  private join(index: number, event: number): void {
    const stored = this.articles[index];
    if (event < 0) {
      event = this.states.length;
      const id = 'ev-' + createHash('sha1').update(stored.id).digest('hex').slice(0, 12);
      this.states.push({ id, members: [], firmDays: new Map() });
    }
    const state = this.states[event];
    stored.event = event;
    state.members.push(index);
    if (stored.trust === 'firm' && stored.day !== null) state.firmDays.set(stored.day, (state.firmDays.get(stored.day) ?? 0) + 1);
    for (const id of stored.vector.ids) {
      if (this.vocab.df(id) > BLOCK_MAX_DF) continue;
      (this.postings[id] ??= []).push(index);
    }
  }

  /** The event an article belongs to, or -1 for a new one. */
  private bestEvent(x: Stored): number {
    const overlap = new Map<number, number>();
    for (const id of x.vector.ids) {
      if (this.vocab.df(id) > BLOCK_MAX_DF) continue;
      const list = this.postings[id];
      if (!list) continue;
      const w = this.vocab.idf(id);
      for (const c of list) {
        const other = this.articles[c];
        if (x.day !== null && other.day !== null && Math.abs(x.day - other.day) > DATE_WINDOW) continue;
        overlap.set(c, (overlap.get(c) ?? 0) + w);
      }
    }
    const candidates = [...overlap].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    let best = -1;
    let bestMargin = 0;
    for (const [c] of candidates) {
      const other = this.articles[c];
      if (!this.fitsEventDate(x, this.states[other.event])) continue;
      const margin = score(likeness(x.vector, other.vector, this.vocab)) - requiredScore(x, other);
      if (margin > bestMargin) {
        bestMargin = margin;
        best = other.event;
      }
    }
    return best;
  }

  /** A firmly dated article does not join an event whose firm day is more than two days off, however alike. */
  private fitsEventDate(x: Stored, state: EventState): boolean {
    if (x.trust !== 'firm' || x.day === null || state.firmDays.size === 0) return true;
    let top = 0;
    let day = 0;
    for (const [d, n] of state.firmDays) if (n > top || (n === top && d < day)) [top, day] = [n, d];
    return Math.abs(day - x.day) <= 2;
  }
}
