import type { ArticleEntity, DateMention, Quote, Token } from '../model.js';
import { attributeFromNeighbours, attributeQuote, type Attribution, type AttributionContext } from './attribute.js';
import { findQuotes, type QuoteSpan } from './find-quotes.js';
import { indexNames, type NameOccurrence } from './name-index.js';
import { resolveSpeaker, type ResolveContext } from './resolve-speaker.js';
import { isScareQuote } from './scare-quotes.js';

/** What quote extraction reads from an article: its clean text, tokens, and (when there) dates and entities. */
export interface QuoteInput {
  text: string;
  tokens: Token[];
  dates?: DateMention[];
  entities?: ArticleEntity[];
}

/**
 * Every direct and partial quote of a text with its speaker: find the quoted stretches, drop scare quotes and titles,
 * attribute each from its own sentence, else from the quote it continues (a split quote's second half, a quote's next
 * paragraph), else from the sentence before it in the paragraph, else from a later quote of the same paragraph, and
 * resolve the speaker's words to a name.
 */
export function extractQuotes(input: QuoteInput): Quote[] {
  const { text } = input;
  const tokens = mendTags(input.tokens);
  const spans = findQuotes(text);
  const ctx = { text, tokens };
  // The names index is the fallback when the entities do not resolve a speaker: built on first use, for the articles
  // (most of them) whose speakers all resolve through entities, or that quote nobody, it is never needed.
  let names: NameOccurrence[] | null = null;
  const resolveCtx: ResolveContext = {
    text, tokens, entities: input.entities,
    get names() {
      return (names ??= indexNames(tokens, text, spans));
    },
  };
  const found = spans.map((span) => ({ span, own: attributeQuote(span, ctx) }));
  const kept = found.filter(({ span, own }) => !isScareQuote(text, span, own.frame === 'before' || own.frame === 'after'));

  const quotes: Quote[] = [];
  const attributions: Attribution[] = [];
  for (let k = 0; k < kept.length; k++) {
    const { span, own } = kept[k];
    const prev = k > 0 ? kept[k - 1] : undefined;
    const prevQuote = quotes[k - 1];
    const sameParagraph = prev !== undefined && prev.span.paragraph.start === span.paragraph.start;
    let att = own;
    let continues: string | null = null;
    const prevAtt = attributions[k - 1];
    if (span.continued && prevQuote) continues = prevQuote.id;
    else if (sameParagraph && prevQuote && span.kind === 'direct' && prev.span.kind === 'direct' && onlyAttributionBetween(text, prev.span.close, span.open)) continues = prevQuote.id;
    // What lies between the last quote and this one is the last quote's attribution: this quote carries it on.
    const betweenIsPrevFrame = sameParagraph && prevAtt?.frame === 'after' && prevAtt.verb !== null && prev.span.close !== null
      && prevAtt.verb.start > prev.span.close && prevAtt.verb.start < span.open;
    if (own.frame !== 'after' && betweenIsPrevFrame && prevAtt?.speaker) att = prevAtt;
    if (!att.speaker && continues) att = prevAtt;
    if (!att.speaker && sameParagraph && prevAtt?.speaker) att = prevAtt;
    if (!att.speaker) att = attributeFromNeighbours(span.open, span.paragraph.start, ctx);
    if (!att.speaker) att = introducedByColon(span, ctx) ?? att;
    // A paragraph that is only a quote, after a paragraph whose quote was attributed: the same speaker goes on.
    if (!att.speaker && prev && prevAtt?.speaker && opensParagraph(text, span) && previousParagraph(text, span.paragraph.start, prev.span.paragraph.start)) att = prevAtt;
    if (!att.speaker) att = dashLine(span, ctx) ?? att;
    if (!att.speaker) {
      const next = kept.slice(k + 1).find((n) => n.span.paragraph.start === span.paragraph.start && n.own.speaker);
      if (next) att = next.own;
    }
    const speaker = resolveSpeaker(att.speaker, resolveCtx);
    attributions.push(att);
    quotes.push({
      id: `q${quotes.length + 1}`,
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker,
      verb: att.verb?.text ?? null,
      kind: span.kind,
      continues,
      saidOn: att.verb ? saidOn(att.verb, input.dates ?? [], text) : null,
    });
  }
  // A quote running over paragraphs is attributed at its last paragraph: carry that speaker back to the first ones.
  for (let k = quotes.length - 2; k >= 0; k--) {
    const next = quotes[k + 1];
    if (!quotes[k].speaker.mention && next.continues === quotes[k].id && kept[k].span.runsOn) {
      quotes[k].speaker = next.speaker;
      quotes[k].verb = next.verb;
      quotes[k].saidOn = next.saidOn;
    }
  }
  return quotes;
}

