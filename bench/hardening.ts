/**
 * The hardening benchmark: the fuzz and crash checks of `test/hardening/` at full size (1,000 malformed inputs of
 * each format, 10 kill-and-rerun rounds), outside the test runner, returning figures for the benchmark to print.
 */
import { FUZZ_FORMATS } from '../test/hardening/fuzz-inputs.js';
import { runCrashCheck, type CrashRun } from '../test/hardening/crash-check.js';
import { runFuzzCheck } from '../test/hardening/fuzz-check.js';

export interface HardeningResult {
  fuzz: {
    perFormat: number;
    formats: number;
    inputs: number;
    goodInputs: number;
    cliRuns: number;
    reported: number;
    articlesStored: number;
    duplicates: number;
    slowestRunMs: number;
    ms: number;
    failures: string[];
  };
  crash: {
    runs: number;
    articles: number;
    uninterruptedMs: number;
    kills: Pick<CrashRun, 'killAtMs' | 'killed' | 'articlesAtKill' | 'integrity'>[];
    ms: number;
    failures: string[];
  };
  ms: number;
  ok: boolean;
}

/** Run the fuzz and crash checks at the given sizes; `ok` is true when neither found a failure. */
export async function runHardening({ fuzzPerFormat = 1000, crashRuns = 10, crashArticles = 400, seed = 20261123 } = {}): Promise<HardeningResult> {
  const started = Date.now();
  const fuzz = fuzzPerFormat > 0 ? await runFuzzCheck({ perFormat: fuzzPerFormat, seed, batchPerFormat: 25, parallel: 2 }) : undefined;
  const crash = crashRuns > 0 ? await runCrashCheck({ runs: crashRuns, articles: crashArticles, seed }) : undefined;
  const result: HardeningResult = {
    fuzz: {
      perFormat: fuzzPerFormat,
      formats: FUZZ_FORMATS.length,
      inputs: fuzz?.inputs ?? 0,
      goodInputs: fuzz?.goodInputs ?? 0,
      cliRuns: fuzz?.batches.length ?? 0,
      reported: fuzz?.reported ?? 0,
      articlesStored: fuzz?.stored ?? 0,
      duplicates: fuzz?.silent ?? 0,
      slowestRunMs: fuzz?.slowestBatchMs ?? 0,
      ms: fuzz?.ms ?? 0,
      failures: fuzz?.problems ?? [],
    },
    crash: {
      runs: crash?.runs.length ?? 0,
      articles: crash?.articles ?? 0,
      uninterruptedMs: crash?.uninterruptedMs ?? 0,
      kills: (crash?.runs ?? []).map(({ killAtMs, killed, articlesAtKill, integrity }) => ({ killAtMs, killed, articlesAtKill, integrity })),
      ms: crash?.ms ?? 0,
      failures: crash?.problems ?? [],
    },
    ms: 0,
    ok: false,
  };
  result.ms = Date.now() - started;
  result.ok = result.fuzz.failures.length === 0 && result.crash.failures.length === 0;
  return result;
}
