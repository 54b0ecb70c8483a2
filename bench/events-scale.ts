import { fileURLToPath } from 'node:url';
import type { EventInput } from '../src/events/event-input.js';
import { betweenPages } from '../src/pipeline/corpus/pages.js';
import { EVENTS_PAGE } from '../src/pipeline/corpus/events.js';
import { EventIndex } from '../src/events/event-index.js';
import { mulberry32 } from '../test/helpers/mulberry32.js';

/** One timing of the events stage. */
export interface ScaleRow {
  case: string;
  articles: number;
  seconds: number;
  events: number;
  /** Peak resident set size of the process so far, in MB. */
  peakRssMb: number;
}


const SYLLABLES = ['ka', 'lo', 'mir', 'tan', 've', 'dor', 'sel', 'bri', 'an', 'gu', 'ros', 'fen', 'ith', 'ma', 'quo', 'ter', 'zal', 'ny', 'pe', 'wick'];

function word(rnd: () => number, parts = 3): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w;
}

const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

/**
 * A synthetic news corpus: events spread over a year, one to six reports each by different outlets, each report
 * mixing its event's own words and names with common words drawn from a Zipf law. Articles are made one at a
 * time from the seed, so the caller holds only what it keeps.
 */
export function* syntheticArticles(count: number, seed = 1, firstId = 0): Generator<EventInput> {
  const rnd = mulberry32(seed);
  const common = Array.from({ length: 3000 }, () => word(rnd, 2));
  const zipf = (): string => common[Math.min(common.length - 1, Math.floor(Math.exp(rnd() * Math.log(common.length))) - 1)];
  let made = 0;
  let event = 0;
  while (made < count) {
    event++;
    const day = Math.floor(rnd() * 365);
    const keywords = Array.from({ length: 8 }, () => word(rnd));
    const names = Array.from({ length: 4 }, () => `${capital(word(rnd, 2))} ${capital(word(rnd))}`);
    const place = capital(word(rnd));
    const reports = 1 + Math.floor(rnd() * 6);
    for (let r = 0; r < reports && made < count; r++, made++) {
      const pick = <T>(xs: T[], n: number) => Array.from({ length: n }, () => xs[Math.floor(rnd() * xs.length)]);
      const sentence = () => [...pick(keywords, 3), ...Array.from({ length: 9 }, zipf)].sort(() => rnd() - 0.5).join(' ');
      const text = Array.from({ length: 8 }, (_, i) => `${pick(names, 1)[0]} said in ${place} that ${sentence()}${i % 3 === 0 ? ' ' + pick(names, 1)[0] : ''}.`).join(' ');
      const published = new Date(Date.UTC(2023, 0, 1 + day + (rnd() < 0.3 ? 1 : 0))).toISOString().slice(0, 10);
      const eventDate = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
      yield {
        id: `s${firstId + made}`,
        title: `${capital(pick(keywords, 1)[0])} ${pick(keywords, 2).join(' ')} in ${place}`,
        text,
        published,
        publishedConfidence: 'high',
        dateWarnings: [],
        eventDate,
        eventDateEvidence: '"on Monday" in the lead',
        dates: [eventDate],
        entities: [],
        quotes: [],
        outlet: `outlet-${r}`,
      };
    }
  }
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const out = f();
  return [out, (performance.now() - t) / 1000];
}

/**
 * Time a full build of the events over 10k and 100k synthetic articles, made as the events corpus stage makes it
 * (a fresh `EventIndex`, articles added in pages of `EVENTS_PAGE`), and an incremental add of 1k articles into the
 * 100k index, with the peak RSS after each. The add should cost at most 5% of the 100k build.
 */
export function runEventsScale(sizes = { small: 10_000, large: 100_000, add: 1_000 }): ScaleRow[] {
  const rows: ScaleRow[] = [];
  const [small, smallSeconds] = time(() => build([...syntheticArticles(sizes.small, 7)]));
  rows.push({ case: 'paged build', articles: sizes.small, seconds: smallSeconds, events: small.events().length, peakRssMb: peakRssMb() });
  const [index, largeSeconds] = time(() => build([...syntheticArticles(sizes.large, 11)]));
  rows.push({ case: 'paged build', articles: sizes.large, seconds: largeSeconds, events: index.events().length, peakRssMb: peakRssMb() });
  // New articles: the same generator further on, so some join events already there (same seed, later ids).
  const fresh = [...syntheticArticles(sizes.large + sizes.add, 11, 0)].slice(sizes.large).map((a) => ({ ...a, id: 'n' + a.id }));
  const [, addSeconds] = time(() => index.add(fresh));
  rows.push({ case: `EventIndex.add into ${sizes.large / 1000}k`, articles: sizes.add, seconds: addSeconds, events: index.events().length, peakRssMb: peakRssMb() });
  return rows;
}

function build(inputs: EventInput[]): EventIndex {
  const index = new EventIndex();
  for (let i = 0; i < inputs.length; i += EVENTS_PAGE) {
    index.add(inputs.slice(i, i + EVENTS_PAGE));
    betweenPages();
  }
  return index;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = runEventsScale();
  console.log('case                          articles   seconds   events  peak RSS MB');
  for (const r of rows) console.log(`${r.case.padEnd(30)}${String(r.articles).padStart(8)}${r.seconds.toFixed(2).padStart(10)}${String(r.events).padStart(9)}${String(r.peakRssMb).padStart(13)}`);
  const [, large, add] = rows;
  console.log(`\nIncremental add of ${add.articles} into ${large.articles}: ${((100 * add.seconds) / large.seconds).toFixed(1)}% of the rebuild.`);
}
