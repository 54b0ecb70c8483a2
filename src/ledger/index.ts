import type { FigureMetric, QuoteRecord } from '../model.js';
import type { QuoteFilter, Store } from '../store/store.js';
import { buildFigureLedger, type LedgerSeries } from './figure-ledger.js';
import { buildQuoteLedger, type QuoteFlag } from './quote-ledger.js';

/** A quote with what the quote ledger says of it: the same quote elsewhere, and its flags. */
export interface LedgerQuote extends QuoteRecord {
  sameAs: string[];
  flags: QuoteFlag[];
}

/**
 * The figure ledger of the store, for one metric or all. Ledgers are views: built from the stored figures when asked,
 * so they are never stale and ingest pays nothing for them.
 */
export async function figureLedger(store: Store, metric?: FigureMetric): Promise<LedgerSeries[]> {
  return buildFigureLedger(await store.listFigures({ metric }));
}

/** Quotes matching a filter, each with `sameAs` and `flags` worked out against every stored quote. */
export async function quotesWithLedger(store: Store, filter: QuoteFilter = {}): Promise<LedgerQuote[]> {
  const all = await store.listQuotes();
  const { entries } = buildQuoteLedger(all);
  const wanted = filter.speaker || filter.articleId || filter.entityId || filter.limit ? await store.listQuotes(filter) : all;
  return wanted.map((q) => ({ ...q, ...(entries.get(q.id) ?? { sameAs: [], flags: [] }) }));
}
