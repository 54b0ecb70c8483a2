/**
 * Scale benchmark of copy detection: deterministic synthetic corpora built from the sample corpus's sentences, timed
 * for a full build at each size (paged, as the corpus stage builds it) and for an incremental add of 1k articles into the largest, with peak memory.
 * Run: `npx tsc -p tsconfig.json && node --expose-gc dist/bench/copies-scale.js [sizes…]` (with the CLI's `--expose-gc`, so
 * pages collect their garbage as the corpus stage does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitSentences } from '../src/copies/align.js';
import { betweenPages } from '../src/pipeline/corpus/pages.js';
import { COPIES_PAGE } from '../src/pipeline/corpus/copy-links.js';
import { CopyIndex, type CopyInput } from '../src/pipeline/corpus/copies.js';
import { mulberry32 } from '../test/helpers/mulberry32.js';

/** The figures of one run. */
export interface CopiesScaleResult {
  /** Wall-clock seconds, and CPU seconds of the process (steadier on a shared machine). */
  sizes: { articles: number; seconds: number; cpuSeconds: number; links: number; plantedFound: number; planted: number; missedByKind: Record<string, number> }[];
  /** Time at the largest size over time at the smallest, wall clock and CPU. */
  ratio: number;
  cpuRatio: number;
  incremental: { base: number; added: number; seconds: number; cpuSeconds: number; links: number; shareOfRebuild: number; cpuShareOfRebuild: number };
  /** Peak resident set size of the process, MB. */
  peakRssMb: number;
}

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const STOP = new Set('a an the and or of to in on at by for with as is are was were be has have had that this it its he she they said from after before not but who which'.split(' '));


/** Sentences of the sample corpus's plain-text articles, split into tokens (words and the spaces/punctuation between). */
function seedSentences(): SeedToken[][] {
  const dir = join(ROOT, 'examples', 'corpus', 'text');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => splitSentences(readFileSync(join(dir, f), 'utf8')))
    .filter((s) => s.length > 40).map(tokenize);
}

function vocabulary(size: number): string[] {
  // Letters alternate consonant and vowel, 4 to 9 of them: word-like, and as varied in their first five letters as a
  // real vocabulary (a syllable vocabulary would fold thousands of words into a few hundred five-letter keys).
  const consonants = 'bcdfghklmnprstvwz', vowels = 'aeiou';
  const r = mulberry32(7);
  const out = new Set<string>();
  while (out.size < size) {
    const n = 4 + Math.floor(r() * 6);
    let w = '';
    for (let i = 0; i < n; i++) w += i % 2 ? vowels[Math.floor(r() * 5)] : consonants[Math.floor(r() * consonants.length)];
    out.add(w);
  }
  return [...out];
}

/** A sentence as tokens: each is kept as written, or is a content word or a number to be swapped. */
interface SeedToken {
  text: string;
  kind: 'keep' | 'word' | 'number';
  /** For a word: what goes before and after the letters ("“" and ","). */
  before: string;
  after: string;
  /** For a word: capitalised, so its stand-in is too and sentences still split where they did. */
  upper?: boolean;
}

function tokenize(sentence: string): SeedToken[] {
  return sentence.split(/(\s+)/).map((t) => {
    if (/\d/.test(t)) return { text: t, kind: 'number', before: '', after: '' };
    const m = /^([^\p{L}]*)(\p{L}+)(.*)$/u.exec(t);
    if (!m || STOP.has(m[2].toLowerCase())) return { text: t, kind: 'keep', before: '', after: '' };
    return { text: t, kind: 'word', before: m[1], after: m[3], upper: /^\p{Lu}/u.test(m[2]) };
  });
}

/**
 * Replace words of a sentence with vocabulary words (share `p`) and numbers with other numbers. With `keepQuotes`,
 * words inside quote marks stay as they are, as a rewriter keeps the quotes it copies.
 */
