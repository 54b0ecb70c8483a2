import * as chrono from 'chrono-node';
import type { ArticleStage, DateConfidence, DateMention } from '../../model.js';
import { normaliseDate } from '../../readers/record-dates.js';

const DAY_MS = 24 * 3600 * 1000;
/** A page date this far after every firm date in the text is not the article's date. */
const MISDATED_GAP_DAYS = 45;
const RELATIVE_RE = /\b(yesterday|today|tonight|tomorrow|ago|last|next|this|earlier|later|past)\b/i;
const YEAR_RE = /\b(19|20)\d{2}\b/;
/** Words that name a day outright: a month name or a numeric date. */
const EXPLICIT_DAY_RE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/i;

/** A date mention with how firm it is: written out in full, fixed by its weekday, or resolved against a reference. */
interface ParsedMention extends DateMention {
  /** True when the words fix the day on their own: a full date, or a day and month whose weekday fixes the year. */
  firm: boolean;
}

/** Find the dates written in a text and resolve them against `reference` (a news reference: weekdays are past). */
export function findDateMentions(text: string, reference: Date): ParsedMention[] {
  return mentionsIn(dateWindows(text), reference);
}

/** The date mentions in a text's windows, resolved against `reference`. */
function mentionsIn(windows: DateWindow[], reference: Date): ParsedMention[] {
  const out: ParsedMention[] = [];
  for (const { r, index } of parseDates(windows, reference)) {
    const s = r.start;
    const relative = RELATIVE_RE.test(r.text);
    const dayKnown = s.isCertain('day') && s.isCertain('month');
    const weekdayOnly = s.isCertain('weekday') && !dayKnown;
    if (!dayKnown && !weekdayOnly && !relative) continue; // a time, a month alone, "may" the verb
    if (!dayKnown && relative && !/\b(yesterday|today|tonight|tomorrow|ago|week|day)\b/i.test(r.text)) continue;
    let date = s.date();
    let firm = false;
    const explicit = EXPLICIT_DAY_RE.test(r.text);
    if (dayKnown && explicit && YEAR_RE.test(r.text)) firm = true;
    else if (dayKnown && explicit && s.isCertain('weekday')) {
      const year = yearForWeekday(s.get('month')!, s.get('day')!, s.get('weekday')!, reference.getUTCFullYear());
      if (year !== undefined) {
        date = new Date(Date.UTC(year, s.get('month')! - 1, s.get('day')!, 12));
        firm = true;
      }
    } else if (weekdayOnly && date.getTime() > reference.getTime() + DAY_MS / 2 && !/\bnext\b/i.test(r.text)) {
      // "said on Thursday" in news is the Thursday just gone.
      date = new Date(date.getTime() - 7 * DAY_MS);
    }
    out.push({ text: r.text, start: index, end: index + r.text.length, date: isoDay(date), absolute: firm && !relative, firm: firm && !relative });
  }
  return out;
}

/**
 * chrono's casual English parser without the parsers for clock times ("3 a.m.") and spans ("within ten days",
 * "three days later"): none names a day, and clock times are the commonest match in news text, so they only cost.
 */
const newsChrono = (() => {
  const parser = chrono.casual.clone();
  const skip = new Set(['ENTimeExpressionParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser']);
  const kept = parser.parsers.filter((p) => !skip.has(p.constructor.name));
  // Should a chrono release rename its classes, keep every parser rather than guess.
  if (kept.length === parser.parsers.length - skip.size) parser.parsers = kept;
  return parser;
})();

/**
 * What a chrono parser cannot match without, by its class name: its pattern requires, for each need listed, one of
 * the need's words (case aside) or text that the need's pattern finds, so a window that lacks one would only cost
 * that parser a failed scan. The needs are looser than the patterns (substrings, not whole words): they only skip a
 * parser where it cannot find anything. A parser not listed (or renamed by a chrono release) always runs. Words and
 * patterns are written in lower case and sought in the window in lower case, which finds at least what a
 * case-insensitive search would (an ASCII letter matches a letter case-insensitively only if it lower-cases to it), so
 * no parser is skipped that could match.
 */
