import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../src/entities/extract-entities.js';
import { analyse } from '../src/nlp/analyse.js';
import { datasetDir } from './datasets.js';
import { countPrf, type PrF } from './metrics.js';
import { fmt, printTable, type TaskResult } from './report.js';

/**
 * Within-document entity mention detection on ECB+ test topics 36–45: gold mentions are the markables of human
 * participants and locations (HUMAN_PART_*, LOC_*) in the annotated sentences; a predicted mention is any mention of
 * any entity the entities stage returns (names, titles, pronouns). A gold and a predicted mention match when their
 * character spans overlap, one to one. ECB+ marks common-noun mentions too ("the jury", "a polygamist leader"), which
 * the stage does not aim at, so recall is also given over the gold mentions that are proper names.
 */

const DATASET = 'ecbplus';
const TEST_TOPICS = [36, 37, 38, 39, 40, 41, 42, 43, 44, 45];
const GOLD_TAG = /^(?:HUMAN_PART|LOC)/;

/** One ECB+ document rebuilt as text: tokens joined by spaces, one line per sentence. */
export interface EcbDocument {
  name: string;
  text: string;
  /** Gold mention spans in `text`, with whether they are proper names. */
  gold: Array<{ start: number; end: number; proper: boolean }>;
  /** Character ranges of the annotated sentences: predictions outside them are not scored. */
  scored: Array<{ start: number; end: number }>;
}

/** A mention finder under test. */
export interface MentionFinder {
  name: string;
  find(text: string): Array<{ start: number; end: number }>;
}

/** Scores of one finder. */
export interface MentionScore extends PrF {
  name: string;
  tp: number;
  fp: number;
  fn: number;
  /** Recall over gold mentions whose words are capitalised: the proper names. */
  properRecall: number;
  msPerDocument: number;
}

/** Storyline: every mention of every entity of `extractEntities`. */
export const storylineMentions: MentionFinder = {
  name: 'Storyline entities',
  find: (text) => extractEntities(text, analyse(text).tokens).flatMap((e) => e.mentions),
};

/** Baseline: every run of capitalised words that does not open a sentence. */
export const capitalisedRuns: MentionFinder = {
  name: 'capitalised runs',
  find(text) {
    const out: Array<{ start: number; end: number }> = [];
    for (const line of lineSpans(text)) {
      const re = /(?<=\S\s)\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)*/gu;
      for (const m of text.slice(line.start, line.end).matchAll(re)) out.push({ start: line.start + m.index!, end: line.start + m.index! + m[0].length });
    }
    return out;
  },
};

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Read one ECB+ XML file into text, gold spans and scored sentence ranges. */
export function readEcbDocument(path: string, annotated: Set<number>): EcbDocument {
  const xml = readFileSync(path, 'utf8');
  const tokens = new Map<string, { start: number; end: number; sentence: number; word: string }>();
  const sentences = new Map<number, { start: number; end: number }>();
  let text = '';
  let sentence = -1;
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const word = m[3].replace(/&\w+;/g, (e) => ENTITIES[e] ?? e);
    const s = Number(m[2]);
    if (s !== sentence) { if (text) text += '\n'; sentence = s; } else text += ' ';
    const start = text.length;
    text += word;
    tokens.set(m[1], { start, end: text.length, sentence: s, word });
    const span = sentences.get(s);
    sentences.set(s, { start: span?.start ?? start, end: text.length });
  }
  const gold: EcbDocument['gold'] = [];
  for (const m of xml.matchAll(/<(\w+) m_id="\d+"[^>]*>((?:\s*<token_anchor t_id="\d+"\/>)+)\s*<\/\1>/g)) {
    if (!GOLD_TAG.test(m[1])) continue;
    const anchored = [...m[2].matchAll(/t_id="(\d+)"/g)].map((a) => tokens.get(a[1])!).filter(Boolean);
    if (!anchored.length || !annotated.has(anchored[0].sentence)) continue;
    const proper = anchored.every((t) => /^\p{Lu}/u.test(t.word) || /^(?:of|de|the|van|von|-|&)$/.test(t.word)) && /^\p{Lu}/u.test(anchored[0].word);
    gold.push({ start: Math.min(...anchored.map((t) => t.start)), end: Math.max(...anchored.map((t) => t.end)), proper });
  }
  const scored = [...annotated].map((s) => sentences.get(s)).filter((s): s is { start: number; end: number } => !!s);
  return { name: path.split('/').pop()!, text, gold, scored };
}

/** The test topics' documents, with the sentences the annotators covered. */
export function loadEcbDocuments(dir: string): EcbDocument[] {
  const csv = readFileSync(join(dir, 'ECB+_LREC2014', 'ECBplus_coreference_sentences.csv'), 'utf8');
  const annotated = new Map<string, Set<number>>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',');
    if (!sentence) continue;
    const key = `${topic}_${file}.xml`;
    if (!annotated.has(key)) annotated.set(key, new Set());
    annotated.get(key)!.add(Number(sentence));
  }
  const docs: EcbDocument[] = [];
  for (const topic of TEST_TOPICS) {
    const folder = join(dir, 'ECB+', String(topic));
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.xml')).sort()) {
      const sentences = annotated.get(file);
      if (sentences) docs.push(readEcbDocument(join(folder, file), sentences));
    }
  }
  return docs;
}

/** Score a finder: overlapping spans match one to one; predictions outside annotated sentences are not counted. */
export function scoreMentions(finder: MentionFinder, docs: EcbDocument[]): MentionScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let proper = 0;
  let properFound = 0;
  let ms = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const found = finder.find(doc.text);
    ms += performance.now() - t0;
    const predicted = found.filter((p) => doc.scored.some((s) => p.start >= s.start && p.end <= s.end));
    const used = new Set<number>();
    for (const g of doc.gold) {
      const i = predicted.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
      if (g.proper) proper++;
      if (i < 0) { fn++; continue; }
      used.add(i);
      tp++;
      if (g.proper) properFound++;
    }
    fp += predicted.length - used.size;
  }
  return { name: finder.name, tp, fp, fn, ...countPrf(tp, fp, fn), properRecall: proper ? properFound / proper : 0, msPerDocument: ms / docs.length };
}

/** The ECB+ entity-mention task: Storyline against the capitalised-runs baseline. */
export async function ecbEntitiesTask(): Promise<TaskResult> {
  const { dir, missing } = datasetDir(DATASET, ['ECB+', 'ECB+_LREC2014/ECBplus_coreference_sentences.csv']);
  if (!dir) return { task: 'ecb-mentions', skipped: missing, summary: [] };
  const docs = loadEcbDocuments(dir);
  const scores = [storylineMentions, capitalisedRuns].map((f) => scoreMentions(f, docs));
  const goldCount = docs.reduce((n, d) => n + d.gold.length, 0);
  printTable(
    `Entity mentions: ECB+ test topics 36-45, ${docs.length} documents, ${goldCount} gold HUMAN_PART/LOC mentions (overlap match)`,
    ['finder', 'precision', 'recall', 'F1', 'proper-name recall', 'tp/fp/fn', 'ms/doc'],
    scores.map((s) => [s.name, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(s.properRecall), `${s.tp}/${s.fp}/${s.fn}`, s.msPerDocument.toFixed(2)]),
  );
  const [storyline, ...others] = scores;
  return {
    task: 'ecb-mentions',
    results: scores,
    summary: [{ task: 'ECB+ entity mentions', metric: 'F1', storyline: storyline.f1, baselines: Object.fromEntries(others.map((s) => [s.name, s.f1])) }],
  };
}

function lineSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}
