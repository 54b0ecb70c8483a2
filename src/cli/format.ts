import type { Article, CorpusSummary, IngestSummary } from '../model.js';

/** Cut a string to `width` characters with an ellipsis. */
export function truncate(value: string, width: number): string {
  return value.length <= width ? value : value.slice(0, Math.max(0, width - 1)) + '…';
}

/** A plain-text table with left-aligned columns, for people. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The one-line summary that ends an ingest. */
export function ingestLine(s: IngestSummary): string {
  return `read ${s.read}, stored ${s.stored}, already known ${s.known}, failed ${s.failed}`;
}

/** The article list for people: date, outlet, title, id. */
export function articleTable(articles: Article[]): string {
  return table(
    ['published', 'outlet', 'title', 'id'],
    articles.map((a) => [
      a.published ? a.published + (a.dateWarnings.length ? '*' : '') : 'undated',
      truncate(a.outlet ?? '?', 24),
      truncate(a.title ?? a.text.slice(0, 60), 60),
      a.id,
    ]),
  );
}

/** A corpus summary for people. */
export function summaryText(s: CorpusSummary): string {
  return [
    `articles   ${s.articles}${s.nonEnglish ? ` (${s.nonEnglish} not in English)` : ''}`,
    `outlets    ${s.outlets}`,
    `dates      ${s.firstDate ?? '?'} to ${s.lastDate ?? '?'}${s.undated ? ` (${s.undated} undated)` : ''}`,
    `warnings   ${s.withWarnings} article(s) with date warnings`,
  ].join('\n');
}

/** The JSON contract of `storyline articles --json`: the stored article minus working fields. */
export function articleJson(a: Article): Record<string, unknown> {
  return {
    id: a.id,
    source: a.source,
    format: a.format,
    url: a.url,
    outlet: a.outlet,
    title: a.title,
    published: a.published,
    publishedConfidence: a.publishedConfidence,
    publishedEvidence: a.publishedEvidence,
    pageDate: a.pageDate,
    modified: a.modified,
    dateWarnings: a.dateWarnings,
    authors: a.authors,
    contributors: a.contributors,
    language: a.language,
    nonEnglish: a.nonEnglish,
    dateline: a.dateline,
    captions: a.captions,
    credit: a.credit,
    text: a.text,
    dates: a.dates,
  };
}
