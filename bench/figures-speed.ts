import { cpus, loadavg } from 'node:os';
import type { Article, RawDocument } from '../src/model.js';
import { extractFigures, type FigureInput } from '../src/figures/extract-figures.js';
import { runArticleStages } from '../src/pipeline/run-article.js';
import { loadCorpusArticles } from '../test/helpers/corpus-articles.js';

/**
 * `node dist/bench/figures-speed.js`: CPU time of the figures stage and of all article stages on ~5 KB articles,
 * made by joining the sample corpus's English articles (the corpus's own articles are ~1.4 KB). CPU time rather than
 * wall time, best of seven passes, because a shared machine's load swings wall time several-fold.
 */
const english = [...(await loadCorpusArticles()).values()].filter((a) => !a.nonEnglish);
const groups: Article[][] = [];
let group: Article[] = [];
for (let round = 0; round < 20; round++) {
  for (const a of english) {
    group.push(a);
    if (group.reduce((n, x) => n + x.text.length, 0) >= 5000) {
      groups.push(group);
      group = [];
    }
  }
}
const inputs: FigureInput[] = groups.map((g) => {
  let text = '';
  const sentences: FigureInput['sentences'] = [];
  const dates: NonNullable<FigureInput['dates']> = [];
  for (const a of g) {
    const offset = text.length;
    const paragraph = sentences.length ? sentences[sentences.length - 1].paragraph + 1 : 0;
    text += `${a.text}\n\n`;
    for (const s of a.sentences) sentences.push({ start: s.start + offset, end: s.end + offset, paragraph: s.paragraph + paragraph });
    for (const d of a.dates) dates.push({ ...d, start: d.start + offset, end: d.end + offset });
  }
  return { text, sentences, dates, published: '2024-04-10' };
});
const kb = inputs.reduce((n, d) => n + d.text.length, 0) / inputs.length / 1000;

const cpuMs = (run: () => void): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
for (const d of inputs.slice(0, 30)) extractFigures(d);
let figures = Infinity;
for (let pass = 0; pass < 7; pass++) figures = Math.min(figures, cpuMs(() => inputs.forEach((d) => extractFigures(d))) / inputs.length);

const raws: RawDocument[] = inputs.map((d, i) => ({ source: `bench-${i}.txt`, format: 'text', text: d.text, published: '2024-04-10' }));
for (const r of raws.slice(0, 5)) runArticleStages({ ...r });
let all = Infinity;
for (let pass = 0; pass < 3; pass++) all = Math.min(all, cpuMs(() => raws.forEach((r) => runArticleStages({ ...r }))) / raws.length);

console.log(`${inputs.length} articles of ${kb.toFixed(1)} KB on average; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
console.log(`figures stage: ${figures.toFixed(3)} ms CPU per article (${((figures * 5) / kb).toFixed(3)} ms per 5 KB)`);
console.log(`all article stages: ${all.toFixed(2)} ms CPU per article, ${(1000 / all).toFixed(0)} articles/s on one core`);