function perturb(tokens: SeedToken[], p: number, r: () => number, vocab: string[], keepQuotes = false): string {
  let out = '';
  let quoted = false;
  for (const t of tokens) {
    const marks = (t.text.match(/["“”]/g) ?? []).length;
    const inside = quoted || (marks > 0 && /^[^\p{L}]*["“]/u.test(t.text));
    if (marks % 2) quoted = !quoted;
    if (t.kind === 'keep' || r() >= p || (keepQuotes && inside)) out += t.text;
    else if (t.kind === 'number') out += String(Math.floor(r() * 5000));
    else {
      const word = vocab[Math.floor(r() * vocab.length)];
      out += t.before + (t.upper ? word[0].toUpperCase() + word.slice(1) : word) + t.after;
    }
  }
  return out;
}

interface Plan {
  kind: 'base' | 'duplicate' | 'syndicated' | 'rewrite' | 'summary';
  of: number;
}

/** A synthetic corpus: article i is a base (distinct) or, for 4% of them, a planted copy of an earlier base. */
export class Synthetic {
  private readonly seeds = seedSentences();
  private readonly vocab = vocabulary(30000);
  readonly plans: Plan[] = [];

  constructor(count: number, readonly salt = 0) {
    const r = mulberry32(1234 + salt);
    for (let i = 0; i < count; i++) {
      const kinds = ['duplicate', 'syndicated', 'rewrite', 'summary'] as const;
      this.plans.push(i > 10 && i % 25 === 0 ? { kind: kinds[(i / 25) % 4], of: Math.floor(r() * i) } : { kind: 'base', of: i });
      while (this.plans[this.plans[i].of].kind !== 'base') this.plans[i].of--;
    }
  }

  id(i: number): string {
    return `s${this.salt}-${i}`;
  }

  /** About 5 KB of text: 36 sample sentences with 95% of their content words and numbers swapped, in paragraphs of three. */
  baseText(i: number): string {
    const r = mulberry32(i * 7919 + 17 + this.salt * 104729);
    const sentences: string[] = [];
    for (let k = 0; k < 36; k++) sentences.push(perturb(this.seeds[Math.floor(r() * this.seeds.length)], 0.95, r, this.vocab));
    return paragraphs(sentences);
  }

  text(i: number): string {
    const plan = this.plans[i];
    if (plan.kind === 'base') return this.baseText(i);
    const base = this.baseText(plan.of);
    const r = mulberry32(i * 31 + 5);
    const sentences = splitSentences(base);
    switch (plan.kind) {
      case 'duplicate': return base;
      case 'syndicated': return `METROPOLIS (Wire ${plan.of % 7}) — ${base}\n\nFollow our live coverage and sign up for the newsletter.`;
      case 'rewrite': {
        // A fifth of content words swapped for unrelated words, a sixth of sentences cut, neighbours swapped.
        const kept = sentences.filter(() => r() > 0.16).map((s) => perturb(tokenize(s), 0.2, r, this.vocab, true));
        for (let k = 0; k + 1 < kept.length; k += 4) [kept[k], kept[k + 1]] = [kept[k + 1], kept[k]];
        return paragraphs(kept);
      }
      case 'summary': return paragraphs(sentences.slice(0, 3).map((s) => perturb(tokenize(s), 0.1, r, this.vocab, true)));
    }
  }

  article(i: number): CopyInput {
    const self = this;
    const plan = this.plans[i];
    // 200 articles a day; a planted copy comes out the day after.
    const day = new Date(Date.UTC(2020, 0, 1) + (Math.floor(i / 200) + (plan.kind === 'base' ? 0 : 1)) * 86400000).toISOString().slice(0, 10);
    return {
      id: this.id(i),
      get text() { return self.text(i); },
      title: `Title ${i}`,
      outlet: `Outlet ${i % 300}`,
      published: day,
      publishedConfidence: 'high',
      dateWarnings: [],
      credit: plan.kind === 'syndicated' ? `Outlet ${plan.of % 300}` : null,
    };
  }

  articles(from: number, to: number): CopyInput[] {
    const out: CopyInput[] = [];
    for (let i = from; i < to; i++) out.push(this.article(i));
    return out;
  }

  load = (ids: string[]): CopyInput[] => ids.map((id) => this.article(Number(id.slice(id.indexOf('-') + 1))));

  planted(from: number, to: number): Set<string> {
    const out = new Set<string>();
    for (let i = from; i < to; i++) if (this.plans[i].kind !== 'base') out.add(`${this.id(i)} ${this.id(this.plans[i].of)}`);
    return out;
  }
}

function paragraphs(sentences: string[]): string {
  const out: string[] = [];
  for (let k = 0; k < sentences.length; k += 3) out.push(sentences.slice(k, k + 3).join(' '));
  return out.join('\n\n');
}

function foundPlanted(links: { articleId: string; of: string }[], planted: Set<string>): number {
  return links.filter((l) => planted.has(`${l.articleId} ${l.of}`)).length;
}

function missedByKind(corpus: Synthetic, links: { articleId: string; of: string }[], size: number): Record<string, number> {
  const found = new Set(links.map((l) => `${l.articleId} ${l.of}`));
  const out: Record<string, number> = {};
  for (let i = 0; i < size; i++) {
    const plan = corpus.plans[i];
    if (plan.kind !== 'base' && !found.has(`${corpus.id(i)} ${corpus.id(plan.of)}`)) out[plan.kind] = (out[plan.kind] ?? 0) + 1;
  }
  return out;
}

async function build(articles: CopyInput[], load: (ids: string[]) => CopyInput[]): Promise<CopyIndex> {
  const index = new CopyIndex({ load });
  for (let i = 0; i < articles.length; i += COPIES_PAGE) {
    await index.add(articles.slice(i, i + COPIES_PAGE));
    betweenPages();
  }
  return index;
}

function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * Time a full build at each size, made as the copies corpus stage makes it (a fresh `CopyIndex`, articles added in
 * pages of `COPIES_PAGE`, candidates read back through `load`), then an incremental add of 1k into the largest.
 */
export async function runCopiesScale({ sizes = [10_000, 100_000], added = 1000 }: { sizes?: number[]; added?: number } = {}): Promise<CopiesScaleResult> {
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const result: CopiesScaleResult = { sizes: [], ratio: 0, cpuRatio: 0, incremental: { base: 0, added, seconds: 0, cpuSeconds: 0, links: 0, shareOfRebuild: 0, cpuShareOfRebuild: 0 }, peakRssMb: 0 };
  const largest = Math.max(...sizes);
  // Warm the JIT on another corpus first, so the smallest size is not charged for compilation (flattering the ratio).
  const warm = new Synthetic(1000, 1);
  await build(warm.articles(0, 1000), warm.load);
  const corpus = new Synthetic(largest + added);
  let index: CopyIndex | undefined;
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const articles = corpus.articles(0, size);
    const t0 = performance.now(), c0 = cpu();
    const built = await build(articles, corpus.load);
    const links = built.links();
    if (size === largest) index = built;
    const seconds = (performance.now() - t0) / 1000, cpuSeconds = cpu() - c0;
    const planted = corpus.planted(0, size);
    result.sizes.push({ articles: size, seconds, cpuSeconds, links: links.length, plantedFound: foundPlanted(links, planted), planted: planted.size, missedByKind: missedByKind(corpus, links, size) });
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const t0 = performance.now(), c0 = cpu();
  const links = await index!.add(corpus.articles(largest, largest + added));
  const seconds = (performance.now() - t0) / 1000, cpuSeconds = cpu() - c0;
  clearInterval(sample);
  const full = result.sizes[result.sizes.length - 1];
  result.ratio = full.seconds / result.sizes[0].seconds;
  result.cpuRatio = full.cpuSeconds / result.sizes[0].cpuSeconds;
  result.incremental = { base: largest, added, seconds, cpuSeconds, links: links.length, shareOfRebuild: seconds / full.seconds, cpuShareOfRebuild: cpuSeconds / full.cpuSeconds };
  result.peakRssMb = Math.max(peak, process.resourceUsage().maxRSS * 1024) / 2 ** 20;
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const r = await runCopiesScale(sizes.length ? { sizes } : {});
  for (const s of r.sizes) console.log(`copy detection (paged build) over ${s.articles} articles: ${s.seconds.toFixed(2)} s wall, ${s.cpuSeconds.toFixed(2)} s CPU, ${s.links} links, planted copies found ${s.plantedFound}/${s.planted}, missed ${JSON.stringify(s.missedByKind)}`);
  console.log(`time ratio ${r.sizes[r.sizes.length - 1].articles}/${r.sizes[0].articles}: ${r.ratio.toFixed(2)} wall, ${r.cpuRatio.toFixed(2)} CPU (must be ≤ 12)`);
  console.log(`incremental add of ${r.incremental.added} into ${r.incremental.base}: ${r.incremental.seconds.toFixed(2)} s wall, ${r.incremental.cpuSeconds.toFixed(2)} s CPU, ${r.incremental.links} links, ${(100 * r.incremental.shareOfRebuild).toFixed(1)}% of the full rebuild wall, ${(100 * r.incremental.cpuShareOfRebuild).toFixed(1)}% CPU (must be ≤ 5%)`);
  console.log(`peak RSS ${r.peakRssMb.toFixed(0)} MB (must be < 1024)`);
}
