import type { ArticleStage, RawDocument } from '../../model.js';
import { extractHtml } from '../../html/extract.js';

/**
 * Turn an HTML body (a page, a feed item, a JSON line, a WARC record) into plain text and page metadata on the raw
 * document. What the container stated (a feed's pubDate, a JSON line's outlet) wins over what the page says,
 * except the page's own date, which is kept as a second opinion.
 */
export function extractHtmlStage(): ArticleStage {
  return {
    name: 'extract-html',
    run(doc) {
      const raw = doc.raw;
      if (raw.text !== undefined || raw.html === undefined) return;
      const page = extractHtml(raw.html, { url: raw.url });
      raw.text = page.text;
      fill(raw, 'title', page.title);
      fill(raw, 'url', page.url);
      fill(raw, 'outlet', page.outlet ?? titleSuffix(raw.html, page.title));
      fill(raw, 'modified', page.modified);
      fill(raw, 'language', page.language);
      fill(raw, 'description', page.description);
      if (!raw.authors?.length && page.authors?.length) raw.authors = page.authors;
      if (page.captions?.length) raw.captions = [...(raw.captions ?? []), ...page.captions];
      if (!raw.published && page.published) {
        raw.published = page.published;
        raw.publishedEvidence = page.publishedEvidence ?? 'page metadata';
      }
    },
  };
}

function fill<K extends keyof RawDocument>(raw: RawDocument, key: K, value: RawDocument[K] | undefined): void {
  if ((raw[key] === undefined || raw[key] === '') && value !== undefined && value !== '') raw[key] = value;
}

/** "Dam release ordered - Valley Times": the site name a page's <title> ends with, when its title is the rest. */
export function titleSuffix(html: string, title: string | undefined): string | undefined {
  const m = /<title[^>]*>([^<]{3,300})<\/title>/i.exec(html);
  if (!m || !title) return undefined;
  const full = m[1].replace(/\s+/g, ' ').trim();
  const suffix = /\s[-–—|:]\s([^-–—|:]{2,40})$/.exec(full);
  if (!suffix || !full.startsWith(title.slice(0, 20)) || suffix[1].split(/\s+/).length > 4) return undefined;
  return suffix[1].trim();
}
