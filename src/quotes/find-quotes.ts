import type { Span } from '../model.js';

/**
 * A stretch of text between quote marks, before attribution. `start`/`end` hold the words between the marks (a
 * trailing comma standing for a full stop dropped); `open`/`close` are the marks themselves.
 */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ends first (a quote running on to the next paragraph). */
  close: number | null;
  /** True when the next paragraph opens with a mark and carries the quote on (English leaves the close mark off). */
  runsOn: boolean;
  /** True when this span carries on the previous paragraph's quote. */
  continued: boolean;
  /** `direct` when the marks hold a sentence or more, `partial` for a phrase inside reported speech. */
  kind: 'direct' | 'partial';
  /** Offsets of the paragraph the quote is in. */
  paragraph: Span;
}

const OPENERS = '“"';
/** Every double quote mark, straight or curly. */
const MARKS = /["“”]/g;
/** Characters after which a mark can open a quote. */
const BEFORE_OPEN = /[\s([{—–\-/:]/;
/** Characters that may follow a closing mark. */
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-'’"”…]/;

/**
 * Find every quoted stretch in a text, paragraph by paragraph. Double marks only, straight or curly: single marks
 * and apostrophes (’) are never quote marks, because in English news they are far more often apostrophes than quotes.
 * A straight mark opens when it follows a space (or start, bracket, dash, colon) and precedes a non-space, and closes
 * when it follows a non-space and precedes a space or punctuation; curly marks are taken at their word unless their
 * context contradicts them. A paragraph that ends inside a quote is closed at its end; when the next paragraph opens
 * with a mark the two are linked (`runsOn` / `continued`), the English convention for a multi-paragraph quote.
 * Deciding which stretches are scare quotes needs the words around them, see `isScareQuote`.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const paragraphs = paragraphSpans(text);
  let carry = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let openAt = -1;
    let nested = 0;
    let innerStraight = false;
    let continued = carry;
    carry = false;
    MARKS.lastIndex = para.start;
    for (let m = MARKS.exec(text); m !== null && m.index < para.end; m = MARKS.exec(text)) {
      const i = m.index;
      const c = m[0];
      const canOpen = (i === para.start || BEFORE_OPEN.test(text[i - 1])) && i + 1 < para.end && !/\s/.test(text[i + 1]);
      const canClose = i > para.start && (!/\s/.test(text[i - 1]) || /['’,.!?]\s$/.test(text.slice(i - 2, i))) && (i + 1 >= para.end || AFTER_CLOSE.test(text[i + 1]));
      if (openAt < 0) {
        if ((c === '“' && !(canClose && !canOpen)) || (c !== '“' && canOpen && !canClose) || (c === '"' && canOpen)) {
          openAt = i;
          nested = 0;
          innerStraight = false;
        }
        continue;
      }
      // Marks of the other style inside a quote are a quote within the quote ("… the question: “As you know …” …").
      const straight = text[openAt] === '"';
      if (straight && c !== '"') {
        if (c === '“') nested++;
        else if (nested > 0) nested--;
        // A curly closing mark with no curly quote open inside closes the straight quote (mixed styles in scrapes).
        else if (canClose) {
          const span = makeSpan(text, openAt, i, para, continued);
          if (span) out.push(span);
          continued = false;
          openAt = -1;
        }
        continue;
      }
      if (!straight && c === '"') {
        // Straight marks inside a curly quote: one that opens starts a quote within the quote, the next closes it;
        // a closing one outside such a pair closes the curly quote (scrapes mix the styles).
        if (innerStraight) {
          innerStraight = false;
          continue;
        }
        if (canOpen && !canClose) {
          innerStraight = true;
          continue;
        }
      }
      if ((c !== '“' || !canOpen) && canClose) {
        const span = makeSpan(text, openAt, i, para, continued);
        if (span) out.push(span);
        continued = false;
        openAt = -1;
      } else if (canOpen && !canClose) {
        // A new opening mark before the last one closed: the last one was a stray mark.
        openAt = i;
      }
    }
    if (openAt >= 0) {
      const next = paragraphs[p + 1];
      const runsOn = next !== undefined && OPENERS.includes(text[next.start]);
      const span = makeSpan(text, openAt, null, para, continued);
      if (span) {
        span.runsOn = runsOn;
        out.push(span);
        carry = runsOn;
      }
    }
  }
  return out;
}

function makeSpan(text: string, open: number, close: number | null, para: Span, continued: boolean): QuoteSpan | null {
  let start = open + 1;
  let end = close ?? para.end;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // A comma standing in for the full stop before the attribution ("…," he said) is not part of the words.
  if (close !== null && end > start && text[end - 1] === ',') end--;
  if (end <= start || !hasLetterOrDigit(text, start, end)) return null;
  return { start, end, open, close, runsOn: false, continued, kind: quoteKind(text, open, start, end, para, continued), paragraph: para };
}

/** `/[\p{L}\p{N}]/u` in `text[start, end)`: ASCII read by character code, the class tested only past ASCII. */
function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c >= 128) return /[\p{L}\p{N}]/u.test(text.slice(k, end));
    if ((c >= 97 && c <= 122) || (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57)) return true;
  }
  return false;
}

/**
 * `direct` when the words start like a sentence (capital letter) and either the mark opens a clause (paragraph start,
 * after a colon, comma, dash or sentence end) or the words end like a sentence; `partial` otherwise.
 */
function quoteKind(text: string, open: number, start: number, end: number, para: Span, continued: boolean): 'direct' | 'partial' {
  if (continued) return 'direct';
  const first = text[start];
  const capital = /[\p{Lu}\p{N}]/u.test(first);
  let b = open - 1;
  while (b >= para.start && /\s/.test(text[b])) b--;
  const clauseStart = b < para.start || /[.!?:,;—–\-"”(]/.test(text[b]);
  // The words end in a stop (`/[.!?…]$/`; they are never empty).
  const sentenceEnd = '.!?…'.includes(text[end - 1]) || text[end] === ',';
  return capital && (clauseStart || sentenceEnd) ? 'direct' : 'partial';
}

/**
 * Paragraphs: lines of text, trimmed. The clean text separates paragraphs with a blank line, but scraped text often
 * uses a single line break, and in news prose a line break inside a paragraph is rare, so every line is one.
 */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /\S[^\n]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  return out;
}
