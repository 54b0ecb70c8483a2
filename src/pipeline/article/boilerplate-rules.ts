/**
 * The lexicon of lines that are page furniture, not the article's words: share widgets, link lists, comment and
 * newsletter prompts, hashtag lines, ads, cookie and copyright notices. General to news sites, keyed to no outlet.
 * Each rule has an id that the cleaning stage records with every line it removes.
 */

export interface LineRule {
  id: string;
  test(line: string): boolean;
}

const SHARE_WORDS = new Set([
  'share', 'shares', 'sharing', 'this', 'article', 'story', 'page', 'on', 'via', 'tweet', 'email', 'e-mail', 'mail', 'print',
  'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'pinterest', 'messenger', 'flipboard',
  'pocket', 'copy', 'link', 'copied', 'save', 'bookmark', 'sms', 'viber', 'tumblr', 'threads', 'bluesky', 'mastodon',
  'send', 'to', 'a', 'friend', 'gift', 'comments', 'comment', 'listen', 'follow', 'us',
  'partagez', 'partager', 'cet', 'compartir', 'compartilhar', 'teilen', 'condividi', 'delen', 'dela',
]);

/** A line made only of share-widget words: "Share this article", "Facebook Twitter WhatsApp Email". */
function isShareLine(line: string): boolean {
  if (line.length > 120) return false;
  const words = line.toLowerCase().replace(/[|·•/,:()\[\]\-–—]+/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const shareish = words.filter((w) => SHARE_WORDS.has(w)).length;
  // At least one network or share verb, and nothing that is not widget vocabulary (counts like "12" allowed).
  const allWidget = words.every((w) => SHARE_WORDS.has(w) || /^\d+[km]?$/.test(w));
  const hasAnchor = words.some((w) => /^(share|partagez|partager|compartir|compartilhar|teilen|condividi|delen|dela|tweet|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail|print)$/.test(w));
  return allWidget && hasAnchor && shareish > 0;
}

/** Promotion of the outlet's other products: "Listen to our full coverage on Radio X, 98.4 FM." */
const PROMO_RE = /^(listen|watch|tune in|download|follow|catch up|stream)\b.*\b(coverage|app|podcast|fm|am|live|radio|channel|updates|newsletter|episode|show)\b/i;

/** Lines that open a link to another article or a list of them. */
const LINK_PREFIX_RE = /^(see also|read more|read also|also read|also see|related|more on this|more:|watch|watch also|listen|recommended|suggested|further reading|continue reading|click here|tap here)\b\s*[:|>»\-–—]?/i;

/** Headings of link-list blocks; the title-like lines that follow them go too. */
const LIST_HEADING_RE = /^(related( news| articles| stories| content| coverage| posts| topics)?|latest( news| stories| headlines)?|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|you may also like|you might also like|you may be interested in|more from (the )?author|more from [\w .&'-]{2,40}|more stories|more news|other news|editor'?s picks|don'?t miss|recommended( for you| stories)?|popular( now| stories)?|in other news|what to read next|read next|up next)\s*:?$/i;

const COMMENT_RE = /^(comment here|comments?|\d+ comments?|there are no comments( yet)?\.?|no comments( yet)?\.?|add yours\.?|add a comment\.?|leave a (comment|reply)\.?|post a comment\.?|be the first to comment\.?|join the (conversation|discussion)\.?|show comments|view comments|load comments|comments are closed\.?|you must be logged in to post a comment\.?|what do you think\??)\s*[.!:]?$/i;

const NEWSLETTER_RE = /^(sign up (for|to) (our|the)\b.*|subscribe( now)?( to (our|the)\b.*)?|get (our|the) (\w+ )?newsletter.*|.*\bnewsletter\b.*(sign up|subscribe|inbox).*|.*delivered (straight )?to your inbox.*|enter your e-?mail( address)?.*|join our (\w+ )?(channel|mailing list|whatsapp|telegram).*|follow us on\b.*)$/i;

const AD_RE = /^(advertisement|advertising|sponsored( content)?|story continues (below|after) (this )?(advertisement|ad)|scroll to continue( with content)?|ad|paid content|partner content)\s*[.:]?$/i;

const COOKIE_RE = /^(we use cookies\b.*|this (web)?site uses cookies\b.*|accept( all)?( cookies)?|reject( all)?|cookie (settings|policy|preferences)|manage (cookies|preferences))\s*\.?$/i;

const COPYRIGHT_RE = /^((copyright\s*)?(©|\(c\))\s*\d{4}\b.*|copyright \d{4}\b.*|all rights reserved\.?|.*\ball rights reserved\.?)$/i;

const TAGS_RE = /^(tags|hashtags|topics|filed under|categories|category|keywords)\s*:/i;

/** A line of hashtags only: "#FloodWatch #Kessler". */
function isHashtagLine(line: string): boolean {
  // Its first word is a hashtag: a quick test that spares splitting every other line.
  if (!/^[\s,]*#/.test(line)) return false;
  const tokens = line.split(/[\s,]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => /^#[\p{L}\p{N}_]+$/u.test(t));
}

/** The rules for single lines, most specific first. */
export const LINE_RULES: LineRule[] = [
  { id: 'share-widget', test: isShareLine },
  { id: 'hashtag-line', test: isHashtagLine },
  { id: 'comment-prompt', test: (l) => l.length < 90 && COMMENT_RE.test(l) },
  { id: 'newsletter-prompt', test: (l) => l.length < 160 && NEWSLETTER_RE.test(l) },
  { id: 'advertisement', test: (l) => l.length < 60 && AD_RE.test(l) },
  { id: 'cookie-notice', test: (l) => l.length < 200 && COOKIE_RE.test(l) },
  { id: 'copyright', test: (l) => l.length < 160 && COPYRIGHT_RE.test(l) },
  { id: 'tags-line', test: (l) => l.length < 200 && TAGS_RE.test(l) },
  { id: 'promo', test: (l) => l.length < 160 && PROMO_RE.test(l) },
  { id: 'link-line', test: (l) => l.length < 220 && LINK_PREFIX_RE.test(l) && !/[.!?]["”’]?$/.test(l.replace(/\.\.\.$|…$/, '')) || /^(see also|read more|also read|read also)\s*[:>»\-–—]/i.test(l) },
];

/** True for a heading that opens a link list ("Related news", "You May Also Like"). */
export function isListHeading(line: string): boolean {
  return line.length < 60 && LIST_HEADING_RE.test(line.trim());
}

/** A title-like line: what link lists hold. Short, no sentence-final punctuation. */
export function isTitleLike(line: string): boolean {
  return line.length < 160 && !/[.!]["”’)]?$/.test(line);
}
