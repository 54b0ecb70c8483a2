import { blockText, type BlockText } from './block-text.js';
import { collapseSpace } from './parse-dom.js';

/** Elements that can carry a paragraph of text directly. */
const TEXT_BLOCKS = 'p, div, td, pre, blockquote, li, section, article, font, span';

/** Minimum length of a text block that counts as article text rather than a label or link. */
const MIN_BLOCK_CHARS = 60;

/** Text of an element that is not inside a link. */
function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += (a.textContent ?? '').length;
  return n;
}

/** Text directly in an element, not in its block children: what a reader sees as this element's own paragraph. */
function ownText(el: Element): string {
  let text = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName;
      if (tag === 'A' || tag === 'B' || tag === 'I' || tag === 'EM' || tag === 'STRONG' || tag === 'SPAN' || tag === 'FONT' || tag === 'BR') {
        text += ' ' + ((child as Element).textContent ?? '');
      }
    }
  }
  return collapseSpace(text);
}

/**
 * A density-based fallback for pages Readability cannot read: every element whose own text is long and not mostly
 * links scores its parent (fully) and grandparent (half); the best-scoring container is the article.
 * Returns undefined when no block of text is long enough.
 */
export function densityText(document: Document): BlockText | undefined {
  const body = document.body;
  if (!body) return undefined;
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number): void => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  for (const el of Array.from(body.querySelectorAll(TEXT_BLOCKS))) {
    const text = ownText(el);
    if (text.length < MIN_BLOCK_CHARS) continue;
    const links = linkTextLength(el);
    const total = (el.textContent ?? '').length || 1;
    if (links / total > 0.35) continue;
    // Sentences, not lists of names: commas and full stops are a cheap sign of prose.
    const punctuation = (text.match(/[.,;:!?。，]/g) ?? []).length;
    const score = Math.min(text.length / 100, 3) + punctuation * 0.3 + 1;
    add(el.parentElement, score);
    add(el.parentElement?.parentElement ?? null, score / 2);
    if (el.tagName !== 'P' && el.tagName !== 'LI') add(el, score);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return undefined;
  const result = blockText(best);
  return result.paragraphs.join(' ').length >= MIN_BLOCK_CHARS ? result : undefined;
}