/**
 * Tags corrected where the tagger is known to slip: a capitalised word inside a name ("Kessmoor Ford", tagged as a
 * verb) is a proper noun.
 */
function mendTags(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const code = t.text.charCodeAt(0);
    // Only a capitalised word not tagged as a name can need mending.
    if (t.pos === 'PROPN' || !(code >= 65 && code <= 90) && code < 192) continue;
    // Only a content word written with a capital then a small letter is mended ("The", "He" and "US" never are).
    const pos = t.pos;
    if (!(pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ' || pos === 'ADV') || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    const inName = i > 0 && tokens[i - 1].pos === 'PROPN' && tokens[i - 1].end + 1 >= t.start;
    // "Lynch said", tagged as two verbs: a capitalised verb right before "said" is its subject.
    const beforeSaid = t.pos === 'VERB' && /^(said|says|told|tells|added)$/.test(tokens[i + 1]?.text ?? '');
    // "press secretary Josh Earnest": a capitalised verb inside a sentence, before a name, starts the name.
    const beforeName = t.pos !== 'NOUN' && i > 0 && !/^[.!?"“]$/.test(tokens[i - 1].text) && tokens[i + 1]?.pos === 'PROPN';
    if (inName || beforeSaid || beforeName) {
      out ??= tokens.slice();
      out[i] = { ...t, pos: 'PROPN' };
    }
  }
  return out ?? tokens;
}

/** A quote opening its paragraph after a paragraph that ends with a colon ("He said:"): that paragraph's speaker. */
function introducedByColon(span: QuoteSpan, ctx: AttributionContext): Attribution | null {
  let b = span.paragraph.start - 1;
  while (b >= 0 && /\s/.test(ctx.text[b])) b--;
  if (b < 0 || ctx.text[b] !== ':' || ctx.text.slice(span.paragraph.start, span.open).trim() !== '') return null;
  const lineStart = ctx.text.lastIndexOf('\n', b) + 1;
  const att = attributeFromNeighbours(b + 1, lineStart, ctx);
  return att.speaker ? att : null;
}

/** "- Bernie Sanders." alone on the line after a quote paragraph: that name is the speaker. */
function dashLine(span: QuoteSpan, ctx: AttributionContext): Attribution | null {
  const rest = ctx.text.slice(span.paragraph.end, span.paragraph.end + 80);
  const m = /^\s*\n\s*[-–—―]\s*/.exec(rest);
  if (!m) return null;
  const start = span.paragraph.end + m[0].length;
  const line = /^[^\n.]{2,50}/.exec(ctx.text.slice(start));
  if (!line || !/^\p{Lu}/u.test(line[0])) return null;
  const name = line[0].trimEnd();
  return { speaker: { text: name, start, end: start + name.length }, verb: null, frame: 'after' };
}

function opensParagraph(text: string, span: QuoteSpan): boolean {
  return text.slice(span.paragraph.start, span.open).trim() === '';
}

/** True when the paragraph starting at `prevStart` is the one right before the paragraph starting at `start`. */
function previousParagraph(text: string, start: number, prevStart: number): boolean {
  if (prevStart >= start) return false;
  const between = text.slice(prevStart, start);
  return (between.trimEnd().match(/\n/g) ?? []).length === 0;
}

/** True when only an attribution clause ("," he said.) lies between two quotes: no other quote mark, short. */
function onlyAttributionBetween(text: string, close: number | null, open: number): boolean {
  if (close === null) return false;
  const between = text.slice(close + 1, open);
  return between.length < 200 && !/["“”]/.test(between);
}

/**
 * The day of a speech verb: a date mention starting within a few words after it in the same clause ("said on
 * Tuesday", "said in a statement on Tuesday") or just before it ("on Tuesday said").
 */
export function saidOn(verb: { start: number; end: number }, dates: DateMention[], text: string): string | null {
  for (const d of dates) {
    if (d.start >= verb.end && d.start - verb.end <= 40 && !/[.;"“”:]/.test(text.slice(verb.end, d.start))) return d.date;
    if (d.end <= verb.start && verb.start - d.end <= 2) return d.date;
  }
  return null;
}
