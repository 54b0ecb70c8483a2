/**
 * How closely our tokenizer, sentence splitter and tagger (`src/nlp/analyse.ts`) agree with wink-nlp, and how fast
 * each is.
 *
 *   node dist/bench/nlp-agreement.js [--set NAME] [--bench-corpus PATH] [--show[=N]] [--no-time]
 *
 * Text sets: the bundled sample corpus (examples/corpus text and JSON lines), the generated bench corpus (first 1000
 * lines of bench/out/work/corpus-1000-1.jsonl), PolNeAR train+dev texts and ECB+ train topics from ../shared/datasets.
 * A set that is not there is skipped with a note.
 *
 * Per set it prints token span F1 (a token matches when both have it at the same start and end), type agreement on
 * matched tokens, sentence-boundary F1 (sentence end offsets), and ms per article for each side, timed warm in this
 * process. Tokens are compared as `analyse()` hands them on: tab/line-break tokens left out; POS agreement is over
 * matched tokens. The reference is one long-lived wink instance, as the pipeline ran it, which reads the texts of a
 * set one after another: what it remembers from earlier texts changes how it splits some tokens ("Trump's" stays
 * whole once it has met "Trump's,"), while ours remember within one text only, so the token differences the table
 * shows on long sets are that memory (the tests check single texts against a fresh wink). wink cannot be made fresh
 * again in one process: each new instance re-encodes a part of its shared model and runs out of memory after a few.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyse } from './wink-analyse.js';
import { analyse as analyseOurs } from '../src/nlp/analyse.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { splitSentences } from '../src/nlp/split-sentences.js';
import { datasetDir } from '../eval/datasets.js';
import { ecbTopics, readEcbTopics } from '../eval/ecbplus-read.js';

/** A token as compared: offsets, wink's type name, and a tag when the side has one. */
export interface ComparedToken {
  start: number;
  end: number;
  type: string;
  pos?: string;
}

/** One side's analysis of a text. */
export interface Analysis {
  tokens: ComparedToken[];
  sentences: Array<{ start: number; end: number; paragraph: number }>;
}

/** Our tokenizer, splitter and tagger (`src/nlp/analyse.ts`). */
export function oursAnalysis(text: string): Analysis {
  const a = analyseOurs(text);
  return { tokens: a.tokens.map((t) => ({ start: t.start, end: t.end, type: t.type, pos: t.pos })), sentences: a.sentences };
}

/** wink through the reference `analyse()`. */
export function winkAnalysis(text: string): Analysis {
  const a = analyse(text);
  return { tokens: a.tokens.map((t) => ({ start: t.start, end: t.end, type: t.type, pos: t.pos })), sentences: a.sentences };
}


/** Counts over a set's texts. */
export class Tally {
  texts = 0;
  chars = 0;
  oursTokens = 0;
  winkTokens = 0;
  matchedTokens = 0;
  sameType = 0;
  /** Matched tokens where both sides have a tag, and those where the tags agree. */
  taggedPairs = 0;
  sameTag = 0;
  oursBoundaries = 0;
  winkBoundaries = 0;
  matchedBoundaries = 0;
  /** Sentences both sides have with the same span, and those of them in the same paragraph. */
  sameSpanSentences = 0;
  sameParagraph = 0;
  /** Milliseconds per article, filled by the timing pass. */
  ms: Record<string, number> = {};
}

/** A column of the table. */
export interface Column {
  header: string;
  value: (t: Tally) => string;
}

const f1 = (matched: number, a: number, b: number): number => (a + b === 0 ? 1 : (2 * matched) / (a + b));
const fixed = (x: number, digits = 4): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');

