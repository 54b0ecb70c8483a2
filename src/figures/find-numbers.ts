import { CURRENCY_PREFIXES, MONTHS, SCALE_WORDS } from './number-words.js';
import { parseNumber, type ParsedNumber } from './parse-number.js';
import { charBefore, isCapitalised, trieSource, wordBefore, type Word } from './words.js';

/** A number found in a text: where it is, as written, and what it is worth. */
export interface NumberSpan extends ParsedNumber {
  /** The number as written, with a currency sign written before it ("$3m", "3,400", "two-thirds", "a dozen"). */
  text: string;
  start: number;
  end: number;
  /** The currency of a sign written before the number ("USD" for "$"), or null. */
  currency: string | null;
  /** Letters written onto a numeral ("GB" in "256GB"), or null. */
  suffix: string | null;
}

const NUM_WORD = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE_WORD = 'hundred|thousand|million|billion|trillion';
const FRACTION = 'halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?';
/**
 * Currency signs and codes written before an amount. "PS" is the pound sign as text converters garble it ("PS8.1bn",
 * "(PS21,700)"): read as GBP only in capitals, and never before a lone digit ("PS4", "PS5" are consoles).
 */
const CURRENCY_SIGN = '(?:US ?|C|A|NZ|HK|R)?\\$(?:US)?|[€£¥₹]|PS(?=\\d)|(?:Rs\\.?|RM|USD|EUR|GBP|CHF|JPY|CNY|INR|AUD|CAD|SEK|NOK|DKK) ?';

/**
 * One pass over the text finds every candidate; the alternatives are tried in order at each position:
 * a vague amount, a numeral with its sign and scale, a fraction, a run of number words.
 *
 * A numeral may carry a minus ("minus 5", "minus-5", "-1.3%", "−5°C", "$-50.8bn"): a hyphen counts as a minus only
 * where no word or digit touches it on the left, so "15-22" stays a range and "COVID-19" a name. A numeral may follow
 * "sub-" ("sub-300 sq m", "sub-7 nanometer"), the one prefix that keeps the number a quantity. Its scale may be a run
 * of scale words ("4 hundred", "4 hundred million", "$1mil"), a letter written onto it ("35m", "40k", "$1.2bn"), or a
 * capital B or M set apart before a lower-case word ("8 B people"). A fraction may be "half a" scale word ("half a
 * million", "half a dozen"), which is a count.
 */
const CANDIDATE_RE = new RegExp(
  [
    `(\\b(?:(?:tens|hundreds) of (?:thousands|millions|billions)|dozens|hundreds|thousands|millions|billions)\\b)`,
    `(?<![\\w.:/#]|,(?=[\\d.])|\\d[.,]|[A-Za-z\\u00c0-\\u024f](?<!\\bsub)-)((?:minus[\\s-]|[-−])(?=[\\d.$€£]))?(${CURRENCY_SIGN})?([-−](?=\\d))?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)((?:\\s?(?:hundred|thousand|million|billion|trillion|mln|mil|bn|mn|tn)\\b)+|[mkbMKB]\\b|\\s[BM](?=\\s[a-z]))?([a-zA-Z°]+)?`,
    `(\\bhalf an? (?:dozen|hundred|thousand|million|billion|trillion)\\b|\\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\\s-]+(?:${FRACTION})|half)\\b)`,
    `(\\b(?:an? (?:dozen|${SCALE_WORD})\\b|(?:${NUM_WORD})\\b)(?:(?:[\\s-]+|(?<=${SCALE_WORD}) and )(?:${NUM_WORD}|${SCALE_WORD}|dozen)\\b)*(?: and a half\\b)?)`,
  ].join('|'),
  'iy',
);

/**
 * Where a number can start: a digit, a currency sign or code, or a number word. The candidate expression runs only
 * at these places (sticky), which keeps the scan of a 5 KB article well under a millisecond.
 */
