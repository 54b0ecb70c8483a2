import type { Mention, Token } from '../model.js';
import type { QuoteSpan } from './find-quotes.js';
import { phraseAfter, phraseLike, subjectBefore } from './noun-phrase.js';
import { DOCUMENT_NOUNS } from './speaker-words.js';
import { isAccordingTo, isAccordingToWord, isPassive, isSentenceEnd, isVerb, tokenAtOrAfter, tokenBefore } from './clause-tokens.js';

/** What the words around a quote say about who spoke it. */
export interface Attribution {
  /** The words naming the speaker ("Maalouf", "a senior official at the agency", "she"), or null. */
  speaker: Mention | null;
  /** The speech verb as written, or null. */
  verb: Mention | null;
  /**
   * Where the attribution was found: `after` the quote ("…," X said), `before` it (X said: "…", X called it "…"),
   * `neighbour` (a sentence beside it in the paragraph), `clause` (no speech verb: the subject of the clause the quote
   * sits in), or null when none was found.
   */
  frame: 'after' | 'before' | 'neighbour' | 'clause' | null;
}

/** The text and its tokens, as the sentences stage leaves them. */
export interface AttributionContext {
  text: string;
  tokens: Token[];
}

const NONE: Attribution = { speaker: null, verb: null, frame: null };
/** A double quote mark token (`/^["“”]$/`). */
function isMark(s: string): boolean {
  return s.length === 1 && (s === '"' || s === '“' || s === '”');
}

/**
 * Find the speaker and speech verb of one quote in its own sentence: first the clause after the closing mark
 * ("…," Maalouf said / "…," said a senior official / "…," the ministry said in a statement), then the clause before the
 * opening mark (X said: "…" / X told reporters "…" / X called it "…" / according to X, "…"). A partial quote reads the
 * clause before first, a direct quote the clause after. Returns no speaker when neither clause has one; the caller
 * then looks at neighbouring quotes and sentences (`attributeFromNeighbours`).
 */
export function attributeQuote(quote: QuoteSpan, ctx: AttributionContext): Attribution {
  const after = quote.close === null ? NONE : fromAfter(quote, ctx);
  if (quote.kind === 'direct' && after.speaker && after.frame !== 'clause') return after;
  const before = fromBefore(quote.open, quote.paragraph.start, ctx);
  // A speech verb on either side beats a clause subject found without one.
  if (before.speaker && (before.frame !== 'clause' || !after.speaker || after.frame === 'clause')) return before;
  return after.speaker ? after : before;
}

/** The speaker named in the sentence just before `at` in the same paragraph: `Dravik said on Saturday that …. "…"`. */
export function attributeFromNeighbours(at: number, paragraphStart: number, ctx: AttributionContext): Attribution {
  let i = tokenBefore(ctx.tokens, at);
  // Step over the end of this sentence to the sentence before it.
  while (i >= 0 && ctx.tokens[i].start >= paragraphStart && (isSentenceEnd(ctx.tokens, i) || isMark(ctx.tokens[i].text))) i--;
  if (i < 0 || ctx.tokens[i].start < paragraphStart) return NONE;
  const found = fromBefore(ctx.tokens[i].end, paragraphStart, ctx, true);
  return found.speaker ? { ...found, frame: 'neighbour' } : NONE;
}

