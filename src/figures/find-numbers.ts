import { CURRENCY_PREFIXES, MONTHS } from './number-words.js';
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
const FRACTION = 'halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?';
const CURRENCY_SIGN = '(?:US ?|C|A|NZ|HK|R)?\\$(?:US)?|[€£¥₹]|(?:Rs\\.?|RM|USD|EUR|GBP|CHF|JPY|CNY|INR|AUD|CAD|SEK|NOK|DKK) ?';

/**
 * One pass over the text finds every candidate; the alternatives are tried in order at each position:
 * a vague amount, a numeral with its sign and scale, a fraction, a run of number words.
 */
const CANDIDATE_RE = new RegExp(
  [
    `(\\b(?:(?:tens|hundreds) of (?:thousands|millions|billions)|dozens|hundreds|thousands|millions|billions)\\b)`,
    `(?<![\\w.:/#,]|\\d[.,]|[A-Za-z\\u00c0-\\u024f]-)(${CURRENCY_SIGN})?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)(\\s?(?:million|billion|trillion|thousand|mln|bn|mn|tn)\\b|[mkbMKB]\\b)?([a-zA-Z°]+)?`,
    `(\\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\\s-]+(?:${FRACTION})|half)\\b)`,
    `(\\b(?:an? (?:dozen|${SCALE_WORD})\\b|(?:${NUM_WORD})\\b)(?:(?:[\\s-]+|(?<=${SCALE_WORD}) and )(?:${NUM_WORD}|${SCALE_WORD}|dozen)\\b)*(?: and a half\\b)?)`,
  ].join('|'),
  'iy',
);

/**
 * Where a number can start: a digit, a currency sign or code, or a number word. The candidate expression runs only
 * at these places (sticky), which keeps the scan of a 5 KB article well under a millisecond.
 */
