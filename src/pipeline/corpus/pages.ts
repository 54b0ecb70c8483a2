/** Growth of the resident set since the last collection that triggers the next one. */
const HEADROOM = 256 * 2 ** 20;
/** A resident set this large is collected after every page. */
const CEILING = 768 * 2 ** 20;

/** The resident set size just after the last collection. */
let floor = 0;

/**
 * Called by a corpus stage after it saved a page. A page leaves hundreds of megabytes of short-lived objects (the
 * page's articles, their prepared texts); V8, given a large machine, lets the old generation grow to gigabytes
 * before it collects them. When the process allows it (`bin/storyline.js` starts Node with `--expose-gc`), a full
 * collection here, once the resident set has grown by `HEADROOM` since the last or passed `CEILING`, keeps a
 * 100k-article run under 1 GB without paying for a collection of the whole index after every page; elsewhere
 * (tests, library use) this does nothing.
 */
export function betweenPages(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  const rss = process.memoryUsage.rss();
  if (rss < floor + HEADROOM && rss < CEILING) return;
  gc();
  floor = process.memoryUsage.rss();
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
