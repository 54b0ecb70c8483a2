import type { ArticleEntity, EntityMention, EntityType, Token } from '../model.js';
import type { Description } from './find-descriptions.js';
import { HONORIFICS, PLACE_HEADS } from './lexicons.js';
import { roleHead } from './roles.js';

/**
 * In-article coreference: full names, surnames ("Halloran", "Ms. Halloran", "Mayor Halloran"), titles alone ("the
 * minister") and pronouns are linked to entities in one pass in text order. A surname goes to the person of that
 * surname mentioned most recently, unless an honorific or title says which one; a pronoun to the most recent person of
 * a compatible gender in the last few sentences.
 */

/** A typed name mention, ready to link. */
export interface NameMention {
  start: number;
  end: number;
  /** As written, with its honorific. */
  text: string;
  /** The name itself, without honorific or title ("Amara Selvik"; a dateline title-cased: "Kessmoor Ford"). */
  name: string;
  type: EntityType;
  honorific: string | null;
  /** The role word of a title written before the name ("mayor" of "Mayor Halloran"). */
  titleHead: string | null;
  roles: string[];
  sentence: number;
}

interface Working {
  key: string;
  type: EntityType;
  name: string;
  words: string[];
  gender: 'f' | 'm' | null;
  mentions: EntityMention[];
  roles: string[];
  roleHeads: Set<string>;
  /** Offset and sentence of the latest mention seen so far in the pass, and of the latest name mention. */
  lastAt: number;
  lastNameAt: number;
  lastSentence: number;
}

const INITIAL = /^\p{Lu}\.?$/u;
/** How many sentences back a pronoun may reach for its person. */
const PRONOUN_REACH = 3;

/** A person's identity key: the name's words without initials, lower case ("ana delgado" for "Ana R. Delgado"). */
export function personKey(name: string): string {
  if (!name.includes('.') && !/\s\p{Lu}(?:\s|$)/u.test(name)) return name.toLowerCase();
  return name.split(/\s+/).filter((w) => !INITIAL.test(w)).join(' ').toLowerCase();
}

/** Link name mentions, descriptions and pronouns into entities, numbered `e1`, `e2`, … in order of first mention. */
export function linkMentions(names: NameMention[], descriptions: Description[], tokens: Token[]): ArticleEntity[] {
  // Entities by type, then by key.
  const byKey: Record<EntityType, Map<string, Working>> = { person: new Map(), org: new Map(), place: new Map(), group: new Map() };
  const all: Working[] = [];
  const entity = (key: string, type: EntityType, name: string): Working => {
    let e = byKey[type].get(key);
    if (!e) {
      e = { key, type, name, words: name.split(' '), gender: null, mentions: [], roles: [], roleHeads: new Set(), lastAt: -1, lastNameAt: -1, lastSentence: -1 };
      byKey[type].set(key, e);
      all.push(e);
    }
    return e;
  };
  // Full names first, so a surname before its full name still finds it; their roles tell title-qualified surnames apart.
  // Each name's words, split once, and each full person name's key, made once.
  const wordsOf = names.map((n) => n.name.split(' '));
  const personKeys: string[] = new Array(names.length);
  names.forEach((n, i) => {
    if (wordsOf[i].length < 2) return;
    if (n.type !== 'person') { entity(n.name.toLowerCase(), n.type, n.name); return; }
    personKeys[i] = personKey(n.name);
    const e = entity(personKeys[i], 'person', n.name);
    for (const r of n.roles) addRole(e, r);
  });
  const persons = all.filter((e) => e.type === 'person');

  const add = (e: Working, m: EntityMention, sentence: number): void => {
    e.mentions.push(m);
    e.lastAt = m.start;
    if (m.kind === 'name') e.lastNameAt = m.start;
    e.lastSentence = sentence;
  };
  const linkName = (n: NameMention, words: string[], i: number): void => {
    let e: Working | undefined;
    if (n.type === 'person' && words.length > 1) e = byKey.person.get(personKeys[i]);
    else if (words.length === 1 && (n.type === 'person' || persons.some((p) => p.words[p.words.length - 1] === n.name))) e = surnameOwner(n, persons) ?? entity(n.name.toLowerCase(), 'person', n.name);
    else if (words.length === 1) e = byKey.place.get(n.name.toLowerCase()) ?? placeWithHead(n.name, all) ?? entity(n.name.toLowerCase(), n.type, n.name);
    else e = entity(n.name.toLowerCase(), n.type, n.name);
    if (!e) return;
    if (n.name.length > e.name.length && e.type === 'person') { e.name = n.name; e.words = words; }
    const g = n.honorific ? HONORIFICS.get(n.honorific) ?? HONORIFICS.get(`${n.honorific}.`) : null;
    if (g && !e.gender) e.gender = g;
    for (const r of n.roles) addRole(e, r);
    add(e, { start: n.start, end: n.end, text: n.text, kind: 'name' }, n.sentence);
  };
  const linkDescription = (d: Description): void => {
    const sentence = tokens[d.token].sentence;
    if (d.kind === 'pronoun') {
      linkPronoun(tokens[d.token], d.head as 'f' | 'm');
      return;
    }
    if (d.kind === 'group') {
      add(entity(d.head, 'group', d.head), { start: d.start, end: d.end, text: d.text, kind: 'name' }, sentence);
      return;
    }
    if (d.kind === 'org-name') {
      const words = [...d.modifiers, d.head];
      const known = all.find((e) => e.type === 'org' && words.every((w) => e.words.some((x) => x.toLowerCase() === w)));
      add(known ?? entity(d.text.toLowerCase(), 'org', d.text), { start: d.start, end: d.end, text: d.text, kind: 'name' }, sentence);
      return;
    }
    let best: Working | undefined;
    for (const e of all) {
      if (e.lastAt < 0 || (best && e.lastAt <= best.lastAt)) continue;
      const fits = d.kind === 'org-title' ? e.type === 'org' && e.words[e.words.length - 1].toLowerCase() === d.head : e.type === 'person' && e.roleHeads.has(d.head);
      if (fits) best = e;
    }
    if (best) add(best, { start: d.start, end: d.end, text: d.text, kind: 'title' }, sentence);
  };
  const linkPronoun = (t: Token, gender: 'f' | 'm'): void => {
    let best: Working | undefined;
    for (const e of all) {
      if (e.type !== 'person' || e.lastAt < 0 || (best && e.lastAt <= best.lastAt)) continue;
      if (t.sentence - e.lastSentence <= PRONOUN_REACH && (!e.gender || e.gender === gender)) best = e;
    }
    if (!best) return;
    if (!best.gender) best.gender = gender;
    add(best, { start: t.start, end: t.end, text: t.text, kind: 'pronoun' }, t.sentence);
  };

  // Names and descriptions (pronouns among them) both come in text order: link them merged, in one pass.
  let di = 0;
  names.forEach((n, ni) => {
    for (; di < descriptions.length && descriptions[di].start < n.start; di++) linkDescription(descriptions[di]);
    linkName(n, wordsOf[ni], ni);
  });
  for (; di < descriptions.length; di++) linkDescription(descriptions[di]);

  const found = all.filter((e) => e.mentions.some((m) => m.kind === 'name'));
  // Mentions are mostly linked in text order already: sort only those that are not.
  for (const e of found) if (!inOrder(e.mentions)) e.mentions.sort((a, b) => a.start - b.start);
  if (!firstMentionsInOrder(found)) found.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return found.map((e, i) => ({
    id: `e${i + 1}`,
    name: e.name,
    type: e.type,
    aliases: [...new Set(e.mentions.filter((m) => m.kind === 'name').map((m) => m.text))],
    roles: e.roles,
    mentions: e.mentions,
  }));
}

