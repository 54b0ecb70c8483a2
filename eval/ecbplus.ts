import type { ArticleEntityRecord, EntityType } from '../src/model.js';
import type { EventInput, StoryEvent } from '../src/events/event-input.js';
import { clusterEvents } from '../src/events/cluster-events.js';
import { contentTerms } from '../src/events/terms.js';
import { resolveEntities } from '../src/resolution/resolve-entities.js';
import { fold } from '../src/resolution/names.js';
import { judgePublished } from '../src/pipeline/article/dates.js';
import { bcubedScore, pairwiseScore, type PairwiseScore } from './cluster-metrics.js';
import { datasetDir } from './datasets.js';
import { ecbTopics, readEcbTopics, type EcbDoc } from './ecbplus-read.js';
import type { PrF } from './metrics.js';
import { fmt, printTable, type TaskResult } from './report.js';

const DATASET = 'ecbplus';
/** A fixed "now" for resolving dates, so runs agree. */
const NOW = new Date('2015-01-01T00:00:00Z');
const SPLITS = ['dev', 'train', 'test'] as const;

/**
 * An ECB+ document as the events stage reads it. The documents carry no publication date, so, as the article stages
 * do for an undated page, the date is estimated from the dates written in the text (with a warning: it is not
 * trusted for grouping); no entities, no quotes (the stage falls back to its own rules).
 */
export function ecbEventInput(doc: EcbDoc): EventInput {
  const judged = judgePublished(doc.text, null, null, NOW);
  return {
    id: doc.name,
    text: doc.text,
    title: doc.title,
    published: judged.published,
    publishedConfidence: judged.confidence,
    dateWarnings: judged.warnings,
    eventDate: judged.published,
    dates: judged.mentions.map((m) => m.date),
    entities: [],
    quotes: [],
  };
}

/** Gold document clusters: the (topic, part) pairs. */
export function ecbDocGold(docs: EcbDoc[]): Map<string, string> {
  return new Map(docs.map((d) => [d.name, `${d.topic}${d.part}`]));
}

/** Document → cluster id from events. */
export function clustersOf(events: Array<Pick<StoryEvent, 'id' | 'articleIds'>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) for (const id of e.articleIds) out.set(id, e.id);
  return out;
}

/**
 * The baseline document clustering: TF-IDF cosine over the whole text's content words, single link at a fixed
 * threshold (0.25, the best on dev and train), all pairs (fine for a few hundred documents; the events stage never
 * compares all pairs).
 */
export function tfidfBaseline(docs: EcbDoc[], threshold = 0.25): Map<string, string> {
  const tfs = docs.map((d) => {
    const m = new Map<string, number>();
    for (const t of contentTerms(d.text)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vecs = tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + docs.length / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    for (const [t, w] of v) v.set(t, w / Math.sqrt(norm || 1));
    return v;
  });
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      let dot = 0;
      for (const [t, w] of vecs[i]) dot += w * (vecs[j].get(t) ?? 0);
      if (dot >= threshold) parent[find(i)] = find(j);
    }
  }
  return new Map(docs.map((d, i) => [d.name, String(find(i))]));
}

/** Markable types → entity types; generic mentions ("leaders") are groups. */
function entityType(markable: string): EntityType {
  if (markable === 'HUMAN_PART_PER') return 'person';
  if (markable === 'HUMAN_PART_GENERIC') return 'group';
  if (markable.startsWith('LOC') || markable === 'HUMAN_PART_GPE' || markable === 'HUMAN_PART_FAC') return 'place';
  return 'org';
}

const NOT_A_NAME = /^(he|she|it|they|we|i|you|his|her|its|their|our|this|that|these|those|who|which|one|police|officials?)$/i;

/**
 * Article entities of one document from its marked mentions: one record per distinct surface form of a proper-name
 * mention (leading article dropped, a capitalised word that only opens a sentence passed over), typed from the
 * markable, with the gold instance most of its mentions belong to (null when none is linked across documents).
 */
