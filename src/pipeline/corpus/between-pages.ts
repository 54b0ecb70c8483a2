/**
 * Called by a corpus stage after it saved a page. A page leaves hundreds of megabytes of short-lived objects (the
 * page's articles, their prepared texts); V8, given a large machine, lets the old generation grow to gigabytes
 * before it collects them. When the process allows it (`bin/storyline.js` starts Node with `--expose-gc`), a full
 * collection here keeps a 100k-article run under 1 GB; elsewhere (tests, library use) this does nothing.
 */
export function betweenPages(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
