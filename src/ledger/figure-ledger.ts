import type { FigureMetric, FigureRecord } from '../model.js';
import { fold } from '../resolution/names.js';

/** Metrics that only grow while a story goes on: a lower later total is a flag. Missing and displaced rise and fall. */
export const CUMULATIVE_METRICS: ReadonlySet<FigureMetric> = new Set(['killed', 'injured']);

/**
 * Metrics whose figures count one population, so two sources can disagree on them. Aid amounts are many different
 * sums (a fund, a pledge, an appeal) and `other` is anything, so they are not compared.
 */
export const COMPARABLE_METRICS: ReadonlySet<FigureMetric> = new Set(['killed', 'injured', 'missing', 'hostages', 'released', 'detained', 'displaced', 'evacuated']);

/** The most figures one disagreement flag lists. */
const MAX_FLAGGED = 50;

/** How far apart two sources' figures for one day may be before they count as disagreeing. */
export const DISAGREEMENT_RATIO = 0.1;

/** One reported value in a series: the figure, and the flags raised on it. */
export interface LedgerPoint {
  figureId: string;
  articleId: string;
  asOf: string | null;
  value: number;
  qualifier: string | null;
  increment: boolean;
  source: string | null;
  outlet: string | null;
  subject: string | null;
  text: string;
  flags: LedgerFlag[];
}

/** Why a reported value deserves a second look. */
export interface LedgerFlag {
  kind: 'disagreement' | 'decrease' | 'stale';
  /** One sentence a person can read. */
  text: string;
  /** The other figures the flag is about. */
  figureIds: string[];
}

/** The values reported for one metric at one place, over time. */
export interface LedgerSeries {
  metric: FigureMetric;
  /** The place as most often written, or null for figures that name none. */
  place: string | null;
  unit: string | null;
  /** Totals in as-of order (then value); increments are listed but not part of the running total. */
  points: LedgerPoint[];
}

/**
 * Build the figure ledger: per metric and place, the reported values over time, with three flags: two sources for
 * the same day more than 10% apart (`disagreement`), a running total of a cumulative metric that goes down
 * (`decrease`), and a total that repeats a figure first reported days earlier after a higher one was out (`stale`).
 * It reports what each source says and decides nothing about who is right.
 */
