/**
 * Whose count a number is: the counted noun written after it ("people", "residents", "foreign hostages",
 * "bodies"), the toll it sets ("death toll"), or nothing when the noun is left out ("Seven remain missing").
 */

/** Nouns for people (and their bodies) that casualty and displacement figures count. */
export const PERSON_NOUNS = new Set([
  'people', 'persons', 'person', 'residents', 'resident', 'civilians', 'civilian', 'villagers', 'inhabitants',
  'citizens', 'bodies', 'body', 'families', 'children', 'child', 'adults', 'women', 'men', 'man', 'woman', 'girls',
  'boys', 'students', 'pupils', 'patients', 'migrants', 'refugees', 'evacuees', 'hostages', 'hostage', 'captives',
  'detainees', 'prisoners', 'protesters', 'demonstrators', 'soldiers', 'troops', 'police', 'officers', 'policemen',
  'fighters', 'militants', 'workers', 'employees', 'passengers', 'tourists', 'victims', 'survivors', 'dead',
  'casualties', 'fatalities', 'deaths', 'others', 'individuals', 'kids', 'infants', 'babies', 'elderly', 'pilgrims',
  'miners', 'fishermen', 'journalists', 'staff', 'crew', 'settlers', 'nationals', 'foreigners', 'homeless', 'injured', 'wounded',
]);

/** Nouns that count things other than people: a number before one is not a figure of this stage. */
const THING_NOUN_HINT = /^(homes?|houses?|households|buildings?|businesses|shops|schools|hectares|acres|cattle|sheep|animals|meals|vehicles|cars|boats|trucks|lorries|helicopters|towns|villages|roads|bridges|days?|weeks?|months?|years?|hours?|minutes?|seconds?|nights?|times|percent|points|metres?|meters?|kilometres?|kilometers?|km|miles?|feet|centimetres?|millimetres?|tonnes?|tons|litres?|kilograms?|kg|degrees?|generations|stalls|points)$/;

/** Words that follow a count whose noun is left out: verbs, adverbs, prepositions, punctuation. */
const ELLIPSIS_FOLLOWERS = new Set([
  'were', 'was', 'are', 'is', 'be', 'been', 'had', 'have', 'has', 'remain', 'remained', 'remains', 'still', 'now',
  'also', 'of', 'in', 'on', 'at', 'from', 'to', 'by', 'with', 'who', 'that', 'and', 'or', 'but', 'as', 'after',
  'since', 'across', 'more', 'others', 'others', 'are', 'had', 'will', 'would', 'could', 'may', 'died', 'dead',
  'injured', 'missing', 'killed', 'hurt', 'wounded', 'displaced', 'evacuated', 'stayed', 'are', 'lived',
]);

/** What follows a count. */
export interface CountedNoun {
  /** `person` for a people noun, `thing` for any other noun, `none` when the noun is left out. */
  kind: 'person' | 'thing' | 'none';
  /** The counted noun phrase as written ("foreign hostages"), or null. */
  subject: string | null;
  /** The head noun, lower case. */
  noun: string | null;
  /** Offset just after the noun phrase (or the number when there is none). */
  end: number;
  /** True when "more" comes between the number and the noun ("eight more bodies"). */
  more: boolean;
}

const PARTITIVE_RE = /^\s+of\s+(?:the|those|these|its|their)\s+(\p{L}+)/u;
const PARTITIVE_ADJ_RE = /^\s+of\s+(?:the|those|these|its|their)\s+[\p{L}-]+\s+(\p{L}+)/u;
const WORD_RE = /^(\s*)([\p{L}][\p{L}'’-]*|[^\s\p{L}])/u;

const WORD_AT_RE = new RegExp(WORD_RE.source.slice(1), 'uy');

/**
 * `WORD_RE` over the 40 characters at `pos`, read in place: a match in the whole text that ends within those 40
 * characters is the match in them (the expression has nothing after its greedy parts), and no match in the text
 * means none in them. Otherwise, and where `pos` would split a surrogate pair, the window is read as a copy.
 */
function wordAt(text: string, pos: number): RegExpExecArray | null {
  const c = text.charCodeAt(pos);
  if (!(c >= 0xdc00 && c <= 0xdfff)) {
    WORD_AT_RE.lastIndex = pos;
    const m = WORD_AT_RE.exec(text);
    if (m === null || (m.index === pos && pos + m[0].length <= pos + 40)) return m;
  }
  return WORD_RE.exec(text.slice(pos, pos + 40));
}

/** Read the counted noun after a number ending at `end` in `text`. */
export function countedNoun(text: string, end: number): CountedNoun {
  let pos = end;
  let more = false;
  let first: number | null = null;
  for (let i = 0; i < 4; i++) {
    const m = wordAt(text, pos);
    if (!m) break;
    const word = m[2];
    const lower = word.toLowerCase();
    const wordStart = pos + m[1].length;
    const wordEnd = wordStart + word.length;
    if (!/\p{L}/u.test(word)) break;
    if (i === 0 && lower === 'more') {
      more = true;
      pos = wordEnd;
      continue;
    }
    if (PERSON_NOUNS.has(lower) || /^\p{Lu}\p{Ll}+(?:ans|ians|ese|is)$/u.test(word)) {
      const from = first ?? wordStart;
      return { kind: 'person', subject: text.slice(from, wordEnd), noun: lower, end: wordEnd, more };
    }
    // A partitive counts the noun after it: "Two of the hostages", "31,000 of the people forced from their homes".
    if (i === 0 && lower === 'of') {
      const window = text.slice(pos, pos + 60);
      const part = [PARTITIVE_RE, PARTITIVE_ADJ_RE].map((re) => re.exec(window)).find((p) => p && PERSON_NOUNS.has(p[1].toLowerCase()));
      if (part) {
        const partEnd = pos + part[0].length;
        return { kind: 'person', subject: part[1], noun: part[1].toLowerCase(), end: partEnd, more };
      }
    }
    if (first === null && (ELLIPSIS_FOLLOWERS.has(lower) || (/ed$/.test(lower) && !/^(?:red|bed|shed)$/.test(lower)))) break;
    if (THING_NOUN_HINT.test(lower)) return { kind: 'thing', subject: null, noun: lower, end: wordEnd, more };
    if (first === null) first = wordStart;
    pos = wordEnd;
  }
  if (first !== null) {
    // Words that are neither a people noun nor a known thing: a thing noun ("stalls") or an adjective before one.
    const word = /^[\p{L}'’-]+/u.exec(text.slice(first))?.[0] ?? '';
    return { kind: 'thing', subject: null, noun: word.toLowerCase(), end: first + word.length, more };
  }
  return { kind: 'none', subject: null, noun: null, end, more };
}

/** The subject of a toll ("death toll", "final death toll", "the number of people killed") ending before `start`. */
export function tollSubject(before: string): string | null {
  const m = /\b((?:final |overall |official )?death toll|(?:the )?number of (?:people |those )?(?:killed|dead|injured|missing|displaced))\b[^.;]*$/i.exec(before);
  return m ? m[1] : null;
}