export const COLUMNS: Column[] = [
  { header: 'texts', value: (t) => String(t.texts) },
  { header: 'KB/text', value: (t) => fixed(t.chars / 1024 / Math.max(1, t.texts), 1) },
  { header: 'tokens (wink)', value: (t) => String(t.winkTokens) },
  { header: 'token F1', value: (t) => fixed(f1(t.matchedTokens, t.oursTokens, t.winkTokens)) },
  { header: 'type agree', value: (t) => fixed(t.sameType / Math.max(1, t.matchedTokens)) },
  { header: 'POS agree', value: (t) => (t.taggedPairs ? fixed(t.sameTag / t.taggedPairs) : '-') },
  { header: 'sentences (wink)', value: (t) => String(t.winkBoundaries) },
  { header: 'sentence F1', value: (t) => fixed(f1(t.matchedBoundaries, t.oursBoundaries, t.winkBoundaries)) },
  { header: 'paragraph agree', value: (t) => fixed(t.sameParagraph / Math.max(1, t.sameSpanSentences)) },
  { header: 'ours tok ms', value: (t) => fixed(t.ms.oursTokenize, 3) },
  { header: 'ours tok+split ms', value: (t) => fixed(t.ms.oursBoth, 3) },
  { header: 'wink readDoc ms', value: (t) => fixed(t.ms.winkReadDoc, 3) },
  { header: 'ours ms/5KB', value: (t) => fixed((t.ms.oursBoth * 5 * 1024 * t.texts) / Math.max(1, t.chars), 3) },
  { header: 'ours analyse ms', value: (t) => fixed(t.ms.oursAnalyse, 3) },
  { header: 'wink analyse ms', value: (t) => fixed(t.ms.winkAnalyse, 3) },
];

/** A text where the sides differ, kept for `--show`. */
interface Difference {
  kind: 'token' | 'type' | 'sentence';
  key: string;
  example: string;
}

/** Add one text's comparison to the tally; differences go to `diffs` when it is given. */
export function compare(text: string, ours: Analysis, wink: Analysis, tally: Tally, diffs?: Difference[]): void {
  tally.texts++;
  tally.chars += text.length;
  tally.oursTokens += ours.tokens.length;
  tally.winkTokens += wink.tokens.length;
  const winkBySpan = new Map<number, ComparedToken>();
  const key = (t: { start: number; end: number }) => t.start * 0x100000 + (t.end - t.start);
  for (const t of wink.tokens) winkBySpan.set(key(t), t);
  for (const t of ours.tokens) {
    const w = winkBySpan.get(key(t));
    if (!w) continue;
    tally.matchedTokens++;
    if (w.type === t.type) tally.sameType++;
    else diffs?.push({ kind: 'type', key: `${w.type} -> ${t.type}: ${shape(text.slice(t.start, t.end))}`, example: context(text, t.start, t.end) });
    if (t.pos !== undefined && w.pos !== undefined) {
      tally.taggedPairs++;
      if (t.pos === w.pos) tally.sameTag++;
    }
  }
  const oursEnds = new Set(ours.sentences.map((s) => s.end));
  const winkEnds = new Set(wink.sentences.map((s) => s.end));
  tally.oursBoundaries += oursEnds.size;
  tally.winkBoundaries += winkEnds.size;
  for (const e of oursEnds) if (winkEnds.has(e)) tally.matchedBoundaries++;
  const winkParagraph = new Map(wink.sentences.map((s) => [key(s), s.paragraph]));
  for (const s of ours.sentences) {
    const p = winkParagraph.get(key(s));
    if (p === undefined) continue;
    tally.sameSpanSentences++;
    if (p === s.paragraph) tally.sameParagraph++;
  }
  if (!diffs) return;
  for (const d of tokenDifferences(text, ours.tokens, wink.tokens)) diffs.push(d);
  for (const e of oursEnds) if (!winkEnds.has(e)) diffs.push(sentenceDifference(text, e, 'ours only'));
  for (const e of winkEnds) if (!oursEnds.has(e)) diffs.push(sentenceDifference(text, e, 'wink only'));
}

