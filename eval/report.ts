/** One row of the final summary: a task's headline metric for Storyline, its baselines and published figures. */
export interface SummaryRow {
  task: string;
  metric: string;
  storyline: number;
  baselines: Record<string, number>;
  published?: string;
}

/** What a task hands back to the runner: its JSON results and its summary rows. */
export interface TaskResult {
  task: string;
  skipped?: string;
  results?: unknown;
  summary: SummaryRow[];
}

/** Print a table with left-aligned first column and right-aligned others. */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** A score with three decimals. */
export function fmt(x: number | undefined): string {
  return x === undefined || Number.isNaN(x) ? '-' : x.toFixed(3);
}