/** True when the mentions are in order of their starts already. */
function inOrder(mentions: EntityMention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k].start < mentions[k - 1].start) return false;
  return true;
}

/** True when the entities are in order of their first mentions already. */
function firstMentionsInOrder(entities: Working[]): boolean {
  for (let k = 1; k < entities.length; k++) if (entities[k].mentions[0].start < entities[k - 1].mentions[0].start) return false;
  return true;
}

/** The person a bare or titled surname means: by honorific gender and title first, then the most recently mentioned. */
function surnameOwner(n: NameMention, persons: Working[]): Working | undefined {
  let pool = persons.filter((p) => p.words.at(-1) === n.name);
  if (!pool.length) return undefined;
  const g = n.honorific ? HONORIFICS.get(n.honorific) ?? HONORIFICS.get(`${n.honorific}.`) : null;
  if (g) pool = narrow(pool, (p) => !p.gender || p.gender === g);
  if (n.titleHead) pool = narrow(pool, (p) => p.roleHeads.has(n.titleHead!));
  // Salience by names only: "not related to the mayor" does not make the mayor the one a bare surname means.
  let best: Working | undefined;
  for (const p of pool) if (p.lastNameAt >= 0 && (!best || p.lastNameAt > best.lastNameAt)) best = p;
  return best ?? pool[0];
}

/** Keep the matches, or everyone when nobody matches. */
function narrow<T>(pool: T[], keep: (x: T) => boolean): T[] {
  const kept = pool.filter(keep);
  return kept.length ? kept : pool;
}

/** A place named by this word and a place head ("Orvane" for "Orvane River"). */
function placeWithHead(word: string, all: Working[]): Working | undefined {
  const w = word.toLowerCase();
  for (const e of all) {
    if (e.type === 'place' && e.words.length === 2 && e.words[0].toLowerCase() === w && PLACE_HEADS.has(e.words[1].toLowerCase())) return e;
  }
  return undefined;
}

function addRole(e: Working, role: string): void {
  if (!e.roles.some((r) => r.toLowerCase() === role.toLowerCase())) e.roles.push(role);
  const head = roleHead(role);
  if (head) e.roleHeads.add(head);
}