function fromAfter(quote: QuoteSpan, ctx: AttributionContext): Attribution {
  const { tokens } = ctx;
  const first = tokenAtOrAfter(tokens, (quote.close ?? quote.end) + 1);
  let last = first;
  while (last < tokens.length && tokens[last].start < quote.paragraph.end && !isSentenceEnd(tokens, last) && !isMark(tokens[last].text)) last++;
  // last is exclusive.
  // "…" ― Name: a dash after the quote introduces its speaker.
  if (first < last && /^[―—–-]$/.test(tokens[first].text)) {
    const np = phraseAfter(tokens, first, last);
    if (np) return result(ctx, np, -1, 'after');
  }
  for (let v = first; v < last && v - first <= 30; v++) {
    const t = tokens[v];
    if (isAccordingTo(tokens, v)) return result(ctx, phraseAfter(tokens, v + 1, last), v, 'after');
    if (!isVerb(t, tokens[v + 1])) continue;
    const lead = v > first && tokens[first].text === ',' ? first + 1 : first;
    if (v === lead) return result(ctx, phraseAfter(tokens, v, last), v, 'after');
    const subject = subjectBefore(tokens, v, lead);
    // The subject must reach back to the quote: anything between them means another clause.
    if (subject && (subject[0] === lead || phraseLike(tokens, lead, subject[0]))) return result(ctx, subject, v, 'after');
    // "…," Trump, the party's front-runner who …, said: a name right after the quote, then an aside set off by commas.
    const np = phraseAfter(tokens, lead - 1, v);
    if (np && tokens[np[1] + 1]?.text === ',' && tokens[v - 1].text === ',') return result(ctx, np, v, 'after');
    return NONE;
  }
  // "…," Hannity started. — a subject and a verb that ends the clause frame the quote even when the verb is not a
  // speech verb.
  const lead = first < last && tokens[first].text === ',' ? first + 1 : first;
  // "…!" beamed Donald Hartley: an inverted verb and a name.
  if (lead < last && tokens[lead].pos === 'VERB' && /ed$/.test(tokens[lead].text)) {
    const np = phraseAfter(tokens, lead, last);
    if (np && tokens[np[0]].pos === 'PROPN') return result(ctx, np, lead, 'clause');
  }
  for (let v = lead + 1; v < last && v - lead <= 6; v++) {
    if (tokens[v].pos !== 'VERB') continue;
    const subject = subjectBefore(tokens, v, lead);
    const closes = v + 1 >= last || tokens[v + 1].text === ',' || /^(and|but|as)$/i.test(tokens[v + 1].text);
    if (subject && subject[0] === lead && closes) return result(ctx, subject, v, 'clause');
    break;
  }
  return NONE;
}

function fromBefore(at: number, paragraphStart: number, ctx: AttributionContext, wholeSentence = false, depth = 0): Attribution {
  const found = clauseBefore(at, paragraphStart, ctx, wholeSentence);
  if (found.speaker || wholeSentence || depth >= 2) return found;
  // The clause stopped at an earlier quote of the same sentence ("defended “New York values,” saying …"): step over
  // that quote and read the words before it.
  const { tokens } = ctx;
  let k = tokenBefore(tokens, at);
  while (k >= 0 && tokens[k].start >= paragraphStart && !isSentenceEnd(tokens, k) && !isMark(tokens[k].text)) k--;
  if (k < 0 || tokens[k].start < paragraphStart || !isMark(tokens[k].text)) return found;
  let open = k - 1;
  while (open >= 0 && tokens[open].start >= paragraphStart && !isMark(tokens[open].text)) open--;
  if (open < 0 || tokens[open].start < paragraphStart) return found;
  return fromBefore(tokens[open].start, paragraphStart, ctx, false, depth + 1);
}

