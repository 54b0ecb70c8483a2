/**
 * Run the hardening benchmark on its own: `node dist/bench/hardening-cli.js [--fuzz N] [--crash N] [--articles N] [--json]`
 * (N inputs of each format, N kill-and-rerun rounds). Exits 1 when a check failed.
 */
import { table } from '../src/cli/format.js';
import { runHardening } from './hardening.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`error: ${name} expects a whole number, got '${process.argv[i + 1] ?? ''}'\n`);
    process.exit(2);
  }
  return n;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const r = await runHardening({ fuzzPerFormat: option('--fuzz', 1000), crashRuns: option('--crash', 10), crashArticles: option('--articles', 400) });
if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(r, null, 2) + '\n');
} else {
  const f = r.fuzz;
  const c = r.crash;
  process.stdout.write(
    table(
      ['check', 'size', 'time', 'failures', 'notes'],
      [
        ['fuzz', `${f.inputs} malformed inputs (${f.perFormat} × ${f.formats} formats) + ${f.goodInputs} good`, seconds(f.ms), String(f.failures.length),
          `${f.cliRuns} CLI runs, slowest ${seconds(f.slowestRunMs)}; ${f.reported} error lines, ${f.articlesStored} articles stored, ${f.duplicates} duplicates`],
        ['crash', `${c.runs} SIGKILL runs over ${c.articles} articles`, seconds(c.ms), String(c.failures.length),
          `uninterrupted ingest ${seconds(c.uninterruptedMs)}; killed at ${c.kills.map((k) => `${k.killAtMs} ms/${k.articlesAtKill}`).join(', ')}`],
      ],
    ) + '\n',
  );
  for (const failure of [...f.failures, ...c.failures]) process.stdout.write(`- ${failure}\n`);
  process.stdout.write(`${r.ok ? 'ok' : 'FAILED'} in ${seconds(r.ms)}\n`);
}
process.exitCode = r.ok ? 0 : 1;
