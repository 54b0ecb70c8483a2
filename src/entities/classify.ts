import type { EntityType, Token } from '../model.js';
import { lowerWords, startsUpper } from './find-lines.js';
import type { NameSpan } from './find-names.js';
import {
  COUNTRIES, NATIONALITY_PLURALS, ORG_HEADS, ORG_PREFIXES, PERSON_PRONOUNS, PLACE_HEADS, PLACE_OF_NOUNS,
  PLACE_PREFIXES, PLACE_PREPOSITIONS, ROLE_HEADS, SPEECH_VERBS,
} from './lexicons.js';

/**
 * Person, organisation, place or group for a name: votes from the name's own words (heads such as "Authority" or
 * "Dam", gazetteers of countries and nationalities) and from each place it is used (an honorific, a title, "in …",
 * an age in commas). Votes of every mention of a name are summed before deciding, so one clear use types them all.
 */

/** Votes for each entity type. */
export type TypeVotes = Record<EntityType, number>;

/** No votes yet. */
export function noVotes(): TypeVotes {
  return { person: 0, org: 0, place: 0, group: 0 };
}

const INITIAL = /^\p{Lu}\.$/u;

/** Votes from the words of a name alone ("Gavran Hydro Authority" is an organisation wherever it stands). */
export function shapeVotes(words: string[]): TypeVotes {
  const v = noVotes();
  const lower = words.map((w) => w.toLowerCase());
  const whole = lower.length === 1 ? lower[0] : lower.join(' ');
  const first = lower[0];
  const last = lower[lower.length - 1];
  if (COUNTRIES.has(whole)) v.place += 5;
  if (NATIONALITY_PLURALS.has(whole)) v.group += 5;
  if (ORG_HEADS.has(last)) v.org += 4;
  if (words.length > 1 && ORG_PREFIXES.has(first)) v.org += 3;
  if (words.length > 1 && PLACE_HEADS.has(last)) v.place += 4;
  if (words.length > 1 && PLACE_PREFIXES.has(first)) v.place += 4;
  if (words.length > 1 && hasInitial(words)) v.person += 2;
  if (words.length === 1 && /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(words[0]) && !COUNTRIES.has(whole)) v.org += 2;
  return v;
}

/** True when a word before the last is an initial ("R." of "Ana R. Delgado"). */
function hasInitial(words: string[]): boolean {
  for (let k = 0; k < words.length - 1; k++) if (INITIAL.test(words[k])) return true;
  return false;
}

/** Votes from where one mention of a name stands in its sentence. `lower` is `lowerWords(tokens)`, when the caller has it. */
export function contextVotes(name: NameSpan, tokens: Token[], lower: string[] = lowerWords(tokens)): TypeVotes {
  const v = noVotes();
  if (name.dateline) {
    v.place += 5;
    return v;
  }
  if (name.honorific) v.person += 4;
  if (name.title) v.person += 4;
  const a = firstTokenOf(name, tokens);
  const prev = lowerAt(lower, a - 1);
  const prev2 = lowerAt(lower, a - 2);
  const next = lowerAt(lower, name.last + 1);
  const next2 = lowerAt(lower, name.last + 2);
  const next3 = lowerAt(lower, name.last + 3);
  if (ROLE_HEADS.has(prev) && tokens[a - 1].text === prev) v.person += 3; // "farmer Bram Kettering"
  if (PLACE_PREPOSITIONS.has(prev)) v.place += 1.5;
  if (prev === 'of' && PLACE_OF_NOUNS.has(prev2)) v.place += 2;
  if (prev === 'of' && tokens[a - 2] && startsUpper(tokens[a - 2].text)) v.place += 1.5; // "Mayor Ann Eid of Nordvik"
  // "the Orvane", "the upper Orvane": people's names rarely take an article; rivers and regions do.
  if (prev === 'the' || (prev2 === 'the' && tokens[a - 1]?.pos === 'ADJ')) { v.person -= 1; v.place += 1; v.org += 0.5; }
  // The speaker next to a speech verb; "of X said" makes X part of someone else's description.
  if ((SPEECH_VERBS.has(next) && tokens[a - 1]?.pos !== 'ADP') || SPEECH_VERBS.has(prev)) v.person += 1;
  if (next === ',' && tokens[name.last + 2]?.pos === 'NUM' && next3 === ',') v.person += 3; // an age
  const coordinated = prev === 'and' || prev === 'or';
  if (next === ',' && next2 === 'who' && !coordinated) v.person += 2;
  if (next === ',' && next2 === 'where') v.place += 2;
  if (next === ',' && next2 === 'which') v.org += 1;
  // "X said … he": a pronoun of a person later in the same sentence, with no other name between, when X is not an object.
  const object = tokens[a - 1]?.pos === 'VERB' || tokens[a - 1]?.pos === 'ADP';
  if (!object) for (let k = name.last + 1; k < tokens.length && k <= name.last + 6 && tokens[k].sentence === tokens[name.last].sentence; k++) {
    if (startsUpper(tokens[k].text)) break;
    if (PERSON_PRONOUNS.has(tokens[k].text)) { v.person += 1; break; }
  }
  return v;
}

/** Decide a type from summed votes. With no evidence a multi-word name is taken for a person and a single word for a place. */
export function decideType(votes: TypeVotes, wordCount: number): EntityType {
  let best: EntityType | null = null;
  let bestVote = 0;
  for (const type of ['person', 'org', 'place', 'group'] as const) {
    if (votes[type] > bestVote) { best = type; bestVote = votes[type]; }
  }
  if (best) return best;
  return wordCount > 1 ? 'person' : 'place';
}

/** Sum votes into the first. */
export function addVotes(into: TypeVotes, more: TypeVotes): TypeVotes {
  into.person += more.person;
  into.org += more.org;
  into.place += more.place;
  into.group += more.group;
  return into;
}

/** The first token of the whole mention: the title if there is one, else the honorific, else the name. */
export function firstTokenOf(name: NameSpan, tokens: Token[]): number {
  let a = name.first;
  while (a > 0 && tokens[a - 1].start >= (name.title?.start ?? name.start)) a--;
  return a;
}

function lowerAt(lower: string[], i: number): string {
  return i >= 0 && i < lower.length ? lower[i] : '';
}