function clauseBefore(at: number, paragraphStart: number, ctx: AttributionContext, wholeSentence: boolean): Attribution {
  const { tokens } = ctx;
  const end = tokenBefore(tokens, at) + 1;
  let first = end - 1;
  while (first >= 0 && tokens[first].start >= paragraphStart && !isSentenceEnd(tokens, first) && (wholeSentence || !isMark(tokens[first].text))) first--;
  first++;
  // A transcript or digest line: "Clinton: "…"", "… - Michael P. McDonald: "…"" — a name alone before a colon.
  if (end - first >= 2 && tokens[end - 1].text === ':') {
    let k = end - 2;
    while (k >= first && end - 2 - k < 5 && (tokens[k].pos === 'PROPN' || tokens[k].text === '.' && k > first && tokens[k - 1].pos === 'PROPN')) k--;
    if (k < end - 2 && (k < first || /^[-–—―]$/.test(tokens[k].text))) return result(ctx, [k + 1, end - 2], -1, 'before');
  }
  // The speech verb nearest the quote, unless an earlier one governs its clause ("said in a statement that farmers
  // could claim …", "said she recalled …"): then the earlier one, whose subject reports the words.
  let from = first;
  for (let v = end - 1; v > first; v--) {
    if (!isVerb(tokens[v], tokens[v + 1])) continue;
    for (let u = v - 1; u >= first; u--) {
      // A comma or semicolon starts another clause ("When Sanders accused Clinton …, she said").
      if (tokens[u].text === ',' || tokens[u].text === ';') break;
      if (isVerb(tokens[u], tokens[u + 1]) && !isPassive(tokens, u)) from = u;
    }
    if (from === first) from = v;
    break;
  }
  const found = fromVerbs(tokens, from, first, end, ctx);
  if (found.speaker) return found;
  // "Sanders delivered a snappy retort: "…"": a colon right before the quote gives it to the clause's subject.
  if (end - 1 > first && tokens[end - 1].text === ':') {
    for (let m = first; m < end - 1; m++) {
      if (tokens[m].pos !== 'VERB') continue;
      const subject = subjectBefore(tokens, m, first);
      if (subject) return result(ctx, subject, -1, 'before');
      break;
    }
  }
  // No speech verb: a quote inside a clause is its subject's words ("Moore thanked him for “stepping up …”").
  if (!wholeSentence) {
    for (let m = first; m < end; m++) {
      if (tokens[m].pos !== 'VERB' || isPassive(tokens, m)) continue;
      const subject = subjectBefore(tokens, m, first);
      if (subject) return result(ctx, subject, m, 'clause');
      break;
    }
  }
  return NONE;
}

function fromVerbs(tokens: Token[], from: number, first: number, end: number, ctx: AttributionContext): Attribution {
  for (let v = from; v < end; v++) {
    const t = tokens[v];
    if (v + 1 < end && isAccordingTo(tokens, v)) {
      const np = phraseAfter(tokens, v + 1, end);
      if (np) return result(ctx, np, v, 'before');
    }
    if (!isVerb(t, tokens[v + 1]) || isPassive(tokens, v)) continue;
    // "Trump attacked Clinton, saying, …": a participle takes the subject of its clause's main verb.
    const before = tokens[v - 1]?.text.toLowerCase() ?? '';
    const participle = /ing$/i.test(t.text) && (before === ',' || DOCUMENT_NOUNS.has(before) || /^(by|after|before|while|when)$/.test(before));
    // "She was defending the group, but admitted …": a second verb shares the first one's subject.
    const coordinated = /^(and|but)$/.test(before) && subjectBefore(tokens, v, first) === null;
    if (v > first && (participle || coordinated)) {
      for (let m = first; m < v - 1; m++) {
        if (tokens[m].pos !== 'VERB') continue;
        const main = subjectBefore(tokens, m, first);
        if (main) return result(ctx, main, v, 'before');
      }
    }
    // "said X: …" only when the verb opens the clause; after "who has said" the phrase is what was said.
    const opensClause = v === first || tokens[v - 1].text === ',';
    const subject = subjectBefore(tokens, v, first) ?? (opensClause ? phraseAfter(tokens, v, end) : null);
    if (subject) return result(ctx, subject, v, 'before');
  }
  return NONE;
}

function result(ctx: AttributionContext, range: [number, number] | null, verb: number, frame: Attribution['frame']): Attribution {
  if (!range) return NONE;
  const { tokens, text } = ctx;
  const start = tokens[range[0]].start;
  const end = tokens[range[1]].end;
  const speaker = { text: text.slice(start, end), start, end };
  const v = tokens[verb];
  if (!v) return { speaker, verb: null, frame };
  const verbMention = isAccordingToWord(v) ? { text: 'according to', start: v.start, end: tokens[verb + 1].end } : { text: v.text, start: v.start, end: v.end };
  return { speaker, verb: verbMention, frame };
}