const TRIGGER_WORDS = [...NUM_WORD.split('|'), 'half', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens'];
/**
 * The word triggers share one leading `\b`, tested once per position before any of them: the scan takes about a
 * quarter less time than with a `\b` on each alternative, and finds the same matches (the alternatives keep their order).
 */
const TRIGGER_SOURCE = '[0-9$\\u20ac\\u00a3\\u00a5\\u20b9]|\\.(?=\\d)|[-\\u2212](?=[\\d.$\\u20ac\\u00a3])|\\b(?:minus[\\s-](?=[\\d.$\\u20ac\\u00a3])|ps(?=\\d)|(?:rs|rm|usd|eur|gbp|chf|jpy|cny|inr|aud|cad|sek|nok|dkk|us|nz|hk)(?=[\\s.$\\d])|[cra](?=\\$)|an? (?=dozen|half|third|quarter|fifth|tenth|hundred|thousand|million|billion)|' + trieSource(TRIGGER_WORDS) + '\\b)';
/** Run over a lower-cased copy of the text (a case-sensitive scan is several times faster); `i` when lower-casing moves offsets. */
const TRIGGER_LOWER_RE = new RegExp(TRIGGER_SOURCE, 'g');
const TRIGGER_ANY_CASE_RE = new RegExp(TRIGGER_SOURCE, 'gi');

/**
 * Find the numbers written in a text, with exact offsets: numerals ("3,400", "1.2 million", "$3m"), number words
 * ("eight", "Forty", "twenty-two", "a dozen"), fractions ("two-thirds", "half") and vague amounts ("hundreds").
 * Years, dates, times of day, ordinals, identifiers ("Section 427", "COVID-19"), addresses and phone numbers are
 * left out: they are numbers but not quantities. `lower` is the text lower-cased, when the caller has it.
 */
export function findNumbers(text: string, lower = text.toLowerCase()): NumberSpan[] {
  const out: NumberSpan[] = [];
  const masked = maskedSpans(text);
  const [scan, TRIGGER_RE] = lower.length === text.length ? [lower, TRIGGER_LOWER_RE] : [text, TRIGGER_ANY_CASE_RE];
  TRIGGER_RE.lastIndex = 0;
  let trigger: RegExpExecArray | null;
  while ((trigger = TRIGGER_RE.exec(scan))) {
    CANDIDATE_RE.lastIndex = trigger.index;
    const m = CANDIDATE_RE.exec(text);
    if (!m) continue;
    TRIGGER_RE.lastIndex = m.index + m[0].length;
    const g = { vague: m[1], minus: m[2] ?? m[4], sign: m[3], numeral: m[5], scale: m[6], tail: m[7], fraction: m[8], words: m[9] };
    const start = m.index;
    let end = start + m[0].length;
    if (masked.length > 0 && masked.some(([a, b]) => start < b && end > a)) continue;
    if (g.numeral !== undefined) {
      const sign = g.sign?.trim() ?? '';
      // "PS" in any other case, or before a lone digit, is a name ("PS5"), not a garbled pound sign.
      if (sign.length === 2 && sign.toUpperCase() === 'PS' && (sign !== 'PS' || (/^\d$/.test(g.numeral) && !g.scale))) continue;
      const currency = sign ? (CURRENCY_PREFIXES[sign] ?? CURRENCY_PREFIXES[sign.replace(/\s/g, '')] ?? 'USD') : null;
      let scale = g.scale?.trim() ?? '';
      let tail = g.tail ?? null;
      const numeralStart = start + (m[2]?.length ?? 0) + (g.sign?.length ?? 0) + (m[4]?.length ?? 0);
      const numeralEnd = numeralStart + g.numeral.length;
      // A letter set apart is a scale only in capitals ("8 B people"); "8 m deep" is eight metres.
      if (g.scale && /^\s[bm]$/.test(g.scale)) scale = '';
      // A lone lower-case m/b without a currency sign is metres (or a unit letter) unless it counts something.
      if (scale.length === 1 && !currency && (scale === 'm' || scale === 'b') && !isMagnitudeLetter(text, numeralStart, numeralEnd + 1)) {
        tail = scale + (tail ?? '');
        scale = '';
      }
      if (tail && !isUnitTail(tail)) continue; // "22nd", "5am", "10.45pm"
      const numberEnd = numeralEnd + (g.scale && scale ? g.scale.length : 0);
      const parsed = parseNumeral(g.numeral, scale);
      if (!parsed) continue;
      if (g.minus) parsed.value = -parsed.value;
      end = numberEnd;
      if (!currency && isNotAQuantity(text, numeralStart, end, g.numeral, !!scale, tail, !!g.minus)) continue;
      out.push(span(parsed, text.slice(start, end), start, end, currency, tail));
      continue;
    }
    const written = g.vague ?? g.fraction ?? g.words ?? '';
    if (g.fraction && !isFraction(text, start, end, written)) continue;
    if (g.words && !isCardinalWord(text, start, end, written)) continue;
    const parsed = parseNumber(written.replace(/ and a half$/i, ''));
    if (!parsed) continue;
    if (/ and a half$/i.test(written)) parsed.value += 0.5;
    out.push(span(parsed, written, start, end, null, null));
  }
  return out;
}

/**
 * `parseNumber(`${numeral} ${scale}`)` for a numeral as the candidate expression reads it (digits with optional
 * thousands commas and decimals, no sign) and its scale words or letter, trimmed, each word set apart by one space
 * character: the same value without the general parser's normalising and lookups.
 */
function parseNumeral(numeral: string, scale: string): ParsedNumber | undefined {
  let value = Number(numeral.includes(',') ? numeral.replace(/,/g, '') : numeral);
  if (scale) {
    for (const word of scale.toLowerCase().split(/\s/)) {
      const factor = SCALE_WORDS[word];
      if (factor === undefined) return undefined;
      value *= factor;
    }
  }
  return { value: Math.round(value * 1e6) / 1e6, kind: 'count' };
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A number span with one fixed shape (object spread gives V8 many shapes and slow objects). */
function span(parsed: ParsedNumber, text: string, start: number, end: number, currency: string | null, suffix: string | null): NumberSpan {
  return { value: parsed.value, high: parsed.high, kind: parsed.kind, text, start, end, currency, suffix };
}

/**
 * Spans that hold digits but no quantity: ISO dates and date-times, clock times, numeric dates, phone numbers and
 * standard or part numbers ("ISO 3888-2").
 */
const MASK_RE = /(?=[\d+(A-Z])(?:\b\d{4}-\d\d-\d\d(?:T[\d:.]+Z?)?|\b\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,5}\)[\s-]?)?\b\d{2,5}[\s-]\d{3,4}[\s-]\d{3,4}\b|\b[A-Z]{2,}[ -]?\d+(?:-\d+)+)/g;

