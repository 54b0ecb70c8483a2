/** Growth of the live data (V8 heap and array buffers) since the last collection that triggers the next one. */
const HEADROOM = 128 * 2 ** 20;

/** Heap plus array buffers just after the last collection: what the stage's index holds. */
let live = 0;

/**
 * Called by a corpus stage after it saved a page. A page leaves tens of megabytes of short-lived objects (the page's
 * articles with their extractions, prepared texts); V8, given a large machine, lets the old generation grow to
 * gigabytes before it collects them, and the resident set follows. When the process allows it (`bin/storyline.js`
 * starts Node with `--expose-gc`), a full collection here once the heap and array buffers have grown by `HEADROOM`
 * past what the last collection left keeps the resident set near what the index really holds (a 100k-article run
 * stays under 1 GB) without paying for a collection of the whole index after every page. The test is on V8's own
 * figures, not the resident set: after a collection the resident set shrinks only as V8 gives pages back, so a floor
 * read off it would let each round start higher. Elsewhere (tests, library use) this does nothing.
 */
export function betweenPages(): void {
  if (!(globalThis as { gc?: () => void }).gc) return;
  const before = process.memoryUsage();
  if (before.heapUsed + before.arrayBuffers >= live + HEADROOM) collect();
}

/**
 * Called between corpus stages: the stage just ended let its index go, and the next loads its own. Collected now,
 * the one's index is gone before the other's is built; left to V8, both would be in memory at once.
 */
export function betweenStages(): void {
  collect();
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  const after = process.memoryUsage();
  live = after.heapUsed + after.arrayBuffers;
}

/**
 * The pages a corpus stage works through: `next` is called until it returns none, and each page is yielded once the
 * stage has done with the one before it (saved it), with `betweenPages` in between. `next` reads what the stage has
 * not yet saved state for, so it gives the following page each time.
 */
export async function* pages<T>(next: () => Promise<T[]>): AsyncGenerator<T[]> {
  for (;;) {
    const page = await next();
    if (!page.length) return;
    yield page;
    betweenPages();
  }
}
