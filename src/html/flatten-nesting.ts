/** Deepest element nesting kept; real article pages stay well under it (rarely past 40 levels). */
export const MAX_DEPTH = 80;

/**
 * Flatten elements nested deeper than `maxDepth`, so that pathological markup (thousands of unclosed `<div>`s) keeps
 * its text but no longer makes every ancestor walk in the extractor quadratic. Below the limit, every element that
 * has element children is unwrapped (its children moved into its place); leaf elements such as `<p>` stay.
 * The walk is iterative. Returns the number of elements unwrapped.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH): number {
  let unwrapped = 0;
  const stack: Array<{ el: Element; depth: number }> = [{ el: root, depth: 0 }];
  while (stack.length > 0) {
    const { el, depth } = stack.pop()!;
    if (depth < maxDepth) {
      for (const child of Array.from(el.children)) stack.push({ el: child, depth: depth + 1 });
      continue;
    }
    const queue = Array.from(el.children);
    while (queue.length > 0) {
      const child = queue.pop()!;
      if (child.children.length === 0) continue;
      const moved = Array.from(child.childNodes);
      for (const n of moved) el.insertBefore(n, child);
      child.remove();
      unwrapped++;
      for (const n of moved) if (n.nodeType === 1) queue.push(n as Element);
    }
  }
  return unwrapped;
}

/** Deepest tag nesting the parser is given; past it, tags are dropped before parsing (their text stays). */
export const MAX_MARKUP_DEPTH = 2000;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);
const TAG_RE = /<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * Drop the tags of markup nested deeper than `maxDepth`, counting every open tag that is not void or
 * self-closed, before the page is parsed: the HTML parser keeps its open elements in an array it shifts and
 * unshifts, so 100,000 nested (or unclosed) `<div>`s cost it minutes. The text between the dropped tags stays;
 * `flattenDeepNesting` would unwrap those elements after parsing anyway. Markup within the limit is returned as is.
 */
export function capMarkupDepth(html: string, maxDepth = MAX_MARKUP_DEPTH): string {
  let depth = 0;
  let deepest = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID_TAGS.has(m[2].toLowerCase())) deepest = Math.max(deepest, ++depth);
  }
  if (deepest <= maxDepth) return html;
  depth = 0;
  return html.replace(TAG_RE, (tag: string, close: string, name: string, selfClose: string) => {
    if (close) return depth-- > maxDepth ? '' : tag;
    if (selfClose || VOID_TAGS.has(name.toLowerCase())) return tag;
    return ++depth > maxDepth ? '' : tag;
  });
}