const MASK_AT_RE = new RegExp(MASK_RE.source, 'y');
/** A digit, a separator (`-`, `:`, `/`, `.` or a space) and a digit: every span `MASK_RE` finds holds one. */
const MASK_SEED_RE = /\d(?=[-:/.\s]\d)/g;

/**
 * The spans `MASK_RE` finds, scanning from left to right, without running it over the whole text. Every span it
 * finds holds a seed (`MASK_SEED_RE`) and starts at most 17 characters before the first seed in it, or (a part
 * number) at the capitals written before the seed's digits. So the expression is tried only at those places, in
 * order, and a span found ends the places it covers. Most articles hold no seed at all.
 */
function maskedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // No span starts before `pos`: it is past the last span found and every place tried.
  let pos = 0;
  MASK_SEED_RE.lastIndex = 0;
  let seed: RegExpExecArray | null;
  while ((seed = MASK_SEED_RE.exec(text))) {
    const k = seed.index;
    // The part number's start: the digits before the seed, a space or hyphen, the capitals before them.
    let start = k;
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
    if (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 45)) start--;
    while (start > 0 && text.charCodeAt(start - 1) >= 65 && text.charCodeAt(start - 1) <= 90) start--;
    for (let p = Math.max(pos, Math.min(start, k - 24)); p <= k; p++) {
      MASK_AT_RE.lastIndex = p;
      const m = MASK_AT_RE.exec(text);
      if (!m) continue;
      spans.push([p, p + m[0].length]);
      p += m[0].length - 1;
    }
    pos = Math.max(k + 1, spans.length > 0 ? spans[spans.length - 1][1] : 0);
    MASK_SEED_RE.lastIndex = pos;
  }
  return spans;
}

/** Letters written onto a numeral that make a unit ("256GB", "15kHz", "45g"), not an ordinal or a clock time. */
function isUnitTail(tail: string): boolean {
  return !/^(st|nd|rd|th|s|am|pm|h|hrs|gmt|utc|bst|est|cet)$/i.test(tail);
}

