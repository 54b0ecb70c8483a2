import type { ArticleEntity, DateMention, Figure, FigureMetric, Sentence } from '../model.js';
import { asOfFor } from './as-of.js';
import { findQuantities, type Quantity } from './find-quantities.js';
import { isIncrement } from './increment.js';
import { AID_RE, classifyMetric, findCues } from './metric.js';
import { findPlaces, placeFor } from './place.js';
import { attributionFor, findAttributions, isPronoun, type Attribution } from './source.js';
import { countedNoun, tollSubject, type CountedNoun } from './subject.js';

/** What the figure extractor reads from an article. */
export interface FigureInput {
  text: string;
  sentences: Sentence[];
  /** Dates written in the text, resolved against the publication date (the dates stage's `dates`). */
  dates?: DateMention[];
  published?: string | null;
  /** Entities from the entities stage, when it ran: place entities give `place`. */
  entities?: ArticleEntity[];
}

const NO_NOUN: CountedNoun = { kind: 'none', subject: null, noun: null, end: 0, more: false };

/** A count that passed the filters, before its id. */
type Draft = Omit<Figure, 'id'>;

/**
 * The figures of an article: counts of people killed, injured, missing, held, released, detained, displaced,
 * evacuated, returned or sick, and money pledged or appealed for, each with its qualifier, subject, place, source
 * and the day it holds for. The numbers come from `findQuantities`, the same finder the NewsQuant evaluation
 * scores; a count becomes a figure only when the words around it say what it counts. A figure restated later in
 * the article (same value, metric and increment) is kept once, where it first appears.
 */