/** Regions where the two tokenisations differ, each with both segmentations. */
function tokenDifferences(text: string, ours: ComparedToken[], wink: ComparedToken[]): Difference[] {
  const out: Difference[] = [];
  let i = 0;
  let j = 0;
  while (i < ours.length || j < wink.length) {
    const a = ours[i];
    const b = wink[j];
    if (a && b && a.start === b.start && a.end === b.end) {
      i++;
      j++;
      continue;
    }
    let lo = Math.min(a ? a.start : Infinity, b ? b.start : Infinity);
    let hi = Math.max(a ? a.end : -Infinity, b ? b.end : -Infinity);
    if (!a || (b && b.end <= a.start)) hi = b.end;
    else if (!b || a.end <= b.start) hi = a.end;
    const oursPart: string[] = [];
    const winkPart: string[] = [];
    for (;;) {
      let grew = false;
      while (i < ours.length && ours[i].start < hi) {
        oursPart.push(text.slice(ours[i].start, ours[i].end));
        hi = Math.max(hi, ours[i].end);
        lo = Math.min(lo, ours[i].start);
        i++;
        grew = true;
      }
      while (j < wink.length && wink[j].start < hi) {
        winkPart.push(text.slice(wink[j].start, wink[j].end));
        hi = Math.max(hi, wink[j].end);
        lo = Math.min(lo, wink[j].start);
        j++;
        grew = true;
      }
      if (!grew) break;
    }
    const w = winkPart.join('|');
    const o = oursPart.join('|');
    out.push({ kind: 'token', key: `wink ${shape(w)}  ours ${shape(o)}`, example: `${context(text, lo, hi)}   wink [${w}]  ours [${o}]` });
  }
  return out;
}

function sentenceDifference(text: string, end: number, side: string): Difference {
  return { kind: 'sentence', key: `${side}: ${shape(text.slice(Math.max(0, end - 4), end))} ‖ ${shape(text.slice(end, end + 4))}`, example: context(text, end, end) };
}

/** A text's shape: letter runs as "a"/"A", digit runs as "9", the rest kept ("Mr." -> "Aa."). */
function shape(s: string): string {
  return s.replace(/[A-Z]+/g, 'A').replace(/[a-z]+/g, 'a').replace(/[0-9]+/g, '9').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** The text around [start, end) on one line, the span in brackets. */
function context(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\n/g, '⏎').replace(/\t/g, '⇥');
  return `…${flat(text.slice(Math.max(0, start - 40), start))}⟦${flat(text.slice(start, end))}⟧${flat(text.slice(end, end + 40))}…`;
}

/** A named list of texts. */
interface TextSet {
  name: string;
  texts: string[];
}

/** Read the text sets; a missing one is skipped with a note on stderr. */
function loadSets(benchCorpus: string): TextSet[] {
  const sets: TextSet[] = [];
  const examples: string[] = [];
  const textDir = 'examples/corpus/text';
  if (existsSync(textDir)) for (const f of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) examples.push(readFileSync(join(textDir, f), 'utf8'));
  const jsonlDir = 'examples/corpus/jsonl';
  if (existsSync(jsonlDir)) for (const f of readdirSync(jsonlDir).filter((f) => f.endsWith('.jsonl')).sort()) examples.push(...jsonTexts(join(jsonlDir, f), Infinity));
  if (examples.length) sets.push({ name: 'examples', texts: examples });
  else note('examples/corpus not found (run from the repository root)');

  if (existsSync(benchCorpus)) sets.push({ name: 'bench-1000', texts: jsonTexts(benchCorpus, 1000) });
  else note(`bench corpus ${benchCorpus} not found (make it with the bench, or pass --bench-corpus PATH)`);

  const polnear = datasetDir('polnear', ['data/train/text', 'data/dev/text']);
  if (polnear.dir) {
    const texts: string[] = [];
    for (const split of ['train', 'dev']) {
      const dir = join(polnear.dir, 'data', split, 'text');
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(dir, f), 'utf8'));
    }
    sets.push({ name: 'polnear-train+dev', texts });
  } else note(polnear.missing as string);

  const ecb = datasetDir('ecbplus', ['ECB+']);
  if (ecb.dir) {
    const root = join(ecb.dir, 'ECB+');
    sets.push({ name: 'ecb+-train', texts: readEcbTopics(root, ecbTopics(root, 'train')).map((d) => d.text) });
  } else note(ecb.missing as string);
  return sets;
}

