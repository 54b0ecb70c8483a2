/** Month names in the languages of the news we read most (English, German, French, Spanish, Portuguese, Italian,
 * Dutch, Russian, Ukrainian, Turkish, Polish), full and abbreviated, in the forms dates use. */
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari', 'января', 'январь', 'січня', 'ocak', 'stycznia'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fév', 'febrero', 'fevereiro', 'fev', 'febbraio', 'februari', 'февраля', 'февраль', 'лютого', 'şubat', 'subat', 'lutego'],
  ['march', 'mar', 'märz', 'maerz', 'mrz', 'mars', 'marzo', 'março', 'marco', 'maart', 'марта', 'март', 'березня', 'mart', 'marca'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'апреля', 'апрель', 'квітня', 'nisan', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei', 'мая', 'май', 'травня', 'mayıs', 'mayis', 'maja'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu', 'июня', 'июнь', 'червня', 'haziran', 'czerwca'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug', 'июля', 'июль', 'липня', 'temmuz', 'lipca'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'августа', 'август', 'серпня', 'ağustos', 'agustos', 'sierpnia'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro', 'set', 'settembre', 'сентября', 'сентябрь', 'вересня', 'eylül', 'eylul', 'września', 'wrzesnia'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott', 'октября', 'октябрь', 'жовтня', 'ekim', 'października', 'pazdziernika'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь', 'листопада', 'kasım', 'kasim', 'listopada'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro', 'dicembre', 'декабря', 'декабрь', 'грудня', 'aralık', 'aralik', 'grudnia'],
];

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTHS.set(n, i + 1)));

/** One alternation of every month name, longest first so "sept" wins over "sep". */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Month number of a name ("Sept.", "März", "червня"), or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

/** Options for reading dates: whether "03/04/2020" means 3 April (day first) or March 4. */
export interface DateReadOptions {
  dayFirst?: boolean;
}

/** YYYY-MM-DD from numbers, or undefined when they are not a calendar day. */
export function toIsoDay(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A two-digit year as a four-digit one (00–69 → 2000s, else 1900s). */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

const ISO = /(?<![\d])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
const COMPACT = /(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?:T|(?![\d]))/;
const NUMERIC_DMY = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d])/;
const NAMED_DMY = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+)?(${MONTH_PATTERN})\\.?,?\\s*(?:de\\s+)?((?:19|20)\\d\\d)(?![\\d])`, 'iu');
const NAMED_MDY = new RegExp(`(?<![\\p{L}])(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?![\\d])`, 'iu');
const NAMED_YMD = new RegExp(`(?<![\\d])((?:19|20)\\d\\d)\\.?\\s+(?:m\\.\\s+)?(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?![\\d])`, 'iu');
const UNIX = /^\d{10}(\d{3})?$/;

/**
 * Read a date written in a metadata value or a short piece of text: ISO and compact forms, day-month-year with
 * numbers or month names in several languages, month-day-year, and Unix timestamps. The date part is taken as
 * written, so "2020-06-07T23:30:00-05:00" is 7 June, the publisher's own day.
 */
export function parseDate(value: string, options: DateReadOptions = {}): string | undefined {
  const s = value.trim();
  if (!s) return undefined;
  if (UNIX.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return findDate(s, options)?.date;
}

/** The first date in a string with its position, trying the least ambiguous forms first. */
export function findDate(s: string, options: DateReadOptions = {}): { date: string; index: number } | undefined {
  const found: Array<{ date: string; index: number }> = [];
  const add = (m: RegExpExecArray | null, date: string | undefined): void => {
    if (m && date) found.push({ date, index: m.index });
  };
  let m = ISO.exec(s);
  add(m, m ? toIsoDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined);
  m = NAMED_DMY.exec(s);
  add(m, m ? toIsoDay(Number(m[3]), monthNumber(m[2]) ?? 0, Number(m[1])) : undefined);
  m = NAMED_MDY.exec(s);
  add(m, m ? toIsoDay(Number(m[3]), monthNumber(m[1]) ?? 0, Number(m[2])) : undefined);
  m = NAMED_YMD.exec(s);
  add(m, m ? toIsoDay(Number(m[1]), monthNumber(m[2]) ?? 0, Number(m[3])) : undefined);
  m = NUMERIC_DMY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4]);
    // Dots are always day first; slashes follow the page's convention unless one number cannot be a month.
    const dayFirst = m[2] === '.' || a > 12 ? true : b > 12 ? false : options.dayFirst ?? true;
    add(m, dayFirst ? toIsoDay(y, b, a) : toIsoDay(y, a, b));
  }
  if (found.length === 0) {
    m = COMPACT.exec(s);
    add(m, m ? toIsoDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined);
  }
  if (found.length === 0) return undefined;
  return found.sort((x, y) => x.index - y.index)[0];
}

/** Every date in a text with its position, scanning left to right (at most `limit`). */
export function findDates(text: string, options: DateReadOptions = {}, limit = 50): Array<{ date: string; index: number }> {
  const out: Array<{ date: string; index: number }> = [];
  let offset = 0;
  while (offset < text.length && out.length < limit) {
    const hit = findDate(text.slice(offset), options);
    if (!hit) break;
    out.push({ date: hit.date, index: offset + hit.index });
    offset += hit.index + 6;
  }
  return out;
}

/** True when a day is a plausible publication date: not before 1995 and not after today (plus a day for time zones). */
export function isPlausibleDate(date: string, now: Date = new Date()): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) return false;
  if (date < '1995-01-01') return false;
  const tomorrow = new Date(now.getTime() + 36 * 3600 * 1000).toISOString().slice(0, 10);
  return date <= tomorrow;
}
