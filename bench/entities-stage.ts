/**
 * How long the entities stage takes on ~5 KB articles, beside all the article stages together. Articles are made by
 * joining the sample corpus's English bodies until each passes 5,000 characters. CPU time is reported beside wall
 * time because a shared machine inflates wall time. Run: `npx tsc -p tsconfig.json && node dist/bench/entities-stage.js`.
 */
import { extractEntities } from '../src/entities/extract-entities.js';
import type { ArticleDoc } from '../src/model.js';
import { analyse } from '../src/nlp/analyse.js';
import { articleStages } from '../src/pipeline/article/index.js';
import { loadCorpusArticles } from '../test/helpers/corpus-articles.js';

const TARGET_CHARS = 5000;

async function fiveKbTexts(): Promise<string[]> {
  const bodies = [...(await loadCorpusArticles()).values()].filter((a) => !a.nonEnglish).map((a) => a.text);
  const texts: string[] = [];
  let current = '';
  for (let round = 0; round < 4; round++) {
    for (const body of bodies) {
      current += (current ? '\n\n' : '') + body;
      if (current.length >= TARGET_CHARS) { texts.push(current); current = ''; }
    }
  }
  return texts;
}

/** Mean wall and CPU milliseconds per call of `work` over `rounds` passes of `items`, after a warm-up pass. */
function measure<T>(items: T[], rounds: number, work: (item: T) => void): { wall: number; cpu: number } {
  for (const item of items) work(item);
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const item of items) work(item);
  const cpu = process.cpuUsage(cpu0);
  const calls = rounds * items.length;
  return { wall: Number(process.hrtime.bigint() - wall0) / 1e6 / calls, cpu: (cpu.user + cpu.system) / 1000 / calls };
}

const texts = await fiveKbTexts();
const analysed = texts.map((text) => ({ text, tokens: analyse(text).tokens }));
const meanChars = Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length);
const meanTokens = Math.round(analysed.reduce((sum, a) => sum + a.tokens.length, 0) / analysed.length);

const entities = measure(analysed, 200, (a) => extractEntities(a.text, a.tokens));
const wink = measure(texts, 20, (text) => analyse(text));
// As the pipeline runs it: each article's tokens fresh from the tagger (and warm in cache), only the entities timed.
let freshCpu = 0;
let freshCalls = 0;
for (let round = 0; round < 20; round++) {
  for (const text of texts) {
    const { tokens } = analyse(text);
    const c0 = process.cpuUsage();
    extractEntities(text, tokens);
    const c = process.cpuUsage(c0);
    if (round > 0) { freshCpu += (c.user + c.system) / 1000; freshCalls++; }
  }
}
const stages = articleStages();
const perStage = new Map<string, number>();
const all = measure(texts, 5, (text) => {
  const doc: ArticleDoc = { raw: { source: 'bench', format: 'text', text }, article: { messages: [] } };
  for (const stage of stages) {
    const t0 = process.hrtime.bigint();
    stage.run(doc);
    perStage.set(stage.name, (perStage.get(stage.name) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6);
  }
});
const runs = 6 * texts.length;

console.log(`${texts.length} articles, mean ${meanChars} characters, ${meanTokens} tokens`);
console.log(`entities stage alone, tokens reused (cold cache): ${entities.cpu.toFixed(3)} ms CPU, ${entities.wall.toFixed(3)} ms wall per article`);
console.log(`entities stage right after tagging, as in the pipeline: ${(freshCpu / freshCalls).toFixed(3)} ms CPU per article`);
console.log(`wink tagging (sentences stage) for comparison: ${wink.cpu.toFixed(3)} ms CPU per article; entities/wink ${(entities.cpu / wink.cpu).toFixed(2)}`);
console.log(`all article stages:   ${all.cpu.toFixed(2)} ms CPU per article (${(1000 / all.cpu).toFixed(0)} articles/s on one core)`);
for (const [name, ms] of perStage) console.log(`  ${name.padEnd(13)} ${(ms / runs).toFixed(3)} ms wall`);
