/** Most words an event title keeps. */
const MAX_WORDS = 12;

/**
 * A short event title from an article's headline: no clickbait opener ("SHOCKING:"), no outlet after a bar or dash,
 * no second clause after a semicolon, no quote-led feature opener, at most twelve words.
 */
export function eventTitle(headline: string): string {
  let t = headline.replace(/\s+/g, ' ').trim();
  // A lead used as a title starts with its dateline: "BRENNICK, April 3 (MNA) — ", "(MNA) — ", "SALTREY — ".
  t = t.replace(/^(?:[\p{Lu}][\p{Lu}\s.'-]*(?:,[^—–(]{0,20})?\s*)?(?:\([\p{Lu}]{2,8}\)\s*)?[—–]\s*/u, '');
  // "SHOCKING: …", "BREAKING - …", "WATCH | …"
  t = t.replace(/^[\p{Lu}\s!]{3,}\s*[:|–—-]\s*/u, '');
  // "… | Brennick Herald", "… - Outlet Name"
  t = t.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/u, (m) => (/[a-z]{3,}\s[a-z]{3,}\s[a-z]{3,}/.test(m) ? m : ''));
  // "“Minutes, not hours”: the night …" — a quote-led feature title: keep what follows the quote.
  const quoted = /^[“"][^”"]+[”"]\s*[:–—-]\s*(.+)$/u.exec(t);
  if (quoted) t = quoted[1];
  t = t.split(/\s*;\s*/)[0];
  const words = t.split(' ');
  if (words.length > MAX_WORDS) t = words.slice(0, MAX_WORDS).join(' ').replace(/[,:;–—-]+$/, '') + '…';
  return t.charAt(0).toUpperCase() + t.slice(1);
}
