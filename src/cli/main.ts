import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { defaultDbLocation, openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { EntityType, FigureMetric } from '../model.js';
import { figureLedger, quotesWithLedger } from '../ledger/index.js';
import { articleJson, articleTable, entityJson, entityTable, figureJson, figureTable, ingestLine, ledgerText, quoteJson, quoteTable, summaryText, table, truncate } from './format.js';
import { ingestWithProgress } from './ingest-command.js';
import { storeEvents } from '../pipeline/corpus/events.js';
import { linkStoryline } from '../events/storyline.js';
import { timelineText } from '../events/timeline-text.js';

/** The package root, where `examples/` lives, found from this file's place in `dist/src/cli/`. */
const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The bundled sample corpus's format folders (its `tools/` and gold file are not articles). */
export const DEMO_INPUTS = ['text', 'html', 'feeds', 'jsonl', 'warc'].map((d) => join(PACKAGE_ROOT, 'examples', 'corpus', d));

const FIGURE_METRICS: FigureMetric[] = ['killed', 'injured', 'missing', 'hostages', 'released', 'detained', 'displaced', 'evacuated', 'aid', 'other'];
const ENTITY_TYPES: EntityType[] = ['person', 'org', 'place', 'group'];

const dbOption = () => new Option('--db <path>', 'database file (default: $STORYLINE_DB or ./storyline.db)');

async function withStore<T>(db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(defaultDbLocation(db));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function print(value: string): void {
  process.stdout.write(value.endsWith('\n') ? value : value + '\n');
}

/** Build the `storyline` command line. Each command calls the library; none holds logic of its own. */
export function buildProgram(): Command {
  const program = new Command('storyline')
    .description('Follow one news story across many outlets: ingest scraped articles, then ask what happened when, who said what, and which numbers were reported by whom.')
    .version('0.1.0')
    .showHelpAfterError('(run storyline --help for usage)');

  program
    .command('ingest')
    .description('read articles from files, folders, globs, URLs or - (stdin) and store them')
    .argument('<inputs...>', 'files, folders (read recursively), glob patterns, http(s) URLs, or - for stdin')
    .addOption(dbOption())
    .option('--allow-private', 'allow fetching URLs on private, loopback and link-local addresses')
    .option('--timeout <seconds>', 'seconds before a URL fetch gives up', (v) => positiveNumber(v, '--timeout'), 15)
    .option('-q, --quiet', 'no progress bar')
    .action(async (inputs: string[], opts) => {
      await withStore(opts.db, async (store) => {
        const result = await ingestWithProgress(inputs, store, { allowPrivate: opts.allowPrivate, timeoutSeconds: opts.timeout, quiet: opts.quiet });
        process.stderr.write(ingestLine(result) + '\n');
        if (result.failed > 0) process.exitCode = 1;
      });
    });

  program
    .command('articles')
    .description('list stored articles, by date')
    .addOption(dbOption())
    .option('--json', 'print a JSON array (see the README for the fields)')
    .option('--outlet <name>', 'only this outlet')
    .option('--from <date>', 'published on or after YYYY-MM-DD')
    .option('--to <date>', 'published on or before YYYY-MM-DD')
    .option('--limit <n>', 'at most n articles', (v) => positiveNumber(v, '--limit'))
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const articles = await store.listArticles({ outlet: opts.outlet, from: opts.from, to: opts.to, limit: opts.limit, withExtractions: opts.json });
        print(opts.json ? JSON.stringify(articles.map(articleJson), null, 2) : articleTable(articles));
      });
    });

  program
    .command('search')
    .description('full-text search over titles and text')
    .argument('<query...>', 'words (all must match), "a phrase", or a prefix*')
    .addOption(dbOption())
    .option('--json', 'print a JSON array')
    .option('--limit <n>', 'at most n results', (v) => positiveNumber(v, '--limit'), 20)
    .action(async (query: string[], opts) => {
      await withStore(opts.db, async (store) => {
        const hits = await store.search(query.join(' '), { limit: opts.limit });
        if (opts.json) return print(JSON.stringify(hits, null, 2));
        if (!hits.length) return print('no matches');
        print(table(['published', 'outlet', 'title', 'snippet'], hits.map((h) => [h.published ?? 'undated', truncate(h.outlet ?? '?', 20), truncate(h.title ?? '', 50), h.snippet.replace(/\s+/g, ' ')])));
      });
    });

  program
    .command('quotes')
    .description('list direct quotes with their speakers, by date')
    .addOption(dbOption())
    .option('--speaker <name>', 'only quotes whose speaker name contains this (any case): a person, an organisation or "official"')
    .option('--article <id>', 'only quotes from this article')
    .option('--json', 'print a JSON array (see the README for the fields)')
    .option('--limit <n>', 'at most n quotes', (v) => positiveNumber(v, '--limit'))
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const quotes = await quotesWithLedger(store, { speaker: opts.speaker, articleId: opts.article, limit: opts.limit });
        print(opts.json ? JSON.stringify(quotes.map(quoteJson), null, 2) : quoteTable(quotes));
      });
    });

  program
    .command('figures')
    .description('list reported figures (killed, injured, displaced, aid, …) with source and as-of date')
    .addOption(dbOption())
    .addOption(new Option('--metric <metric>', 'only this metric').choices(FIGURE_METRICS))
    .option('--article <id>', 'only figures from this article')
    .option('--json', 'print a JSON array (see the README for the fields)')
    .option('--limit <n>', 'at most n figures', (v) => positiveNumber(v, '--limit'))
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const figures = await store.listFigures({ metric: opts.metric as FigureMetric | undefined, articleId: opts.article, limit: opts.limit });
        print(opts.json ? JSON.stringify(figures.map(figureJson), null, 2) : figureTable(figures));
      });
    });

  program
    .command('ledger')
    .description('reported figures as series over time per metric and place, with disagreements, decreases and stale repeats flagged')
    .addOption(dbOption())
    .addOption(new Option('--metric <metric>', 'only this metric').choices(FIGURE_METRICS))
    .option('--json', 'print a JSON array of series (see the README for the fields)')
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const series = await figureLedger(store, opts.metric as FigureMetric | undefined);
        print(opts.json ? JSON.stringify(series, null, 2) : ledgerText(series));
      });
    });

  program
    .command('entities')
    .description('list people, organisations, places and groups, merged across articles, most-mentioned first')
    .addOption(dbOption())
    .addOption(new Option('--type <type>', 'only this type').choices(ENTITY_TYPES))
    .option('--name <name>', 'only entities whose name or alias contains this (any case)')
    .option('--json', 'print a JSON array (see the README for the fields)')
    .option('--limit <n>', 'at most n entities', (v) => positiveNumber(v, '--limit'))
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const entities = await store.listEntities({ type: opts.type as EntityType | undefined, name: opts.name, limit: opts.limit });
        print(opts.json ? JSON.stringify(entities.map(entityJson), null, 2) : entityTable(entities));
      });
    });

  program
    .command('copies')
    .description('list copies (duplicates, syndicated reposts, rewrites, summaries) with the original each repeats')
    .addOption(dbOption())
    .option('--json', 'print a JSON array of { articleId, of, relation, similarity }')
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const links = await store.listCopies();
        if (opts.json) return print(JSON.stringify(links, null, 2));
        if (!links.length) return print('no copies');
        const ids = new Set(links.flatMap((l) => [l.articleId, l.of]));
        const articles = new Map((await store.listArticles()).filter((a) => ids.has(a.id)).map((a) => [a.id, a]));
        const label = (id: string) => {
          const a = articles.get(id);
          return a ? `${a.published ?? 'undated'} ${truncate(a.outlet ?? '?', 18)}: ${truncate(a.title ?? a.text.slice(0, 40), 40)}` : id;
        };
        print(table(['relation', 'similarity', 'copy', 'original'], links.map((l) => [l.relation, l.similarity.toFixed(2), label(l.articleId), label(l.of)])));
      });
    });

  program
    .command('events')
    .description('list events: articles that report the same happening, grouped, with date, title, actors and place')
    .addOption(dbOption())
    .option('--json', 'print a JSON array of { id, date, title, articleIds, entityIds, place }')
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const { events } = await storeEvents(store);
        if (opts.json) return print(JSON.stringify(events, null, 2));
        print(table(['date', 'articles', 'title', 'place'], events.map((e) => [e.date ?? '?', String(e.articleIds.length), truncate(e.title, 70), e.place ?? ''])));
      });
    });

  program
    .command('timeline')
    .description('print the storyline: events in date order, each with the earlier event it follows on from')
    .addOption(dbOption())
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const { events, outlets, names } = await storeEvents(store);
        print(timelineText(linkStoryline(events), { outlets, names }));
      });
    });

  program
    .command('demo')
    .description('ingest the bundled sample corpus and print what Storyline found')
    .addOption(dbOption())
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        const result = await ingestWithProgress(DEMO_INPUTS, store, {});
        process.stderr.write(ingestLine(result) + '\n');
        const summary = await store.summary();
        print(`Sample corpus: a fictional flood story told by many outlets (examples/corpus)\n\n${summaryText(summary)}`);
        const warned = (await store.listArticles()).filter((a) => a.dateWarnings.length);
        if (warned.length) {
          print('\nDate warnings:');
          for (const a of warned) print(`- ${truncate(a.title ?? a.source, 60)} (${a.outlet ?? '?'}): ${a.dateWarnings.join(' ')}`);
        }
        const quotes = await quotesWithLedger(store);
        const figures = await store.listFigures();
        const entities = await store.listEntities({ withArticles: false });
        const copies = await store.listCopies();
        const { events } = await storeEvents(store);
        const flags = (await figureLedger(store)).flatMap((s) => s.points.flatMap((p) => p.flags));
        const count = (n: number, what: string) => `${n} ${what}`;
        print('\nExtracted:');
        print(`- ${count(quotes.length, 'quotes')} from ${new Set(quotes.map((q) => q.speaker.entityId ?? q.speaker.name)).size} speakers; ${quotes.filter((q) => q.sameAs.length).length} repeated across articles, ${quotes.filter((q) => q.flags.length).length} flagged (altered wording, another speaker, third-person words)`);
        print(`- ${count(figures.length, 'figures')} (${['killed', 'injured', 'missing', 'displaced', 'evacuated', 'aid'].map((m) => `${figures.filter((f) => f.metric === m).length} ${m}`).join(', ')}); ${flags.length} ledger flags (${['disagreement', 'decrease', 'stale'].map((k) => `${flags.filter((f) => f.kind === k).length} ${k}`).join(', ')})`);
        print(`- ${count(entities.length, 'entities')}: ${['person', 'org', 'place', 'group'].map((t) => `${entities.filter((e) => e.type === t).length} ${t}`).join(', ')}`);
        print(`- ${count(copies.length, 'copies')} linked to their originals (${['duplicate', 'syndicated', 'rewrite', 'summary'].map((r) => `${copies.filter((c) => c.relation === r).length} ${r}`).join(', ')})`);
        print(`- ${count(events.length, 'events')} on the timeline`);
        print(`\nDatabase: ${defaultDbLocation(opts.db)}. Try: storyline timeline, storyline quotes --speaker Brask, storyline ledger --metric killed, storyline copies, storyline entities --type person, storyline search levee`);
        if (result.failed > 0) process.exitCode = 1;
      });
    });

  return program;
}

function positiveNumber(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CommanderError(2, 'storyline.invalidArgument', `error: ${name} expects a positive number, got '${value}'`);
  return n;
}

/** Run the CLI: exit 0 when nothing failed, 1 when some input failed, 2 for bad usage. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        process.exitCode = 0;
        return;
      }
      if (error.code === 'storyline.invalidArgument') process.stderr.write(error.message + '\n');
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`error: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
