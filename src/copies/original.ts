/** What the original of a copy group is chosen on: dates, size and credits, all small enough to keep for every article. */
export interface OriginMeta {
  id: string;
  outlet: string | null;
  /** The outlet a repost credits as its source. */
  credit: string | null;
  /** YYYY-MM-DD when the date is credible (not low confidence, no date warnings), else null. */
  credibleDay: string | null;
  /** Content words of the text: how complete it is. */
  size: number;
  /** Outlet tags the text's opening credits, e.g. "MNA" from "BRENNICK, April 3 (MNA) —". */
  headTags: string[];
}

/** Texts within this share of each other's size are "as complete" as each other. */
const SAME_SIZE = 0.03;

/** The day of a published date when it can be trusted: a low-confidence or warned date says nothing about who was first. */
export function credibleDay(published: string | null, confidence: string | null, warnings: readonly string[]): string | null {
  if (!published || confidence === 'low' || warnings.length) return null;
  return published.slice(0, 10);
}

/** Outlet tags in parentheses in a text's opening words: a wire credit carried in the dateline. */
export function headTags(text: string): string[] {
  return [...text.slice(0, 160).matchAll(/\(([^()]{2,40})\)/g)].map((m) => m[1].trim());
}

/**
 * Whether `a` is more likely the original than `b`: the earlier credible date; then the more complete text; then the
 * one the other credits as its source; then the smaller id, so the order is total and a group has one original.
 */
export function isMoreOriginal(a: OriginMeta, b: OriginMeta): boolean {
  if (a.credibleDay && b.credibleDay && a.credibleDay !== b.credibleDay) return a.credibleDay < b.credibleDay;
  if (Math.abs(a.size - b.size) > SAME_SIZE * Math.max(a.size, b.size)) return a.size > b.size;
  const bCreditsA = credits(b, a.outlet), aCreditsB = credits(a, b.outlet);
  if (bCreditsA !== aCreditsB) return bCreditsA;
  return a.id < b.id;
}

/** Whether an article credits another outlet as its source (its credit field or a dateline tag), not its own. */
export function credits(article: OriginMeta, outlet: string | null): boolean {
  if (!outlet || sameOutlet(article.outlet, outlet)) return false;
  return [article.credit, ...article.headTags].some((c) => sameOutlet(c, outlet));
}

/** Two outlet names are the same outlet when equal squashed, or when one is the other's initials ("MNA"). */
export function sameOutlet(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const sa = squash(a), sb = squash(b);
  return sa === sb || initials(a) === b.replace(/[^A-Z]/g, '') && b.length <= 8 || initials(b) === a.replace(/[^A-Z]/g, '') && a.length <= 8;
}

function squash(value: string): string {
  return value.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(The|Of|And|For)$/.test(w));
  return words.length > 1 ? words.map((w) => w[0]).join('') : '';
}