const WORDS_AFTER_RE = /^[\s\u00a0]*([A-Za-z\u00c0-\u024f.']+)?[\s\u00a0]*([A-Za-z\u00c0-\u024f.']+)?/;
const CLOCK_AFTER_RE = /^\s*(?:[:.]\d\d\b|(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|gmt\b|utc\b|bst\b|hrs\b|h\b))/i;
const STREET_RE = /^(street|st\.?|road|rd\.?|avenue|ave\.?|lane|boulevard|blvd\.?|drive|way|place|square|terrace|court)$/i;
const COUNT_AFTER_RE = /^(people|persons|%|percent|per|million|billion|thousand|hundred)$/i;

/** True when a numeral is a year, a date, a clock time, an identifier, an age, an address or a phone number. */
function isNotAQuantity(text: string, start: number, end: number, numeral: string, scaled: boolean, tail: string | null, negative = false): boolean {
  const after = text.slice(end, end + 40);
  const before = wordBefore(text, start);
  const wb = before.word;
  const [, next = '', next2 = ''] = WORDS_AFTER_RE.exec(after) ?? [];
  const digits = numeral.includes(',') ? numeral.replace(/,/g, '') : numeral;
  if (CLOCK_AFTER_RE.test(after)) return true;
  if (/^[/:]\d/.test(after) || /^-\d{1,2}-\d/.test(after)) return true; // 24/7, 12:30, 2024-04-03
  if (/^\s\d{3,4}\b/.test(after) && /^\d{2,5}$/.test(digits)) return true; // phone groups
  // A date: a month name just before ("April 3", "Oct. 31") or after ("3 April", "3rd of May").
  if (wb && isMonth(wb) && !scaled && digits.length <= 4) return true;
  if (isMonth(next) || (next.length === 2 && next.toLowerCase() === 'of' && MONTHS.has(next2.toLowerCase()))) return true;
  // A year: four digits from 1500 to 2099, written without a separator, not followed by what they count ("2000
  // people") or a scale ("2,000" is never a year),
  // people") or a scale, and not the end of a range whose other end is a plain count ("1000 to 2000 hires").
  if (!negative && isYearLike(numeral, scaled, tail, next) && !inCountRange(text, start, end, +digits)) return true;
  // The second year of a span: "the 2014-15 season", "2019/20".
  if (numeral.length === 2 && !scaled && /\b(?:1[5-9]|20)\d\d[-–/]$/.test(text.slice(Math.max(0, start - 6), start))) return true;
  // An identifier: a capitalised word right before, with no article ("Section 427", "Game 6", "Big 12"). A minus is
  // never part of a name ("FTSE -0.6%").
  if (!tail && !negative && isIdentifierBefore(text, start, before)) return true;
  // An address: "10 Downing Street".
  if (next && isCapitalised(next) && STREET_RE.test(next2.replace(/\.$/, ''))) return true;
  // An age in apposition: "Dosti, 54, who runs the bakery".
  if (after.startsWith(',') && charBefore(text, start) === ',' && +digits < 120 && !numeral.includes('.')) {
    const name = wordBefore(text, text.lastIndexOf(',', start - 1));
    if (name.word && isCapitalised(name.word)) return true;
  }
  return false;
}

const MONTH_LENGTH = Math.max(...[...MONTHS].map((m) => m.length));
/** The first letters of the months (lower-case ASCII). */
const MONTH_INITIALS = new Set([...MONTHS].map((m) => m.charCodeAt(0)));

/**
 * A month name or abbreviation, in any case, with or without a full stop. Lower-casing never shortens a word, so a
 * word longer than the longest month (and its stop) is none; and a word whose first character is not a month's first
 * letter in either case is none (`| 0x20` lower-cases an ASCII capital and maps nothing else onto a lower-case
 * letter; the two characters outside ASCII that lower-case into it, the Kelvin sign and the dotted capital I, start
 * no month). Such words need no lower-case copy.
 */
function isMonth(word: string): boolean {
  return word.length <= MONTH_LENGTH + 1 && MONTH_INITIALS.has(word.charCodeAt(0) | 0x20) && MONTHS.has(word.replace(/\.$/, '').toLowerCase());
}

function isYearLike(numeral: string, scaled: boolean, tail: string | null, next: string): boolean {
  return numeral.length === 4 && +numeral >= 1500 && +numeral <= 2099 && !scaled && !tail && !COUNT_AFTER_RE.test(next);
}

