import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ecbEntitiesTask as ecbMentionsTask } from './ecb-mentions.js';
import { extractionTask } from './extraction.js';
import { pubDatesTask } from './pub-dates.js';
import { newsQuantTask } from './newsquant.js';
import { polnearTask } from './polnear.js';
import { dateLibraryBaselines } from './date-library.js';
import { ecbEntitiesTask, ecbEventsTask } from './ecbplus.js';
import { fmt, printTable, type TaskResult } from './report.js';

/**
 * `npm run eval`: every evaluation task in turn, one table each, then a summary table and `eval/out/results.json`.
 * A task whose dataset is missing is skipped with a one-line note. Add a task by listing it here.
 */
const tasks: Array<{ name: string; run: () => Promise<TaskResult> }> = [
  { name: 'extraction', run: extractionTask },
  { name: 'pub-dates', run: async () => pubDatesTask(await dateLibraryBaselines()) },
  { name: 'newsquant', run: newsQuantTask },
  { name: 'polnear', run: () => polnearTask() },
  { name: 'ecb-mentions', run: ecbMentionsTask },
  { name: 'ecb-events', run: ecbEventsTask },
  { name: 'ecb-entities', run: ecbEntitiesTask },
];

// Task names to run; `--split <name>` is the PolNeAR task's option, not a task.
const args = process.argv.slice(2);
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--split');
const results: TaskResult[] = [];
for (const task of tasks) {
  if (only.length > 0 && !only.includes(task.name)) continue;
  const result = await task.run();
  if (result.skipped) console.log(`\nSkipped ${task.name}: ${result.skipped}`);
  results.push(result);
}

const rows = results.flatMap((r) =>
  r.summary.map((s) => [
    s.task,
    s.metric,
    s.metric === 'pages/s' ? s.storyline.toFixed(1) : fmt(s.storyline),
    Object.entries(s.baselines)
      .map(([name, v]) => `${name} ${s.metric === 'pages/s' ? v.toFixed(1) : fmt(v)}`)
      .join('; '),
    s.published ?? '',
  ]),
);
printTable('Summary', ['task', 'metric', 'Storyline', 'baselines (same run)', 'published'], rows);

const outDir = fileURLToPath(new URL('../../eval/out/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}results.json`, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
console.log(`\nWrote ${outDir}results.json`);