const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DIGIT = /\d/;
/** A day of the month as chrono writes its pattern: digits, or an ordinal word ("third", "twenty-first"). */
const DAY_OF_MONTH = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/;
const PARSER_NEEDS: Record<string, Array<string[] | RegExp>> = {
  ENYearMonthDayParser: [DIGIT, /\d{4}/],
  ISOFormatParser: [DIGIT, /\d{4}-\d/],
  SlashDateFormatParser: [DIGIT, /\d[/.-]\d/],
  ENSlashMonthFormatParser: [DIGIT, /\d\/\d/],
  // A day of the month next to the month name: "3 April", "April 3".
  ENMonthNameLittleEndianParser: [MONTH_WORDS, DAY_OF_MONTH],
  ENMonthNameMiddleEndianParser: [MONTH_WORDS, DAY_OF_MONTH],
  ENMonthNameParser: [MONTH_WORDS],
  // A year in digits before the month name.
  ENYearMonthNameParser: [MONTH_WORDS, DIGIT],
  ENWeekdayParser: [['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week']],
  ENTimeUnitAgoFormatParser: [['ago', 'before', 'earlier']],
  ENCasualDateParser: [['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night']],
  ENCasualTimeParser: [['morning', 'afternoon', 'evening', 'night', 'midday', 'noon']],
  ENEndOfCurrentMonthParser: [['month']],
  ENRelativeDateFormatParser: [['this', 'last', 'past', 'next', 'after']],
  ENTimeUnitCasualRelativeFormatParser: [['this', 'last', 'past', 'next', 'after', '+', '-']],
};

/**
 * What a chrono refiner cannot act without (as chrono 2.10 writes them), by class name, in the same terms: a window
 * that lacks it holds no result the refiner would change, so the refiner is left out there. A refiner not listed
 * always runs.
 */
const REFINER_NEEDS: Record<string, Array<string[] | RegExp>> = {
  // "end of" or "last day of" before a result ("the end of this month").
  ENEndOfPeriodRefiner: [/(?:day|end)\s+of\s/],
  // An offset after a result ("+05:00", "GMT-4").
  ExtractTimezoneOffsetRefiner: [DIGIT, /[+-]\d/],
  // A year after a result; every year chrono reads has a digit.
  ENExtractYearSuffixRefiner: [DIGIT],
};

/** The distinct needs (parsers and refiners share some). */
const needs = [...new Set([...Object.values(PARSER_NEEDS), ...Object.values(REFINER_NEEDS)].flat())];
/** For each of newsChrono's parsers and refiners, the indices of its needs, in the order listed; null when it has none. */
const needsOf = (table: Record<string, Array<string[] | RegExp>>, name: string): number[] | null =>
  Object.hasOwn(table, name) ? table[name].map((n) => needs.indexOf(n)) : null;
const parserNeeds = newsChrono.parsers.map((p) => needsOf(PARSER_NEEDS, p.constructor.name));
const refinerNeeds = newsChrono.refiners.map((r) => needsOf(REFINER_NEEDS, r.constructor.name));
/**
 * Every word of every need in one pattern, longest first, and for each word the bits of the needs it satisfies: those
 * with a word it starts with. Searched from every position in turn, the pattern finds at each the longest word that
 * starts there; any other word that starts there is a start of that one, so its needs get their bits too.
 */
const needWords = [...new Set(needs.flatMap((n) => (Array.isArray(n) ? n : [])))].sort((x, y) => y.length - x.length);
const NEED_WORDS_RE = new RegExp(needWords.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'g');
const needWordBits = new Map(needWords.map((w) => [w, needs.reduce<number>((bits, n, i) => (Array.isArray(n) && n.some((x) => w.startsWith(x)) ? bits | (1 << i) : bits), 0)]));
/** The bits of the needs met by words alone: found or not by the one search. */
const wordNeedBits = needs.reduce<number>((bits, n, i) => (Array.isArray(n) ? bits | (1 << i) : bits), 0);

