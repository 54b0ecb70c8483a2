/**
 * Dates as feeds and JSON records write them (RFC 822 `pubDate`, ISO 8601, epoch numbers), turned into ISO strings
 * that keep the writer's own UTC offset, so the calendar day the outlet meant is not shifted by a conversion to UTC.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

/** Time-zone abbreviations seen in RSS `pubDate`s, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 330, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120,
  EEST: 180, MSK: 180, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, JST: 540, KST: 540, AEST: 600, AEDT: 660, ACST: 570, AWST: 480, NZST: 720,
  NZDT: 780, SGT: 480, HKT: 480,
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function offsetString(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

function validYmd(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Parse an RFC 822 / RFC 2822 date ("Tue, 10 Jun 2003 04:00:00 GMT", "10 Jun 2003 04:00 +0200"). */
export function parseRfc822(value: string): string | undefined {
  const m =
    /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,5})?\s*$/.exec(
      value,
    );
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = MONTHS[m[2].toLowerCase()];
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  if (!month || !validYmd(year, month, day)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return date;
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] ? Number(m[6]) : 0;
  if (h > 23 || mi > 59 || s > 60) return undefined;
  let offset: number | undefined;
  const z = m[7];
  if (!z) offset = 0;
  else if (/^[+-]/.test(z)) {
    const digits = z.replace(':', '');
    const sign = digits[0] === '-' ? -1 : 1;
    offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  } else offset = ZONES[z.toUpperCase()];
  const time = `${date}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  return offset === undefined ? time : time + offsetString(offset);
}

/**
 * Normalise a date as a feed or record states it to an ISO date or date-time, or undefined when it is not a date.
 * ISO strings are kept as written (with a `T` separator); RFC 822 dates keep their offset; epoch numbers
 * (seconds or milliseconds) become UTC date-times.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000;
    const d = new Date(ms);
    if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 2200) return undefined;
    return d.toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (!v || v.length > 100) return undefined;
  if (/^\d{10}(\d{3})?$/.test(v)) return normaliseDate(Number(v));
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, z] = iso;
    if (!validYmd(Number(y), Number(mo), Number(d))) return undefined;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (Number(h) > 23 || Number(mi) > 59 || (s && Number(s) > 60)) return undefined;
    let zone = '';
    if (z) {
      if (z.toUpperCase() === 'Z') zone = 'Z';
      else {
        const digits = z.replace(':', '');
        zone = `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
      }
    }
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${zone}`;
  }
  const rfc = parseRfc822(v);
  if (rfc) return rfc;
  // Last resort: what the JavaScript date parser understands ("June 10, 2003 4:00 PM").
  if (!/\d{4}/.test(v)) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 2200) return undefined;
  // Without a zone the parser read local time: give back the day (and time) as written, not shifted to UTC.
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (!/\d:\d\d/.test(v)) return day;
  if (!/(\bZ|GMT|UTC|[+-]\d{2}:?\d{2})\b/i.test(v)) return `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return d.toISOString();
}
