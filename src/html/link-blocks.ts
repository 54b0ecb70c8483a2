/** Blocks checked for being lists of links rather than prose. */
const BLOCKS = 'p, li, ul, ol, div, section, aside, h2, h3, h4, h5, h6, span, strong, em, b';

/** Longest block judged by its links: past this, a block is prose with links in it. */
const MAX_CHARS = 300;

/** Share of a block's text in links from which it counts as a link list. */
const MAX_LINK_SHARE = 0.7;

/** True when an element is still under the root (not inside a block removed before it). */
function inside(el: Element, root: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) if (n === root) return true;
  return false;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * Remove short blocks of the extracted article that are mostly links: "Don't miss" lists, related headlines, tag
 * lists and "read more" teasers that Readability keeps when they sit inside the article container. A block needs
 * at least two links and fewer than 300 characters; long paragraphs with many links are prose and stay.
 */
export function dropLinkBlocks(root: Element): void {
  let blocks: Element[];
  try {
    blocks = Array.from(root.querySelectorAll(BLOCKS));
  } catch {
    return;
  }
  for (const el of blocks) {
    // Readability's result is detached from the document, so `isConnected` cannot tell what was removed already.
    if (!inside(el, root)) continue;
    const total = textLength(el);
    if (total === 0 || total > MAX_CHARS) continue;
    const links = Array.from(el.getElementsByTagName('a'));
    // One link alone ("Get it on Amazon", a tweet's permalink) is part of the text; lists of links are not.
    if (links.length < 2) continue;
    let linked = 0;
    for (const a of links) linked += textLength(a);
    if (linked / total >= MAX_LINK_SHARE) el.remove();
  }
}