const RANGE_NEXT_RE = /^(?:\s?[-–—]\s?|\s+to\s+|\s+and\s+)(?:[$€£])?(\d[\d,]*(?:\.\d+)?)(?![\d,.]\d)/;
const RANGE_PREV_RE = /(?:^|[^\w.,])(\d[\d,]*(?:\.\d+)?)(?:\s?[-–—]\s?|\s+to\s+|\s+and\s+)(?:[$€£])?$/;

/**
 * A year-like number is one end of a range of counts when the other end, written with "-", "to" or "between … and",
 * is not year-like itself and lies on the right side of it within a factor of ten: "1000 to 2000 hires", "between
 * 1500 and 2000 people", "2000 - 2500 calories". Two year-like ends ("from 1999 to 2005") stay years, and so does a
 * year before a smaller number ("from 10% in 2019 to 25%").
 */
function inCountRange(text: string, start: number, end: number, value: number): boolean {
  const after = RANGE_NEXT_RE.exec(text.slice(end, end + 24));
  if (after && (!/and/.test(after[0]) || /\bbetween\s+$/i.test(text.slice(Math.max(0, start - 9), start)))) {
    const high = after[1];
    const highEnd = end + after[0].length;
    const nextWord = WORDS_AFTER_RE.exec(text.slice(highEnd, highEnd + 40))?.[1] ?? '';
    const v = +high.replace(/,/g, '');
    if (!isYearLike(high, false, null, nextWord) && v > value && v < value * 10) return true;
  }
  const before = RANGE_PREV_RE.exec(text.slice(Math.max(0, start - 40), start));
  if (before && (!/and/.test(before[0]) || /\bbetween\s+\S+\s+and\s+\S*$/i.test(text.slice(Math.max(0, start - 40), start)))) {
    const low = before[1];
    const v = +low.replace(/,/g, '');
    if (!isYearLike(low, false, null, '') && v < value && v > value / 10) return true;
  }
  return false;
}

const DIMENSION_WORDS = new Set(['high', 'deep', 'long', 'wide', 'tall', 'thick', 'away', 'apart', 'across', 'above', 'below', 'under', 'underground', 'in', 'from', 'at', 'to', 'into', 'on', 'off', 'up', 'down', 'over', 'short', 'ahead', 'behind', 'offshore', 'inland', 'towards', 'upwards', 'downwards', 'square', 'sq', 'cubic', 'per', 'of']);
const COUNTED_NOUNS = new Set(['people', 'tons', 'tonnes', 'cattle', 'sheep', 'fish', 'staff', 'livestock', 'poultry', 'children', 'men', 'women']);

/**
 * A lower-case "m" or "b" written onto a numeral without a currency sign ("35m", "1.2m tons") is million or billion
 * when the number counts something: "of" right after it ("35m of its devices"), or, among the next few lower-case
 * words, a plural noun or a counted noun ("1.2m tons", "2.7m combined digital and physical sales") before any
 * dimension or place word. After "a" or "an" ("a 40m wall"), before "high/deep/long/wide/away…" ("40m wide"), at a
 * clause end or before a name, the "m" is metres.
 */
function isMagnitudeLetter(text: string, numeralStart: number, end: number): boolean {
  if (/\ban?\s+$/i.test(text.slice(Math.max(0, numeralStart - 4), numeralStart))) return false;
  const run = /^(?:[ \u00a0]+[a-z]+){1,4}/.exec(text.slice(end, end + 60));
  if (!run) return false;
  const words = run[0].trim().split(/\s+/);
  if (words[0] === 'of') return true;
  for (const w of words) {
    if (DIMENSION_WORDS.has(w)) return false;
    if (COUNTED_NOUNS.has(w) || (w.length > 3 && /[^su]s$/.test(w) && !/is$/.test(w))) return true;
  }
  return false;
}