/**
 * chrono's ExtractTimezoneAbbrRefiner, handed only the results it can act on: those followed by a word it reads as a
 * time zone's abbreviation ("EST"). For every other result it only works out the date and finds no zone. The pattern is
 * the refiner's own; a zone is known when chrono resolves it to an offset.
 */
const TIMEZONE_NAME_RE = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
const knownZones = new Map<string, boolean>();
function isKnownZone(abbreviation: string): boolean {
  let known = knownZones.get(abbreviation);
  if (known === undefined) {
    known = chrono.ReferenceWithTimezone.fromInput({ instant: new Date(0), timezone: abbreviation }).timezoneOffset !== null;
    knownZones.set(abbreviation, known);
  }
  return known;
}
function zoneAbbreviationsOnly(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      // With zones of its own (none are given here) the refiner knows more abbreviations: it sees every result.
      if (context.option.timezones || (refiner as { timezoneOverrides?: object }).timezoneOverrides) return refiner.refine(context, results);
      const acting = results.filter((r) => {
        const m = TIMEZONE_NAME_RE.exec(context.text.substring(r.index + r.text.length));
        return m !== null && isKnownZone(m[1].toUpperCase());
      });
      if (acting.length > 0) refiner.refine(context, acting);
      return results;
    },
  };
}
const windowRefiners = newsChrono.refiners.map((r) => (r.constructor.name === 'ExtractTimezoneAbbrRefiner' ? zoneAbbreviationsOnly(r) : r));

/** A chrono with some of newsChrono's parsers and refiners, by bit mask of the parsers kept and of the refiners left out. */
const chronoSubsets = new Map<number, chrono.Chrono>();

/**
 * chrono for one window: only the parsers that can match something in it and the refiners that can act there; null
 * when no parser can match.
 */
function windowChrono(window: string): chrono.Chrono | null {
  // Masks hold 30 parsers, needs and refiners; a chrono with more runs whole.
  if (parserNeeds.length > 30 || needs.length > 30 || refinerNeeds.length > 30) return newsChrono;
  const lower = window.toLowerCase();
  let held = 0;
  NEED_WORDS_RE.lastIndex = 0;
  for (let m = NEED_WORDS_RE.exec(lower); m !== null; m = NEED_WORDS_RE.exec(lower)) {
    held |= needWordBits.get(m[0])!;
    NEED_WORDS_RE.lastIndex = m.index + 1;
  }
  // A need's pattern is tried only when the needs listed before it are met, and at most once.
  let tried = wordNeedBits;
  const meets = (list: number[] | null): boolean => {
    if (list === null) return true;
    for (const i of list) {
      const bit = 1 << i;
      if (!(tried & bit)) {
        tried |= bit;
        if ((needs[i] as RegExp).test(lower)) held |= bit;
      }
      if (!(held & bit)) return false;
    }
    return true;
  };
  let mask = 0;
  for (let i = 0; i < parserNeeds.length; i++) if (meets(parserNeeds[i])) mask |= 1 << i;
  if (mask === 0) return null;
  let skip = 0;
  for (let i = 0; i < refinerNeeds.length; i++) if (!meets(refinerNeeds[i])) skip |= 1 << i;
  const key = mask * 2 ** 31 + skip;
  let parser = chronoSubsets.get(key);
  if (!parser) {
    parser = new chrono.Chrono({ parsers: newsChrono.parsers.filter((_p, i) => mask & (1 << i)), refiners: windowRefiners.filter((_r, i) => !(skip & (1 << i))) });
    chronoSubsets.set(key, parser);
  }
  return parser;
}

