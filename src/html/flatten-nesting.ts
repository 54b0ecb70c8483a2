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
