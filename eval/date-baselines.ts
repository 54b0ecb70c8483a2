import { parseHTML } from 'linkedom';

/**
 * The honest "metadata only" baseline: JSON-LD `datePublished`, else `article:published_time`, else a `<meta>` named
 * date/pubdate/publishdate (or Dublin Core date); the date part of what it says, nothing else.
 */
export function metadataOnlyDate(html: string): string | undefined {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`) as unknown as { document: Document };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const day = found ? isoDay(found[1]) : undefined;
    if (day) return day;
  }
  const keys = ['article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.date'];
  for (const key of keys) {
    for (const el of Array.from(document.getElementsByTagName('meta'))) {
      const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (name !== key) continue;
      const day = isoDay(el.getAttribute('content') ?? '');
      if (day) return day;
    }
  }
  return undefined;
}

/** The day of an ISO-like date string, or of anything `Date.parse` reads. */
function isoDay(value: string): string | undefined {
  const m = /^\s*(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
