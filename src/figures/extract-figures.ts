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
  const quantities = findQuantities(text);
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  let q = 0;
  let paragraph = -1;
  let paragraphSource: string | null = null;
  let paragraphAsOf: string | null = null;
  let lastNamedSource: string | null = null;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paragraphSource = null;
      paragraphAsOf = null;
    }
    const inSentence: Quantity[] = [];
    while (q < quantities.length && quantities[q].start < s.end) {
      if (quantities[q].start >= s.start && quantities[q].end <= s.end) inSentence.push(quantities[q]);
      q++;
    }
    const sentence = text.slice(s.start, s.end);
    let attributions: Attribution[] | null = null;
    const attributionsOf = (): Attribution[] => (attributions ??= findAttributions(sentence));
    if (inSentence.length > 0) {
      const lower = sentence.toLowerCase();
      const cues = findCues(lower);
      const blockers = inSentence.filter((x) => !isModifier(text, x));
      const places = findPlaces(sentence, s.start, input.entities);
      for (const quantity of inSentence) {
        if (isModifier(text, quantity) || quantity.percent || quantity.kind === 'vague' || (quantity.suffix && !quantity.money)) continue;
        const noun = countedNoun(text, quantity.end);
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
        const key = `${value}|${metric}`;
        const increment = isIncrement(text, quantity.start, quantity.end, drafts.some((d) => d.metric === metric));
        if (seen.has(`${key}|${increment}`)) continue;
        seen.add(`${key}|${increment}`);
        const local = { start: quantity.start - s.start, end: end - s.start };
        const attribution = attributionFor(attributionsOf(), sentence, local.start, local.end);
        let source = attribution?.source ?? paragraphSource;
        // A figure that takes its source from an earlier sentence takes that report's day too.
        const inherited = !attribution && paragraphSource !== null;
        if (source && isPronoun(source)) source = lastNamedSource;
        const qualifier = quantity.kind === 'fraction' ? null : quantity.qualifier;
        drafts.push({
          text: text.slice(quantity.start, end), value, unit, metric, qualifier, subject,
          place: placeFor(places, sentence, local.start, local.end),
          source: source ?? null,
          asOf: inherited && paragraphAsOf ? paragraphAsOf : asOfFor(input.dates ?? [], s.start, s.end, quantity.start, text, input.published ?? null),
          increment, sentence, start: quantity.start, end,
        });
      }
    }
    // Attributions of this sentence carry to the next sentences of the paragraph ("Thirteen remain missing.").
    if (inSentence.length > 0 || /\b(?:said|says|told|reported|according to|announced|estimated)\b/.test(sentence)) {
      const all = attributionsOf().filter((a) => a.tier === 1);
      const last = all[all.length - 1];
      if (last) {
        const resolved: string | null = isPronoun(last.source) ? lastNamedSource : last.source;
        paragraphSource = resolved;
        paragraphAsOf = asOfFor(input.dates ?? [], s.start, s.end, s.start + last.cue, text, input.published ?? null);
        if (resolved) lastNamedSource = resolved;
      }
    }
  }
  return drafts.map((d, i) => ({ id: `f${i + 1}`, ...d }));
}

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