/** Words without which a paragraph holds no date chrono would keep: weekdays, months, relative days, numeric dates. */
const DATE_TRIGGER_RE = /\b(?:(?:mon|tues?|wednes|thurs?|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.|jan(?:uary|\.)?|feb(?:ruary|\.)?|march|mar\.|april|apr\.|may|june?|july?|aug(?:ust|\.)?|sep(?:t|tember)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|yesterday|today|tonight|tomorrow|ago|weeks?|days?)(?!\w)|\d[-/.]\d/gi;

/** How far around a trigger word a date expression can reach: "on Wednesday, April 3, 2024 at about 6 p.m." fits. */
const WINDOW_BEFORE = 48;
const WINDOW_AFTER = 64;

/** A white-space character, as `\s` has it. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A stretch of a text that chrono reads, and the chrono for it (null when no parser can match there). */
interface DateWindow {
  from: number;
  text: string;
  chrono: chrono.Chrono | null;
}

/**
 * The windows around the words that can start or hold a date. A window stays inside its paragraph (dates never span
 * one) and is widened to whole words; overlapping windows merge. Running chrono's patterns over the rest of a news
 * article is most of its cost, and most of an article names no date.
 */
function dateWindows(text: string): DateWindow[] {
  const spans: Array<[number, number]> = [];
  DATE_TRIGGER_RE.lastIndex = 0;
  for (let m = DATE_TRIGGER_RE.exec(text); m !== null; m = DATE_TRIGGER_RE.exec(text)) {
    let from = Math.max(0, m.index - WINDOW_BEFORE);
    let to = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    const breakBefore = text.lastIndexOf('\n\n', m.index);
    if (breakBefore >= from) from = breakBefore + 2;
    const breakAfter = text.indexOf('\n\n', m.index);
    if (breakAfter >= 0 && breakAfter < to) to = breakAfter;
    while (from > 0 && !isSpace(text.charCodeAt(from - 1)) && from > breakBefore + 2) from--;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans.map(([from, to]) => {
    const window = text.slice(from, to);
    return { from, text: window, chrono: windowChrono(window) };
  });
}

/** chrono over the windows of a text, offsets mapped back into the text. */
function parseDates(windows: DateWindow[], reference: Date): Array<{ r: chrono.ParsedResult; index: number }> {
  const results: Array<{ r: chrono.ParsedResult; index: number }> = [];
  for (const w of windows) {
    if (w.chrono === null) continue;
    for (const r of w.chrono.parse(w.text, { instant: reference }, { forwardDate: false })) results.push({ r, index: r.index + w.from });
  }
  return results;
}

/** The year, near `around`, in which month/day falls on `weekday` (0 = Sunday). */
export function yearForWeekday(month: number, day: number, weekday: number, around: number): number | undefined {
  for (const year of [around, around - 1, around + 1, around - 2, around - 3]) {
    const d = new Date(Date.UTC(year, month - 1, day, 12));
    if (d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday) return year;
  }
  return undefined;
}

/** The published date the evidence supports, how sure, why, and warnings for a person. */
export interface DateJudgement {
  published: string | null;
  /** The text's date mentions, resolved against `published` (empty when undated). */
  mentions: DateMention[];
  confidence: DateConfidence | null;
  evidence: string | null;
  warnings: string[];
}

/**
 * Decide an article's published date from the date its page claims and the dates in its text. A page date that
 * comes long after every firm date in the text is kept as `pageDate` but not trusted; an undated article gets an
 * estimate from the latest firm date it mentions.
 */
export function judgePublished(text: string, pageDate: string | null, pageEvidence: string | null, now = new Date()): DateJudgement {
  const warnings: string[] = [];
  let page = pageDate;
  if (page && Date.parse(page) > now.getTime() + DAY_MS) {
    warnings.push(`The page date ${page} is in the future; it was not used.`);
    page = null;
  }
  const reference = page ? noon(page) : now;
  const windows = dateWindows(text);
  const parsed = mentionsIn(windows, reference);
  // Mentions resolved against the page date serve as they are when the page date stands; otherwise resolve again.
  const resolvedAgainst = (day: string | null): DateMention[] =>
    day === null ? [] : (day === page ? parsed : mentionsIn(windows, noon(day))).map((m) => ({ text: m.text, start: m.start, end: m.end, date: m.date, absolute: m.absolute }));
  const firm = parsed.filter((m) => m.firm && Date.parse(m.date) <= reference.getTime() + DAY_MS);
  const latest = firm.reduce<ParsedMention | undefined>((best, m) => (!best || m.date > best.date ? m : best), undefined);
  if (page) {
    const gap = latest ? Math.round((Date.parse(page) - Date.parse(latest.date)) / DAY_MS) : 0;
    if (latest && gap > MISDATED_GAP_DAYS) {
      const shifted = shiftedPageDate(page, latest.date);
      const estimate = shifted ?? latest.date;
      const how = shifted ? `the page's day in the text's year` : 'the latest date in the text';
      warnings.push(
        `The page says ${page}, but the latest date in the text is ${latest.date} ("${latest.text}"), ${gap} days earlier; published is set to ${estimate}, ${how}.`,
      );
      return { published: estimate, mentions: resolvedAgainst(estimate), confidence: 'medium', evidence: `text date "${latest.text}"; page date ${page} disagrees`, warnings };
    }
    return { published: page, mentions: resolvedAgainst(page), confidence: 'high', evidence: pageEvidence ?? 'page date', warnings };
  }
  if (latest) {
    warnings.push(`The page has no date; published is estimated as ${latest.date} from the text ("${latest.text}").`);
    return { published: latest.date, mentions: resolvedAgainst(latest.date), confidence: 'low', evidence: `text date "${latest.text}"`, warnings };
  }
  return { published: null, mentions: [], confidence: null, evidence: null, warnings };
}

/**
 * A page date with only its year wrong keeps its month and day: when the page's month/day, moved to the year of
 * the text's latest date, falls within two weeks after that date, it is the better estimate.
 */
function shiftedPageDate(page: string, latest: string): string | undefined {
  const shifted = `${latest.slice(0, 4)}${page.slice(4)}`;
  const days = (Date.parse(shifted) - Date.parse(latest)) / DAY_MS;
  return days >= 0 && days <= 14 ? shifted : undefined;
}

/** Normalise a date or date-time string to YYYY-MM-DD; undefined when it does not parse. */
export function toDay(value: string | undefined | null): string | null {
  if (!value) return null;
  // The day as written: a date-time keeps its own day, not the UTC one.
  const normalised = normaliseDate(value);
  if (normalised) return normalised.slice(0, 10);
  const parsed = chrono.parseDate(value);
  return parsed ? isoDay(parsed) : null;
}

function noon(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

function isoDay(d: Date): string {
  const y = d.getUTCFullYear();
  // What toISOString gives for years of four digits; other years (and invalid dates) as it has them.
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** The dates stage: owns `published`, `publishedConfidence`, `publishedEvidence`, `pageDate`, `modified`, `dateWarnings`, `dates`. */
export function datesStage(options: { now?: Date } = {}): ArticleStage {
  return {
    name: 'dates',
    run(doc) {
      const { raw, article: a } = doc;
      if (a.text === undefined) throw new Error('dates needs `text` from clean-text');
      a.pageDate = toDay(raw.published);
      a.modified = toDay(raw.modified);
      const judged = judgePublished(a.text, a.pageDate, raw.publishedEvidence ?? null, options.now);
      a.published = judged.published;
      a.publishedConfidence = judged.confidence;
      a.publishedEvidence = judged.evidence;
      a.dateWarnings = judged.warnings;
      a.dates = judged.mentions;
      for (const w of judged.warnings) a.messages.push({ severity: 'warning', stage: 'dates', rule: 'date-evidence', text: `${raw.source}: ${w}` });
    },
  };
}
