import type { LedgerSeries } from '../ledger/figure-ledger.js';
import type { LedgerQuote } from '../ledger/index.js';
import type { Article, CorpusSummary, Entity, FigureRecord, IngestSummary, QuoteRecord } from '../model.js';

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
    entities: a.entities,
    eventDate: a.eventDate,
    eventDateEvidence: a.eventDateEvidence,
  };
}

/** The JSON contract of `storyline quotes --json`. */
export function quoteJson(q: QuoteRecord & Partial<Pick<LedgerQuote, 'sameAs' | 'flags'>>): Record<string, unknown> {
  return {
    id: q.id,
    articleId: q.articleId,
    text: q.text,
    speaker: {
      name: q.speaker.name,
      kind: q.speaker.kind,
      entityId: q.speaker.entityId,
      mention: q.speaker.mention?.text ?? null,
      mentionStart: q.speaker.mention?.start ?? null,
      mentionEnd: q.speaker.mention?.end ?? null,
    },
    verb: q.verb,
    kind: q.kind,
    continues: q.continues,
    saidOn: q.saidOn,
    start: q.start,
    end: q.end,
    outlet: q.outlet,
    published: q.published,
    sameAs: q.sameAs ?? [],
    flags: q.flags ?? [],
  };
}

/** Quotes for people: date, outlet, speaker, words. */
export function quoteTable(quotes: Array<QuoteRecord & Partial<Pick<LedgerQuote, 'sameAs' | 'flags'>>>): string {
  if (!quotes.length) return 'no quotes';
  return table(
    ['published', 'outlet', 'speaker', 'also', 'flags', 'quote'],
    quotes.map((q) => [
      q.published ?? 'undated',
      truncate(q.outlet ?? '?', 20),
      truncate(q.speaker.name || '(unknown)', 28),
      q.sameAs?.length ? `+${q.sameAs.length}` : '',
      (q.flags ?? []).map((f) => f.kind).join(','),
      truncate(`“${q.text}”`, 80),
    ]),
  );
}

/** The figure ledger for people: one block per series, a line per reported value, flags under it. */
export function ledgerText(series: LedgerSeries[]): string {
  if (!series.length) return 'no figures';
  const blocks: string[] = [];
  for (const s of series) {
    const lines = [`${s.metric}${s.place ? ' · ' + s.place : ''}${s.unit && s.unit !== 'people' ? ' · ' + s.unit : ''}`];
    for (const p of s.points) {
      const value = `${p.increment ? '+' : ''}${p.qualifier ? p.qualifier + ' ' : ''}${p.value.toLocaleString('en-US')}`;
      lines.push(`  ${(p.asOf ?? 'undated').padEnd(10)}  ${value.padEnd(18)}  ${truncate(p.source ?? '(no source given)', 40).padEnd(40)}  ${p.outlet ?? '?'}`);
      for (const f of p.flags) lines.push(`      ! ${f.kind}: ${f.text}`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

/** The JSON contract of `storyline figures --json`. */
export function figureJson(f: FigureRecord): Record<string, unknown> {
  return {
    id: f.id,
    articleId: f.articleId,
    value: f.value,
    text: f.text,
    unit: f.unit,
    metric: f.metric,
    qualifier: f.qualifier,
    subject: f.subject,
    place: f.place,
    source: f.source,
    asOf: f.asOf,
    increment: f.increment,
    sentence: f.sentence,
    start: f.start,
    end: f.end,
    outlet: f.outlet,
    published: f.published,
  };
}

/** Figures for people: as-of date, metric, value with its qualifier, whose, where, according to whom. */
export function figureTable(figures: FigureRecord[]): string {
  if (!figures.length) return 'no figures';
  return table(
    ['as of', 'metric', 'value', 'subject', 'place', 'source', 'outlet'],
    figures.map((f) => [
      f.asOf ?? 'undated',
      f.metric,
      `${f.increment ? '+' : ''}${f.qualifier ? f.qualifier + ' ' : ''}${f.value.toLocaleString('en-US')}${f.unit && f.unit !== 'people' ? ' ' + f.unit : ''}`,
      truncate(f.subject ?? '', 20),
      truncate(f.place ?? '', 18),
      truncate(f.source ?? '', 30),
      truncate(f.outlet ?? '?', 18),
    ]),
  );
}

/** The JSON contract of `storyline entities --json`. */
export function entityJson(e: Entity): Record<string, unknown> {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, articleIds: e.articleIds };
}

/** Entities for people: type, canonical name, how many articles, other names, roles. */
export function entityTable(entities: Entity[]): string {
  if (!entities.length) return 'no entities';
  return table(
    ['type', 'name', 'articles', 'also', 'roles'],
    entities.map((e) => [
      e.type,
      truncate(e.name, 30),
      String(e.articleIds.length),
      truncate(e.aliases.filter((a) => a !== e.name).join('; '), 40),
      truncate(e.roles.join('; '), 50),
    ]),
  );
}
