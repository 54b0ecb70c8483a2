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
      fill(raw, 'outlet', page.outlet);
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

