import type { FigureMetric } from '../model.js';

/**
 * What a count counts, from the words around it. Casualty reporting uses a small, stable vocabulary; each cue below
 * is a regular expression over lower-case text with the metric it signals. A cue whose metric is `none` marks a count
 * that is not a figure even though a cue word is near ("refused to leave").
 *
 * - killed: killed, killing, died, dead, deaths, death toll, bodies, fatalities, lost their lives, perished, drowned
 * - injured: injured, hurt, wounded, injuries, hospitalised
 * - missing: missing, unaccounted for
 * - hostages: hostages, abducted, kidnapped, held captive, in captivity, taken hostage, being held, still held
 * - released: released, freed, set free (of people)
 * - detained: detained, arrested, in custody, jailed, rounded up
 * - displaced: displaced, homeless, fled, left / forced from / out of their homes, cannot return home, sheltering,
 *   in reception centres, shelters, camps
 * - evacuated: evacuated, evacuation, ordered (…) out, moved out, told / ordered / urged to leave, an order that covers them
 * - aid (money only): pledged, appeal, fund, aid, donors, donations, relief, emergency money, grant, contribution, allocated,
 *   claim, compensation, needed, asked for
 * - other: counts of returned or sick people: returned, back home, were back, treated, fell ill, illness
 */
export type MetricCue = FigureMetric | 'none';

export const METRIC_CUES: Array<[RegExp, MetricCue]> = [
  [/\b(?:refused|declined|refusing|chose not|unwilling) to (?:leave|go)\b|\bsigned up\b|\bvolunteer|\broom for\b|\bspace for\b|\bcapacity\b/g, 'none'],
  [/\b(?:cannot|can't|could not|couldn't|unable to|not able to|yet to) (?:return|go)(?: back)?(?: to their)? home|\b(?:left|fled|forced (?:out of|from)|driven from|lost) their homes\b|\bout of their homes\b|\bdisplaced\b|\bhomeless\b|\bfled\b|\bshelter(?:s|ing|ed)?\b|\breception cent(?:re|er)s?\b|\bevacuation cent(?:re|er)s?\b|\bcamps?\b/g, 'displaced'],
  [/\bordered\b(?=[^.;]{0,40}\bout\b)|\bevacuat\w*|\b(?:ordered|moved|taken|bussed|airlifted|ferried) out\b|\b(?:told|ordered|urged|asked|forced) (?:\S+ ){0,12}?to (?:leave|evacuate|move out)\b|\bto leave their homes\b|\border (?:that |which )?cover/g, 'evacuated'],
  [/\bhostages?\b|\babduct\w*|\bkidnapp\w*|\bheld captive\b|\btaken captive\b|\bcaptives?\b|\bin captivity\b|\bbeing held\b|\bstill held\b/g, 'hostages'],
  [/\breleased\b|\bfreed\b|\bset free\b/g, 'released'],
  [/\bdetain\w*|\barrest\w*|\bin custody\b|\bjailed\b|\brounded up\b|\bdetainees?\b/g, 'detained'],
  [/\bmissing\b|\bunaccounted for\b/g, 'missing'],
  [/\binjur\w*|\bhurt\b|\bwounded\b|\bhospitali[sz]ed\b/g, 'injured'],
  [/\bkill\w*|\bdied\b|\bdie\b|\bdead\b|\bdeaths?\b|\bdeath toll\b|\btoll\b|\bbod(?:y|ies)\b|\bfatalit\w*|\blost their lives\b|\bperished\b|\bdrowned\b/g, 'killed'],
  [/\breturned\b|\bback home\b|\b(?:were|are|is|was|now) back\b|\btreated\b|\bfell ill\b|\billness\b|\bsick\b/g, 'other'],
];

/** Money cues: an amount is aid when its sentence speaks of pledges, appeals, funds or relief. */
export const AID_RE = /\b(?:pledg\w*|appeal\w*|fund\w*|aid|donor\w*|donat\w*|relief|emergency|grants?|contribution|allocat\w*|claim|compensation|needed|asked for|assistance|reconstruction)\b/i;

/** Nouns that say what is counted and so fix the metric on their own ("eight more bodies", "34 dead"). */
export const NOUN_METRICS: Record<string, FigureMetric> = {
  bodies: 'killed', body: 'killed', dead: 'killed', deaths: 'killed', fatalities: 'killed', casualties: 'killed',
  hostages: 'hostages', hostage: 'hostages', captives: 'hostages', detainees: 'detained', prisoners: 'detained',
  evacuees: 'evacuated', refugees: 'displaced', homeless: 'displaced', injured: 'injured', wounded: 'injured', missing: 'missing',
};

