/**
 * Lines that name an outlet, shared by the plain-text reader (header lines) and the cleaning stage (footer lines,
 * bylines): the words outlet names are made of, mastheads set in capitals, and how to write such a name.
 */

/** Words that outlet names are made of in the English-language press. */
export const OUTLET_WORDS = /\b(courier|herald|news|times|post|gazette|radio|ledger|dispatch|journal|tribune|daily|weekly|press|agency|wire|review|observer|chronicle|tv|fm|online|service|report|monitor|star|sun|mail|express|telegraph|guardian|independent|standard|record|bulletin|digest|today|desk|roundup|broadcasting|television|magazine)\b/i;

/** A masthead: the outlet's name in capitals on a line of its own, one to six words. */
export function isMastheadLine(line: string): boolean {
  // The character test first: it fails at a line's first lower-case letter, where the others read the whole line.
  return /^[\p{Lu}\d&'’. -]+$/u.test(line) && /\p{Lu}{2}/u.test(line) && line === line.toUpperCase() && line.split(/\s+/).length <= 6;
}

/** "THE NATIONAL LEDGER" → "The National Ledger": mastheads are set in capitals, outlet names are not. */
export function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The outlet a masthead or name line stands for: capitals undone, other casing kept. */
export function outletFromLine(line: string): string {
  return line === line.toUpperCase() ? titleCase(line) : line;
}