const TRIGGER_WORDS = [...NUM_WORD.split('|'), 'half', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens'];
const TRIGGER_SOURCE = '[0-9$\\u20ac\\u00a3\\u00a5\\u20b9]|\\.(?=\\d)|\\b(?:rs|rm|usd|eur|gbp|chf|jpy|cny|inr|aud|cad|sek|nok|dkk|us|nz|hk)(?=[\\s.$\\d])|\\b[cra](?=\\$)|\\ban? (?=dozen|half|third|quarter|fifth|tenth|hundred|thousand|million|billion)|\\b' + trieSource(TRIGGER_WORDS) + '\\b';
/** Run over a lower-cased copy of the text (a case-sensitive scan is several times faster); `i` when lower-casing moves offsets. */
const TRIGGER_LOWER_RE = new RegExp(TRIGGER_SOURCE, 'g');
const TRIGGER_ANY_CASE_RE = new RegExp(TRIGGER_SOURCE, 'gi');

/**
 * Find the numbers written in a text, with exact offsets: numerals ("3,400", "1.2 million", "$3m"), number words
 * ("eight", "Forty", "twenty-two", "a dozen"), fractions ("two-thirds", "half") and vague amounts ("hundreds").
 * Years, dates, times of day, ordinals, identifiers ("Section 427", "COVID-19"), addresses and phone numbers are
 * left out: they are numbers but not quantities.
 */
export function findNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  const masked = maskedSpans(text);
  const lower = text.toLowerCase();
  const [scan, TRIGGER_RE] = lower.length === text.length ? [lower, TRIGGER_LOWER_RE] : [text, TRIGGER_ANY_CASE_RE];
  TRIGGER_RE.lastIndex = 0;
  let trigger: RegExpExecArray | null;
  while ((trigger = TRIGGER_RE.exec(scan))) {
    CANDIDATE_RE.lastIndex = trigger.index;
    const m = CANDIDATE_RE.exec(text);
    if (!m) continue;
    TRIGGER_RE.lastIndex = m.index + m[0].length;
    const g = { vague: m[1], sign: m[2], numeral: m[3], scale: m[4], tail: m[5], fraction: m[6], words: m[7] };
    const start = m.index;
    let end = start + m[0].length;
    if (masked.length > 0 && masked.some(([a, b]) => start < b && end > a)) continue;
    if (g.numeral !== undefined) {
      const sign = g.sign?.trim() ?? '';
      const currency = sign ? (CURRENCY_PREFIXES[sign] ?? CURRENCY_PREFIXES[sign.replace(/\s/g, '')] ?? 'USD') : null;
      let scale = g.scale?.trim() ?? '';
      let tail = g.tail ?? null;
      // A lone lower-case m/k/b is a scale only after a currency sign ("$3m"); "40m" is forty metres.
      if (scale.length === 1 && !currency && (scale === 'm' || scale === 'b')) {
        tail = scale + (tail ?? '');
        scale = '';
      }
      if (tail && !isUnitTail(tail)) continue; // "22nd", "5am", "10.45pm"
      const numberEnd = start + (g.sign?.length ?? 0) + g.numeral.length + (g.scale && scale ? g.scale.length : 0);
      const parsed = parseNumber(`${g.numeral}${scale ? ` ${scale}` : ''}`);
      if (!parsed) continue;
      end = numberEnd;
      if (!currency && isNotAQuantity(text, start + (g.sign?.length ?? 0), end, g.numeral, !!scale, tail)) continue;
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

/** A number span with one fixed shape (object spread gives V8 many shapes and slow objects). */
function span(parsed: ParsedNumber, text: string, start: number, end: number, currency: string | null, suffix: string | null): NumberSpan {
  return { value: parsed.value, high: parsed.high, kind: parsed.kind, text, start, end, currency, suffix };
}

/**
 * Spans that hold digits but no quantity: ISO dates and date-times, clock times, numeric dates, phone numbers and
 * standard or part numbers ("ISO 3888-2").
 */
const MASK_RE = /(?=[\d+(A-Z])(?:\b\d{4}-\d\d-\d\d(?:T[\d:.]+Z?)?|\b\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,5}\)[\s-]?)?\b\d{2,5}[\s-]\d{3,4}[\s-]\d{3,4}\b|\b[A-Z]{2,}[ -]?\d+(?:-\d+)+)/g;

function maskedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  MASK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MASK_RE.exec(text))) spans.push([m.index, m.index + m[0].length]);
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
function isNotAQuantity(text: string, start: number, end: number, numeral: string, scaled: boolean, tail: string | null): boolean {
  const after = text.slice(end, end + 40);
  const before = wordBefore(text, start);
  const wb = before.word;
  const [, next = '', next2 = ''] = WORDS_AFTER_RE.exec(after) ?? [];
  const digits = numeral.includes(',') ? numeral.replace(/,/g, '') : numeral;
  if (CLOCK_AFTER_RE.test(after)) return true;
  if (/^[/:]\d/.test(after) || /^-\d{1,2}-\d/.test(after)) return true; // 24/7, 12:30, 2024-04-03
  if (/^\s\d{3,4}\b/.test(after) && /^\d{2,5}$/.test(digits)) return true; // phone groups
  // A date: a month name just before ("April 3", "Oct. 31") or after ("3 April", "3rd of May").
  if (wb && MONTHS.has(wb.replace(/\.$/, '').toLowerCase()) && !scaled && digits.length <= 4) return true;
  if (MONTHS.has(next.replace(/\.$/, '').toLowerCase()) || (next.toLowerCase() === 'of' && MONTHS.has(next2.toLowerCase()))) return true;
  // A year: four digits from 1500 to 2099, written without a separator, not followed by what they count ("2000
  // people") or a scale. "2,000" is never a year.
  if (numeral.length === 4 && +digits >= 1500 && +digits <= 2099 && !scaled && !tail && !COUNT_AFTER_RE.test(next)) return true;
  // An identifier: a capitalised word right before, with no article ("Section 427", "Game 6", "Big 12").
  if (!tail && isIdentifierBefore(text, start, before)) return true;
  // An address: "10 Downing Street".
  if (next && isCapitalised(next) && STREET_RE.test(next2.replace(/\.$/, ''))) return true;
  // An age in apposition: "Dosti, 54, who runs the bakery".
  if (after.startsWith(',') && charBefore(text, start) === ',' && +digits < 120 && !numeral.includes('.')) {
    const name = wordBefore(text, text.lastIndexOf(',', start - 1));
    if (name.word && isCapitalised(name.word)) return true;
  }
  return false;
}

const NOT_NAMES = new Set(['About', 'Some', 'Over', 'Nearly', 'Almost', 'Around', 'Roughly', 'Only', 'Just', 'Approximately', 'Up', 'At', 'More', 'Fewer', 'Less', 'Than', 'To', 'By', 'From', 'Between', 'And', 'Of', 'In', 'On', 'For', 'With', 'The', 'Another', 'Those', 'These', 'All', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun']);
/** Stock indexes named with a number ("S&P 500", "FTSE 100"): the number is part of the name. */
const INDEX_NAMES = new Set(['s&p', 'sp', 'p', 'ftse', 'fortune', 'nasdaq', 'russell', 'stoxx', 'asx', 'nikkei', 'dax', 'cac', 'sensex', 'nifty', 'seng']);

/**
 * A number right after a name ("Section 427", "Game 6", "iPhone 11", "BBC One", "S&P 500") names a thing rather
 * than counting one: a capitalised (or camel-case) word with no article between, not at a sentence start.
 */
function isIdentifierBefore(text: string, start: number, before: Word): boolean {
  const wb = before.word;
  if (!wb || start - (before.start + wb.length) !== 1) return false; // one space between
  if (INDEX_NAMES.has(wb.toLowerCase()) && (wb.length > 1 || /s\s?$/i.test(text.slice(before.start - 3, before.start)))) return true;
  if (!isCapitalised(wb) || NOT_NAMES.has(wb) || MONTHS.has(wb.toLowerCase()) || /\.$/.test(wb)) return false;
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