/** The toll construction: "the death toll rose to 22", "the number of people killed hit 31", "the toll stood at". */
const TOLL_LEFT_RE = /\b(?:death toll|toll|number of (?:people |those )?(killed|dead|deaths|injured|wounded|missing|displaced|evacuated))\b[^.;]{0,80}?\b(?:to|at|of|was|is|reached|hit|passed|topped|stands at|stood at)\s+(?:\p{L}+\s+){0,2}$/u;
/** "put the number at 34,500": the count restates the previous figure's measure. */
const ANAPHOR_LEFT_RE = /\b(?:the|that|this) (?:number|figure|total|tally|estimate)\b[^.;]{0,40}?\b(?:at|to|was|is|of)\s+(?:\p{L}+\s+){0,2}$/u;

const TOLL_METRIC: Record<string, FigureMetric> = {
  killed: 'killed', dead: 'killed', deaths: 'killed', injured: 'injured', wounded: 'injured', missing: 'missing',
  displaced: 'displaced', evacuated: 'evacuated',
};

/** A cue found in a sentence. */
interface Cue {
  start: number;
  end: number;
  metric: MetricCue;
}

/**
 * All cues in one expression, one capture group per metric, so a sentence is scanned once. Every cue starts at a word
 * boundary, and the shared `\b` is written once before the alternatives: the expression then tests the boundary before
 * trying any cue at a position, which makes the scan about twice as fast and finds the same matches. Should a cue
 * ever start otherwise, the cues are joined as they are.
 */
const ALL_CUES_RE = (() => {
  const groups = METRIC_CUES.map(([re]) => re.source.replace(/\((?!\?)/g, '(?:'));
  const alternatives = groups.map(topLevelAlternatives);
  if (!alternatives.every((list) => list.every((a) => a.startsWith('\\b')))) return new RegExp(groups.map((g) => `(${g})`).join('|'), 'g');
  return new RegExp(`\\b(?:${alternatives.map((list) => `(${list.map((a) => a.slice(2)).join('|')})`).join('|')})`, 'g');
})();

/** The top-level alternatives of a regular expression's source (the parts split at `|` outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Every metric cue in a (lower-case) sentence; where two cues overlap, the one that starts first wins. */
export function findCues(lower: string): Cue[] {
  const cues: Cue[] = [];
  ALL_CUES_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALL_CUES_RE.exec(lower))) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    cues.push({ start: m.index, end: m.index + m[0].length, metric: METRIC_CUES[group - 1][1] });
  }
  return cues;
}

/** Where a count sits in its sentence and what bounds its reach: the counts before and after it. */
export interface MetricContext {
  /** The sentence, lower case. */
  lower: string;
  /** Offsets of the number (and its counted noun) in the sentence. */
  start: number;
  end: number;
  /** The reach of cues: from the end of the previous count to the start of the next one. */
  from: number;
  to: number;
  /** The counted noun, lower case, or null. */
  noun: string | null;
  cues: Cue[];
  /** The metric of the article's previous figure, for "the number". */
  previous: FigureMetric | null;
}

/**
 * The metric of a count, or null when the words around it say nothing a ledger tracks. In order: the toll
 * construction on the left, a verb or phrase after the count (its predicate), a counting noun, a cue before the
 * count, and "the number" restating the previous figure.
 */
export function classifyMetric(c: MetricContext): MetricCue | null {
  const left = c.lower.slice(c.from, c.start);
  const toll = TOLL_LEFT_RE.exec(left);
  if (toll) return toll[1] ? TOLL_METRIC[toll[1]] : 'killed';
  const words = (s: string): number => (s.match(/\S+/g) ?? []).length;
  let right: Cue | undefined;
  for (const cue of c.cues) {
    if (cue.start >= c.end && cue.end <= c.to && words(c.lower.slice(c.end, cue.start)) <= 14 && (!right || cue.start < right.start)) right = cue;
  }
  // A count of returned people is "other" even when their displacement is named first ("31,000 of the people forced
  // from their homes have returned").
  if (right && (right.metric === 'displaced' || right.metric === 'evacuated')) {
    const back = c.cues.find((k) => k.metric === 'other' && k.start > right!.start && k.end <= c.to && /^(?:returned|back home|(?:were|are|is|was|now) back)$/.test(c.lower.slice(k.start, k.end)));
    if (back && !/\b(?:cannot|unable|yet to|not)\b/.test(c.lower.slice(right.start, back.end))) return 'other';
  }
  if (right) return right.metric;
  let leftCue: Cue | undefined;
  for (const cue of c.cues) {
    if (cue.end <= c.start && cue.start >= c.from && words(c.lower.slice(cue.end, c.start)) <= 8 && (!leftCue || cue.start > leftCue.start)) leftCue = cue;
  }
  // A verb right before the count governs it ("freed 12 hostages"); otherwise a counting noun decides.
  if (leftCue && words(c.lower.slice(leftCue.end, c.start)) <= 2) return leftCue.metric;
  if (c.noun && NOUN_METRICS[c.noun]) return NOUN_METRICS[c.noun];
  if (leftCue) return leftCue.metric;
  if (ANAPHOR_LEFT_RE.test(left) && c.previous) return c.previous;
  return null;
}
