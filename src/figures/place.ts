import type { ArticleEntity } from '../model.js';

/**
 * Where a figure applies, as written. From the article's place entities when the entities stage ran: the place
 * mention in the sentence nearest the number. Without entities: a capitalised name after "in", "at", "near",
 * "from" or "across" ("in Kessmoor Ford", "in the Orvane valley"), nearest the number. A destination ("to
 * Brennick") is not where the count is. The dateline is not used: a wire dateline names where the reporter
 * filed, and figures in the story are often about somewhere else.
 */
const PLACE_RE = /\b(?:in|at|near|from|across|of)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]+){0,3}(?:\s+(?:valley|region|province|district|county|state|area|basin|delta|coast|island|islands))?)/gu;

/** Capitalised words that start organisations, days and months rather than places. */
const NOT_PLACES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|Parliament|Government)\b|\b(?:Ministry|Directorate|Authority|Office|Agency|Service|Council|Society|Union|Committee|Department|Police|Army|Court|Bank|Hospital|School|Hall|Centre|Center|Company|Corporation|Group|Association|Institute|University|Commission)\b/;

/** A place name found in a sentence. */
interface PlaceMention {
  start: number;
  end: number;
  text: string;
}

/** Places written in `sentence` (offsets relative to it), from entities when given, else from the capitalised rule. */
export function findPlaces(sentence: string, sentenceStart: number, entities?: ArticleEntity[]): PlaceMention[] {
  const sentenceEnd = sentenceStart + sentence.length;
  const places: PlaceMention[] = [];
  const fromEntities = (entities ?? []).filter((e) => e.type === 'place');
  if (fromEntities.length > 0) {
    for (const e of fromEntities) {
      for (const m of e.mentions) {
        if (m.kind === 'name' && m.start >= sentenceStart && m.end <= sentenceEnd) places.push({ start: m.start - sentenceStart, end: m.end - sentenceStart, text: m.text });
      }
    }
    if (places.length > 0) return places;
  }
  PLACE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_RE.exec(sentence))) {
    const name = m[1];
    if (NOT_PLACES.test(name)) continue;
    // "of" inside a name ("Ministry of Health") does not introduce a place.
    if (/^of\b/i.test(m[0]) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    // A name used as an adjective ("the Orvane floods") is not where something is.
    const next = /^\s+([a-z]+)/.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
    if (next && !/^(?:on|in|at|and|or|to|for|from|with|after|before|by|was|were|is|are|had|has|have|where|which|who|that|since|as|over|during|overnight|late|early|this|last|but|while|when|the)$/.test(next)) continue;
    const start = m.index + m[0].length - name.length;
    places.push({ start, end: start + name.length, text: name });
  }
  return places;
}

/** The place nearest a number at [start, end) of the sentence, preferring one in the same clause, or null. */
export function placeFor(places: PlaceMention[], sentence: string, start: number, end: number): string | null {
  let best: PlaceMention | null = null;
  let bestDistance = Infinity;
  for (const p of places) {
    const gap = p.start >= end ? sentence.slice(end, p.start) : sentence.slice(p.end, start);
    // Another clause with its own subject, or a destination, puts a place out of reach.
    if (/[;:]/.test(gap) || /\bto\s+(?:the\s+)?$/.test(sentence.slice(0, p.start).slice(-12))) continue;
    const distance = (gap.match(/\S+/g) ?? []).length + (p.start < start ? 2 : 0);
    if (distance < bestDistance && distance <= 16) {
      best = p;
      bestDistance = distance;
    }
  }
  return best ? best.text : null;
}