export function ecbEntityRecords(doc: EcbDoc): Array<{ record: ArticleEntityRecord; instance: string | null }> {
  // Capitalised words seen inside a sentence: a lone capitalised word that only ever opens one is not a name.
  const midCaps = new Set(doc.text.split('\n').flatMap((line) => line.split(' ').slice(1)).filter((w) => /^\p{Lu}/u.test(w)));
  const bySurface = new Map<string, { type: EntityType; instances: string[] }>();
  for (const m of doc.entities) {
    const surface = m.surface.replace(/^(the|a|an)\s+/i, '').replace(/\s*['’]s?$/, '').trim();
    const words = surface.split(' ');
    if (!/^\p{Lu}\p{L}/u.test(surface) || NOT_A_NAME.test(surface) || /^I['’]/.test(surface)) continue;
    if (words.length === 1 && m.sentenceStart && !midCaps.has(surface)) continue;
    const entry = bySurface.get(surface) ?? { type: entityType(m.type), instances: [] };
    if (m.instance) entry.instances.push(m.instance);
    bySurface.set(surface, entry);
  }
  let n = 0;
  return [...bySurface].map(([surface, { type, instances }]) => ({
    record: {
      id: `${doc.name}:e${++n}`,
      articleId: doc.name,
      name: surface,
      type,
      aliases: [surface],
      roles: [],
      mentions: [],
      entityId: null,
    },
    instance: majority(instances),
  }));
}

function majority(xs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

interface EventsRow extends PairwiseScore {
  split: string;
  system: string;
  docs: number;
  goldClusters: number;
  clusters: number;
  seconds: number;
}

/** `ecb-events`: document-level event clusters on dev, train and test, Storyline against the TF-IDF baseline. */
export async function ecbEventsTask(): Promise<TaskResult> {
  const { dir, missing } = datasetDir(DATASET, ['ECB+']);
  if (!dir) return { task: 'ecb-events', skipped: missing, summary: [] };
  const rows: EventsRow[] = [];
  for (const split of SPLITS) {
    const docs = readEcbTopics(`${dir}/ECB+`, ecbTopics(`${dir}/ECB+`, split));
    const gold = ecbDocGold(docs);
    const goldClusters = new Set(gold.values()).size;
    let t = performance.now();
    const events = clusterEvents(docs.map(ecbEventInput));
    const s = (performance.now() - t) / 1000;
    rows.push({ split, system: 'Storyline clusterEvents', docs: docs.length, goldClusters, clusters: events.length, seconds: s, ...pairwiseScore(gold, clustersOf(events)) });
    t = performance.now();
    const base = tfidfBaseline(docs);
    const bs = (performance.now() - t) / 1000;
    rows.push({ split, system: 'TF-IDF single link 0.25', docs: docs.length, goldClusters, clusters: new Set(base.values()).size, seconds: bs, ...pairwiseScore(gold, base) });
  }
  printTable(
    'ECB+ document event clusters (pairwise, gold = topic × ecb/ecbplus part)',
    ['split', 'system', 'docs', 'gold', 'clusters', 'P', 'R', 'F1', 's'],
    rows.map((r) => [r.split, r.system, String(r.docs), String(r.goldClusters), String(r.clusters), fmt(r.precision), fmt(r.recall), fmt(r.f1), r.seconds.toFixed(2)]),
  );
  const test = rows.filter((r) => r.split === 'test');
  return {
    task: 'ecb-events',
    results: rows,
    summary: [{ task: 'ecb-events (test)', metric: 'pairwise F1', storyline: test[0].f1, baselines: { [test[1].system]: test[1].f1 } }],
  };
}

interface EntitiesRow extends PairwiseScore {
  split: string;
  system: string;
  records: number;
  scored: number;
  bcubed: PrF;
}

/** `ecb-entities`: cross-document merging of proper-name mentions with `resolveEntities`, against exact match. */
export async function ecbEntitiesTask(): Promise<TaskResult> {
  const { dir, missing } = datasetDir(DATASET, ['ECB+']);
  if (!dir) return { task: 'ecb-entities', skipped: missing, summary: [] };
  const rows: EntitiesRow[] = [];
  for (const split of ['dev', 'test'] as const) {
    const docs = readEcbTopics(`${dir}/ECB+`, ecbTopics(`${dir}/ECB+`, split));
    const items = docs.flatMap(ecbEntityRecords);
    const gold = new Map(items.filter((i) => i.instance).map((i) => [i.record.id, i.instance!]));
    const { links } = resolveEntities([], items.map((i) => i.record));
    // The resolver is incremental and order-sensitive: a bare surname seen first cannot later join its full name.
    const fullestFirst = [...items].sort((a, b) => b.record.name.split(' ').length - a.record.name.split(' ').length);
    const { links: sorted } = resolveEntities([], fullestFirst.map((i) => i.record));
    const exact = new Map(items.map((i) => [i.record.id, fold(i.record.name)]));
    const systems = [
      ['Storyline resolveEntities, document order', links],
      ['Storyline resolveEntities, fullest names first', sorted],
      ['exact surface match', exact],
    ] as const;
    for (const [system, predicted] of systems) {
      rows.push({ split, system, records: items.length, scored: gold.size, bcubed: bcubedScore(gold, predicted), ...pairwiseScore(gold, predicted) });
    }
  }
  printTable(
    'ECB+ cross-document entity merging (records = distinct proper-name surface forms per document; scored = those with a gold instance)',
    ['split', 'system', 'records', 'scored', 'P', 'R', 'F1', 'B³ P', 'B³ R', 'B³ F1'],
    rows.map((r) => [r.split, r.system, String(r.records), String(r.scored), fmt(r.precision), fmt(r.recall), fmt(r.f1), fmt(r.bcubed.precision), fmt(r.bcubed.recall), fmt(r.bcubed.f1)]),
  );
  const test = rows.filter((r) => r.split === 'test');
  return {
    task: 'ecb-entities',
    results: rows,
    summary: [
      { task: 'ecb-entities (test)', metric: 'pairwise F1', storyline: test[0].f1, baselines: { [test[2].system]: test[2].f1 } },
      { task: 'ecb-entities (test)', metric: 'B³ F1', storyline: test[0].bcubed.f1, baselines: { [test[2].system]: test[2].bcubed.f1 } },
    ],
  };
}
