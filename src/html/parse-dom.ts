import { parseHTML } from 'linkedom';
import { capMarkupDepth, flattenDeepNesting } from './flatten-nesting.js';

/** Pages larger than this are cut before parsing: no news article needs more, and parsing time grows with size. */
export const MAX_HTML_CHARS = 4 * 1024 * 1024;

/**
 * Parse HTML into a linkedom Document that always has `<html>`, `<head>` and `<body>`.
 * linkedom puts a fragment without `<html>` nowhere useful, so fragments are wrapped first.
 */
export function parseDocument(html: string): Document {
  let source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  // NUL characters confuse the tokenizer and never carry text.
  if (source.includes('\u0000')) source = source.replace(/\u0000/g, '');
  source = capMarkupDepth(source);
  if (!/<html[\s>]/i.test(source.slice(0, 20000))) {
    source = `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  }
  const { document } = parseHTML(source) as unknown as { document: Document };
  if (!document.documentElement || !document.body) {
    // A page whose markup puts nothing in a body (e.g. only a `<frameset>` or a stray root): start again as a fragment.
    const text = source.replace(/<[^>]*>/g, ' ');
    const { document: doc } = parseHTML(`<!DOCTYPE html><html><head></head><body><p>${escapeText(text)}</p></body></html>`) as unknown as {
      document: Document;
    };
    return doc;
  }
  flattenDeepNesting(document.body);
  return document;
}

/** Escape text for embedding in HTML. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Collapse runs of whitespace (including non-breaking and zero-width spaces) to one space and trim. */
export function collapseSpace(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** The class and id of an element as one lower-case string, for boilerplate patterns. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.toLowerCase();
}

/** Remove every element matching a selector, ignoring selectors linkedom cannot handle. */
export function removeAll(root: ParentNode, selector: string): number {
  let n = 0;
  try {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      el.remove();
      n++;
    }
  } catch {
    // An unsupported selector removes nothing rather than failing the page.
  }
  return n;
}