function jsonTexts(path: string, limit: number): string[] {
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (out.length >= limit) break;
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text?: unknown };
    if (typeof r.text === 'string' && r.text) out.push(r.text);
  }
  return out;
}

function note(s: string): void {
  process.stderr.write(`note: ${s}\n`);
}

/**
 * ms per article for our tokenizer, our tokenizer and splitter, and wink's `readDoc` with no pipes (its
 * tokenizer alone), each warm, in rounds taken in turn so machine noise falls on all; the median round counts.
 */
function time(texts: string[], tally: Tally, minMs: number): void {
  const plain = winkNLP(model, []);
  const runs: Record<string, () => void> = {
    oursTokenize: () => {
      for (const t of texts) tokenize(t);
    },
    oursBoth: () => {
      for (const t of texts) splitSentences(t, tokenize(t));
    },
    winkReadDoc: () => {
      for (const t of texts) plain.readDoc(t);
    },
    oursAnalyse: () => {
      for (const t of texts) analyseOurs(t);
    },
    winkAnalyse: () => {
      for (const t of texts) analyse(t);
    },
  };
  for (const run of Object.values(runs)) run(); // warm-up
  const samples: Record<string, number[]> = {};
  let spent = 0;
  let rounds = 0;
  while (rounds < 5 || (spent < minMs && rounds < 200)) {
    for (const [name, run] of Object.entries(runs)) {
      const t0 = performance.now();
      run();
      const ms = performance.now() - t0;
      spent += ms;
      (samples[name] ??= []).push(ms / texts.length);
    }
    rounds++;
  }
  for (const [name, list] of Object.entries(samples)) tally.ms[name] = list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
}

function printTable(rows: Array<[string, Tally]>): void {
  const header = ['set', ...COLUMNS.map((c) => c.header)];
  const body = rows.map(([name, t]) => [name, ...COLUMNS.map((c) => c.value(t))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of body) console.log(line(r));
}

function printDifferences(name: string, diffs: Difference[], limit: number): void {
  for (const kind of ['token', 'type', 'sentence'] as const) {
    const groups = new Map<string, Difference[]>();
    for (const d of diffs) if (d.kind === kind) (groups.get(d.key) ?? groups.set(d.key, []).get(d.key)!).push(d);
    if (!groups.size) continue;
    const total = diffs.filter((d) => d.kind === kind).length;
    console.log(`\n## ${name}: ${kind} differences (${total}), top classes`);
    const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, limit);
    for (const [key, list] of sorted) {
      console.log(`${String(list.length).padStart(5)}  ${key}`);
      for (const d of list.slice(0, 2)) console.log(`         ${d.example}`);
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
    if (i < 0) return undefined;
    return args[i].includes('=') ? args[i].slice(flag.length + 1) : args[i + 1];
  };
  const showArg = args.find((a) => a === '--show' || a.startsWith('--show='));
  const show = showArg ? Number(showArg.split('=')[1] ?? 15) : 0;
  const only = value('--set');
  const benchCorpus = value('--bench-corpus') ?? 'bench/out/work/corpus-1000-1.jsonl';
  const timing = !args.includes('--no-time');
  const minMs = Number(value('--min-ms') ?? 3000);

  const rows: Array<[string, Tally]> = [];
  for (const set of loadSets(benchCorpus)) {
    if (only && set.name !== only) continue;
    const tally = new Tally();
    const diffs: Difference[] | undefined = show ? [] : undefined;
    for (const text of set.texts) compare(text, oursAnalysis(text), winkAnalysis(text), tally, diffs);
    if (timing) time(set.texts, tally, minMs);
    rows.push([set.name, tally]);
    if (diffs) printDifferences(set.name, diffs, show);
  }
  if (show) console.log('');
  printTable(rows);
}

main();