export function buildFigureLedger(figures: FigureRecord[]): LedgerSeries[] {
  const groups = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    const key = `${f.metric}\u0000${f.unit ?? ''}\u0000${f.place ? fold(f.place).replace(/^the /, '') : ''}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(f);
  }
  const series: LedgerSeries[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => (a.asOf ?? '9999').localeCompare(b.asOf ?? '9999') || a.value - b.value || a.id.localeCompare(b.id));
    const points = list.map(toPoint);
    series.push({ metric: list[0].metric, place: mostCommon(list.map((f) => f.place)), unit: list[0].unit, points });
  }
  const byId = new Map(series.flatMap((s) => s.points).map((p) => [p.figureId, p]));
  flagDisagreements(figures, byId);
  flagDecreasesAndStale(figures, series);
  return series.sort((a, b) => a.metric.localeCompare(b.metric) || b.points.length - a.points.length || (a.place ?? '').localeCompare(b.place ?? ''));
}

function toPoint(f: FigureRecord): LedgerPoint {
  return {
    figureId: f.id, articleId: f.articleId, asOf: f.asOf, value: f.value, qualifier: f.qualifier, increment: f.increment,
    source: f.source, outlet: f.outlet, subject: f.subject, text: f.sentence, flags: [],
  };
}

function sourceKey(source: string | null): string {
  return source ? fold(source).replace(/^(according to )?(the )?/, '') : '';
}

/**
 * Two figures count the same population when they name the same place, or both name none, or they stand in one
 * article (a report setting two sources side by side); a placed and an unplaced figure from different articles may
 * count different people, and place extraction is not sure enough to say.
 */
function comparablePlaces(a: FigureRecord, b: FigureRecord): boolean {
  if (a.articleId === b.articleId) return true;
  if (!a.place || !b.place) return !a.place && !b.place;
  return fold(a.place) === fold(b.place);
}

/** Two sources for the same metric and day, counting the same population, more than 10% apart. */
function flagDisagreements(figures: FigureRecord[], byId: Map<string, LedgerPoint>): void {
  const days = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    if (f.increment || !f.asOf || !f.source || !COMPARABLE_METRICS.has(f.metric)) continue;
    const key = `${f.metric}\u0000${f.unit ?? ''}\u0000${f.asOf}`;
    let list = days.get(key);
    if (!list) days.set(key, (list = []));
    list.push(f);
  }
  // One disagreement flag per point, naming the first other source it disagrees with (in list order); the figures it
  // disagrees with are listed (up to MAX_FLAGGED), so a day with many sources stays readable. Each point looks only
  // as far along its day as it takes to fill its list: comparing every pair of a day with thousands of figures took
  // minutes at 100,000 articles.
  for (const list of days.values()) {
    const keys = list.map((f) => sourceKey(f.source));
    for (let k = 0; k < list.length; k++) {
      const f = list[k];
      let flag: LedgerFlag | null = null;
      for (let o = 0; o < list.length && (!flag || flag.figureIds.length < MAX_FLAGGED); o++) {
        const g = list[o];
        if (o === k || keys[o] === keys[k] || !comparablePlaces(f, g)) continue;
        const gap = Math.abs(f.value - g.value) / Math.max(f.value, g.value);
        if (gap <= DISAGREEMENT_RATIO) continue;
        if (flag) {
          flag.figureIds.push(g.id);
          continue;
        }
        // The sentence names the two in list order, so both points of a pair read the same.
        const [a, b] = o < k ? [g, f] : [f, g];
        const text = `On ${a.asOf}, ${a.source} says ${a.value.toLocaleString('en-US')} and ${b.source} says ${b.value.toLocaleString('en-US')} (${Math.round(gap * 100)}% apart).`;
        flag = { kind: 'disagreement', text, figureIds: [g.id] };
        byId.get(f.id)!.flags.push(flag);
      }
    }
  }
}

/**
 * Cumulative metrics are checked across places (a story-wide toll is often given with no place): a total lower than
 * one already reported on an earlier day is `stale` when it repeats an earlier report's value, else `decrease`.
 */
function flagDecreasesAndStale(figures: FigureRecord[], series: LedgerSeries[]): void {
  const byId = new Map(series.flatMap((s) => s.points).map((p) => [p.figureId, p]));
  const totals = figures.filter((f) => CUMULATIVE_METRICS.has(f.metric) && !f.increment && f.asOf);
  const byMetric = new Map<string, FigureRecord[]>();
  for (const f of totals) {
    const key = `${f.metric}\u0000${f.unit ?? ''}`;
    let list = byMetric.get(key);
    if (!list) byMetric.set(key, (list = []));
    list.push(f);
  }
  for (const list of byMetric.values()) {
    list.sort((a, b) => a.asOf!.localeCompare(b.asOf!) || a.value - b.value);
    let max: FigureRecord | null = null;
    const firstSeen = new Map<number, FigureRecord>();
    for (const f of list) {
      if (max && f.asOf! > max.asOf! && f.value < max.value) {
        const earlier = firstSeen.get(f.value);
        const point = byId.get(f.id)!;
        const samePlace = !f.place || (max.place !== null && fold(f.place) === fold(max.place));
        if (earlier && earlier.asOf! < f.asOf!) {
          point.flags.push({
            kind: 'stale',
            text: `${f.value.toLocaleString('en-US')} as of ${f.asOf} repeats the figure first reported for ${earlier.asOf}; ${max.value.toLocaleString('en-US')} had been reported for ${max.asOf}.`,
            figureIds: [earlier.id, max.id],
          });
        } else if (samePlace) {
          // A lower count for a named place under a story-wide total is a part of it, not a decrease.
          point.flags.push({
            kind: 'decrease',
            text: `${f.value.toLocaleString('en-US')} as of ${f.asOf} is lower than the ${max.value.toLocaleString('en-US')} reported for ${max.asOf}.`,
            figureIds: [max.id],
          });
        }
      }
      if (!firstSeen.has(f.value)) firstSeen.set(f.value, f);
      if (!max || f.value > max.value) max = f;
    }
  }
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