export function extractFigures(input: FigureInput): Figure[] {
  const { text, sentences } = input;
  const lowerText = text.toLowerCase();
  const quantities = findQuantities(text, lowerText);
  // A sentence's lower-case copy is a slice of the text's where lower-casing keeps every offset: no character
  // changes length, none depends on its neighbours (the final sigma), and the slice splits no surrogate pair.
  const sameOffsets = lowerText.length === text.length && !text.includes('\u03a3');
  const lowerSlices = (t: Sentence): boolean => sameOffsets && !isLowSurrogate(text.charCodeAt(t.start)) && !isLowSurrogate(text.charCodeAt(t.end));
  // The report hint reads the lower-case slice without the `i` flag where that matches the same: no Kelvin sign,
  // the one character outside ASCII that lower-cases into it.
  const hintOnLower = !text.includes('\u212a');
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  let q = 0;
  // Attributions are read only in sentences that may hold one, and only when a figure needs them.
  const cache = new Map<number, Attribution[]>();
  const attributionsAt = (i: number): Attribution[] => {
    let found = cache.get(i);
    if (!found) {
      const t = sentences[i];
      const hint = hintOnLower && lowerSlices(t) ? REPORT_HINT_LOWER_RE.test(lowerText.slice(t.start, t.end)) : REPORT_HINT_RE.test(text.slice(t.start, t.end));
      found = hint ? findAttributions(text.slice(t.start, t.end)) : [];
      cache.set(i, found);
    }
    return found;
  };
  /** The last speech-verb attribution before sentence `i`: in its paragraph only, or (for pronouns) anywhere before it. */
  const lastBefore = (i: number, samePara: boolean): { at: number; a: Attribution } | null => {
    for (let j = i - 1; j >= 0; j--) {
      if (samePara && sentences[j].paragraph !== sentences[i].paragraph) return null;
      const tier1 = attributionsAt(j).filter((a) => a.tier === 1 && !(samePara ? false : isPronoun(a.source)));
      if (tier1.length > 0) return { at: j, a: tier1[tier1.length - 1] };
    }
    return null;
  };
  /** A pronoun source is the last named source before it in the article. */
  const named = (i: number): string | null => lastBefore(i + 1, false)?.a.source ?? null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const inSentence: Quantity[] = [];
    while (q < quantities.length && quantities[q].start < s.end) {
      if (quantities[q].start >= s.start && quantities[q].end <= s.end) inSentence.push(quantities[q]);
      q++;
    }
    // Most sentences hold no number at all: nothing below can come of them.
    if (inSentence.length === 0) continue;
    const sentence = text.slice(s.start, s.end);
    const attributionsOf = (): Attribution[] => attributionsAt(si);
    // Cheap filters first: most numbers in news (measures, times, percentages, compounds) are not figures, and a
    // sentence with none left needs no cue, place or attribution work.
    const blockers = inSentence.filter((x) => !isModifier(text, x));
    const candidates = blockers.filter((x) => !x.percent && x.kind !== 'vague' && (!x.suffix || x.money));
    if (candidates.length > 0) {
      const lower = lowerSlices(s) ? lowerText.slice(s.start, s.end) : sentence.toLowerCase();
      let cues: ReturnType<typeof findCues> | null = null;
      let places: ReturnType<typeof findPlaces> | null = null;
      for (const quantity of candidates) {
        const noun = quantity.money ? NO_NOUN : countedNoun(text, quantity.end);
        const i = blockers.indexOf(quantity);
        const from = i > 0 ? blockers[i - 1].end - s.start : 0;
        const to = i >= 0 && i < blockers.length - 1 ? blockers[i + 1].start - s.start : sentence.length;
        let metric: FigureMetric | null = null;
        let value = quantity.value;
        let end = quantity.end;
        let unit: string | null = null;
        let subject: string | null = null;
        if (quantity.money) {
          // Aid when the sentence speaks of it, or when the article has already given an aid amount.
          if (!AID_RE.test(sentence) && !drafts.some((d) => d.metric === 'aid')) continue;
          metric = 'aid';
          unit = quantity.currency ?? quantity.unit?.toLowerCase() ?? null;
          if (unit && !quantity.currency && !/s$/.test(unit) && /^(crown|dollar|euro|pound|franc|rupee|peso|shekel|dinar|riyal|shilling)$/.test(unit)) unit += 's';
        } else {
          if (noun.kind === 'thing' || !Number.isInteger(value) && quantity.kind !== 'fraction') continue;
          // "her two children": a possessive makes a personal detail, not a reported count.
          if (/\b(?:my|your|his|her|its|our|their)\s+$/i.test(text.slice(Math.max(0, quantity.start - 8), quantity.start))) continue;
          const previous = drafts.length > 0 ? drafts[drafts.length - 1].metric : null;
          cues ??= findCues(lower);
          const m = classifyMetric({ lower, start: quantity.start - s.start, end: noun.end - s.start, from, to, noun: noun.noun, cues, previous });
          if (m === null || m === 'none') continue;
          metric = m;
          subject = noun.subject ?? tollSubject(sentence.slice(from, quantity.start - s.start)) ?? anaphorSubject(sentence.slice(from, quantity.start - s.start));
          if (quantity.kind === 'fraction') {
            const whole = fractionOf(inSentence, quantity, text);
            if (!whole) continue;
            value = Math.round(quantity.value * whole.value);
            const ofThem = /^\s+of\s+(?:them|those|these)\b/i.exec(text.slice(end, end + 16));
            if (ofThem) end += ofThem[0].length;
          }
        }
        // "another 12 bodies" adds to a count given before, or to a total the sentence gives ("bringing the toll to 64").
        const totalGiven = drafts.some((d) => d.metric === metric) || /\b(?:toll|total|tally)\b/.test(lower);
        const increment = isIncrement(text, quantity.start, quantity.end, totalGiven);
        const key = `${value}|${metric}|${increment}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const local = { start: quantity.start - s.start, end: end - s.start };
        const attribution = attributionFor(attributionsOf(), sentence, local.start, local.end);
        // Without an attribution of its own, a figure takes the last one in its paragraph, and that report's day.
        const carried = attribution ? null : lastBefore(si, true);
        let source = attribution?.source ?? carried?.a.source ?? null;
        if (source && isPronoun(source)) source = named(attribution ? si - 1 : carried!.at - 1);
        const carriedAsOf = carried ? asOfFor(input.dates ?? [], sentences[carried.at].start, sentences[carried.at].end, sentences[carried.at].start + carried.a.cue, text, input.published ?? null) : null;
        const qualifier = quantity.kind === 'fraction' ? null : quantity.qualifier;
        drafts.push({
          text: text.slice(quantity.start, end), value, unit, metric, qualifier, subject,
          place: placeFor((places ??= findPlaces(sentence, s.start, input.entities)), sentence, local.start, local.end),
          source: source ?? null,
          asOf: carriedAsOf ?? asOfFor(input.dates ?? [], s.start, s.end, quantity.start, text, input.published ?? null),
          increment, sentence, start: quantity.start, end,
        });
      }
    }
  }
  return drafts.map((d, i) => ({
    id: `f${i + 1}`, text: d.text, value: d.value, unit: d.unit, metric: d.metric, qualifier: d.qualifier, subject: d.subject,
    place: d.place, source: d.source, asOf: d.asOf, increment: d.increment, sentence: d.sentence, start: d.start, end: d.end,
  }));
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A quick test for a sentence that may carry an attribution (the full reading runs only on these). */
const REPORT_HINT_RE = /\b(?:said|says|told|tells|reported|reports|according to|announced|announces|estimated|estimates|confirmed|confirms|stated|states|added|adds|warned|asked|appealed|called for|put (?:the|its|it))\b/i;
/** The same over lower-case text: a case-sensitive scan is faster. */
const REPORT_HINT_LOWER_RE = new RegExp(REPORT_HINT_RE.source);

/** A number written as part of a compound modifier ("81-year-old", "40-metre", "five-year") counts nothing. */
function isModifier(text: string, q: Quantity): boolean {
  return /^-\p{L}/u.test(text.slice(q.end, q.end + 2)) || /^\s?year-old/.test(text.slice(q.end, q.end + 10));
}

/** The count a fraction takes its share of: the nearest whole count before it in the sentence. */
function fractionOf(inSentence: Quantity[], fraction: Quantity, text: string): Quantity | null {
  let best: Quantity | null = null;
  for (const x of inSentence) {
    if (x.end > fraction.start || x.kind !== 'count' || x.money || x.percent) continue;
    const noun: CountedNoun = countedNoun(text, x.end);
    if (noun.kind === 'person') best = x;
  }
  return best;
}

/** "put the number at 34,500": the subject is "the number". */
function anaphorSubject(left: string): string | null {
  const m = /\b((?:the|that|this) (?:number|figure|total|tally|estimate))\b[^.;]{0,40}$/i.exec(left);
  return m ? m[1] : null;
}