const NOT_NAMES = new Set(['About', 'Some', 'Over', 'Nearly', 'Almost', 'Around', 'Roughly', 'Only', 'Just', 'Approximately', 'Up', 'At', 'More', 'Fewer', 'Less', 'Than', 'To', 'By', 'From', 'Between', 'And', 'Of', 'In', 'On', 'For', 'With', 'The', 'Another', 'Those', 'These', 'All', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun']);
/** Stock indexes named with a number ("S&P 500", "FTSE 100"): the number is part of the name. */
const INDEX_NAMES = new Set(['s&p', 'sp', 'p', 'ftse', 'fortune', 'nasdaq', 'russell', 'stoxx', 'asx', 'nikkei', 'dax', 'cac', 'sensex', 'nifty', 'seng']);
const INDEX_NAME_LENGTH = Math.max(...[...INDEX_NAMES].map((n) => n.length));

/**
 * A number right after a name ("Section 427", "Game 6", "iPhone 11", "BBC One", "S&P 500") names a thing rather
 * than counting one: a capitalised (or camel-case) word with no article between, not at a sentence start.
 */
function isIdentifierBefore(text: string, start: number, before: Word): boolean {
  const wb = before.word;
  if (!wb || start - (before.start + wb.length) !== 1) return false; // one space between
  if (wb.length <= INDEX_NAME_LENGTH && INDEX_NAMES.has(wb.toLowerCase()) && (wb.length > 1 || /s\s?$/i.test(text.slice(before.start - 3, before.start)))) return true;
  if (!isCapitalised(wb) || NOT_NAMES.has(wb) || (wb.length <= MONTH_LENGTH && MONTHS.has(wb.toLowerCase())) || /\.$/.test(wb)) return false;
  return !isSentenceStart(text, before.start);
}

/** True when the word at `wordStart` opens a sentence. */
function isSentenceStart(text: string, wordStart: number): boolean {
  const c = charBefore(text, wordStart);
  return c === '' || c === '.' || c === '!' || c === '?' || c === '"' || c === '“' || c === '”' || c === '\n' || c === ':' || c === '—';
}

/** "half" is a fraction only before what it divides ("half of", "half the") or after a qualifier; not "half past". */
function isFraction(text: string, start: number, end: number, written: string): boolean {
  const after = text.slice(end, end + 12);
  const before = text.slice(Math.max(0, start - 12), start);
  if (/^[\s-]+(past|time|term|century|hour)/i.test(after) && /half/i.test(written)) return false;
  if (/^-\p{L}/u.test(after)) return false; // "a third-party", "half-hearted"

  if (/\b(first|second|other|top|bottom|and|a)\s*$/i.test(before)) return false;
  if (/^half an? /i.test(written)) return true;
  // "a fifth", "one fourth": the singular denominators double as ordinals ("a fifth straight day", "a third term"),
  // so they are fractions only before "of" ("a fifth of the budget", "one fourth of the population").
  if (/^(?:a|an|one)[\s-]+(third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(written)) return /^\s+of\b/i.test(after);
  if (written.toLowerCase() === 'half') return /^\s+(of|the|a|an|their|its|his|her|our|them|all|million|billion|dozen)\b/i.test(after) || /\b(almost|nearly|about|than|over|around|roughly|under)\s+$/i.test(before);
  return true;
}

/** Number words that are not numbers: "no one", "one another", "the one", a clock time ("at ten to six"). */
function isCardinalWord(text: string, start: number, end: number, written: string): boolean {
  const lower = written.toLowerCase();
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  const after = text.slice(end, end + 24).toLowerCase();
  if (lower === 'one' && (/\b(no|the|this|that|which|every|any|each|little|loved|last|same)\s+$/.test(before) || /^\s+another\b/.test(after) || /^-(off|time|way|sided|size)/.test(after))) return false;
  if (/\bat\s+$/.test(before) && /^\s+(to|past)\s+\w+|^\s+(in the (morning|evening|afternoon)|at night|o'clock|a\.m\.|p\.m\.)/.test(after)) return false;
  if (/^\s+(o'clock|a\.m\.|p\.m\.)/.test(after)) return false;
  // A capitalised number word inside a sentence, right after a name, is part of it ("BBC One", "Formula One").
  if (isCapitalised(written) && !isSentenceStart(text, start)) {
    const before = wordBefore(text, start);
    if (before.word && isCapitalised(before.word) && start - (before.start + before.word.length) === 1) return false;
  }
  // A number word joined to a noun makes a compound modifier, not a quantity ("a five-year award", "four-door").
  if (/^-[a-z]/i.test(after) && !/^-(?:and|or|to)\b/.test(after)) return false;

  if (/\bjust (?:after|before)\s+$/.test(before) && /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(lower) && /^\s*([.,;]|$)/.test(after)) return false;
  if (/\b(ten|five|twenty|quarter|half)\s+(to|past)\s+$/.test(before)) return false;
  return true;
}
