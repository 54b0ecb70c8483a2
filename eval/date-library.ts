import type { DateFinder } from './pub-dates.js';

type Scraper = (input: { html: string; url: string }) => Promise<Record<string, unknown>>;

/**
 * A maintained library as a second baseline: metascraper with its `metascraper-date` rule (devDependencies), asked
 * for `datePublished` first and its general `date` after. Returns no baseline when the packages are not installed.
 */
export async function dateLibraryBaselines(): Promise<DateFinder[]> {
  let scraper: Scraper;
  try {
    const core = (await import('metascraper' as string)) as { default: (rules: unknown[]) => Scraper };
    const rule = (await import('metascraper-date' as string)) as { default: (o: { datePublished: boolean }) => unknown };
    scraper = core.default([rule.default({ datePublished: true })]);
  } catch {
    console.log('\nNote: metascraper/metascraper-date are not installed; the library baseline is skipped.');
    return [];
  }
  return [
    {
      name: 'metascraper-date',
      async find(html, url) {
        const meta = await scraper({ html, url });
        const value = (meta.datePublished ?? meta.date) as string | null | undefined;
        return typeof value === 'string' ? value.slice(0, 10) : undefined;
      },
    },
  ];
}
