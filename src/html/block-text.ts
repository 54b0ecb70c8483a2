import { collapseSpace } from './parse-dom.js';

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'BODY', 'HTML',
]);

/** Elements whose content is never article text. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Table cells: their text is kept on the row's line, separated by a space. */
const CELL = new Set(['TD', 'TH']);

/** The text of an element as paragraphs, with captions set apart. */
export interface BlockText {
  paragraphs: string[];
  captions: string[];
}

/** True when an element holds a photo caption rather than article text. */
export function isCaption(el: Element): boolean {
  if (el.tagName === 'FIGCAPTION') return true;
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  return /(^|[\s_-])(wp-caption-text|caption|image-caption|photo-caption|img-caption)([\s_-]|$)/.test(cls) && !el.querySelector('p p');
}

/**
 * Turn an element's content into paragraphs: block elements, headings, list items and `<br>` start a new paragraph,
 * inline text is joined and its whitespace collapsed. Captions go to `captions`, not to the text.
 * The walk is iterative so deeply nested markup cannot overflow the stack.
 */
export function blockText(root: Node): BlockText {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const text = collapseSpace(current.join(''));
    if (text) paragraphs.push(text);
    current = [];
  };
  // Each stack entry is a node to enter, or a marker to flush once a block element's children are done.
  const stack: Array<Node | 'end-block' | 'cell-gap'> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      flush();
      continue;
    }
    if (item === 'cell-gap') {
      current.push(' ');
      continue;
    }
    const node = item;
    if (node.nodeType === 3) {
      current.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = el.tagName ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag)) continue;
    if (tag && isCaption(el)) {
      const text = collapseSpace(el.textContent ?? '');
      if (text) captions.push(text);
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push('end-block');
    } else if (CELL.has(tag)) {
      stack.push('cell-gap');
      current.push(' ');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return { paragraphs, captions };
}

/** Join paragraphs into the text format used across Storyline: paragraphs separated by a blank line. */
export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.filter((p) => p.length > 0).join('\n\n');
}
