import type { ArticleEntity, Mention, Speaker, Token } from '../model.js';
import type { NameOccurrence } from './name-index.js';
import { occurrence } from './name-index.js';
import { tokenAtOrAfter } from './clause-tokens.js';
import { ORG_NOUNS, PERSON_NOUNS, SPEAKER_PRONOUNS, TITLE_WORDS, bare } from './speaker-words.js';

/** What resolution reads besides the mention: the tokens, the entity stage's entities (maybe none), and the names. */
export interface ResolveContext {
  text: string;
  tokens: Token[];
  /** The entity stage's entities; empty or undefined when it has not run. */
  entities?: ArticleEntity[];
  /** Proper names of the text outside quotes (`indexNames`), the fallback when there are no entities. */
  names: NameOccurrence[];
}

const UNKNOWN: Speaker = { name: '', kind: 'unknown', entityId: null, mention: null };

/**
 * Map a speaker mention to a speaker. With entities: the entity with a mention overlapping the speaker's words
 * (its pronoun links included). Without: a pronoun goes to the most recent gender-compatible person named before it;
 * a name to the fullest person name in the article ending with its last word (the most recent one before it when two
 * share a surname, unless a title picks one); a definite title or organisation noun ("the minister", "the
 * authority") to the most recent name written with that title or ending with that noun; any other description is an
 * anonymous source, kept as written.
 */
export function resolveSpeaker(mention: Mention | null, ctx: ResolveContext): Speaker {
  if (!mention) return UNKNOWN;
  const entities = ctx.entities ?? [];
  const base = tokenAtOrAfter(ctx.tokens, mention.start);
  const words = ctx.tokens.slice(base, tokenAtOrAfter(ctx.tokens, mention.end));
  if (words.length === 0) return UNKNOWN;
  if (entities.length > 0) {
    // The entity must be named at the phrase's head: "Mayor Ruth Halloran of Kessmoor Ford" is the mayor, not the
    // town; "the agency's coordinator" is not the agency.
    const head = headToken(words);
    const hit = entityAt(entities, head);
    if (hit && (hit.type === 'person' || hit.type === 'org')) return { name: hit.name, kind: hit.type, entityId: hit.id, mention };
  }
  const speaker = (name: string, kind: Speaker['kind']): Speaker => {
    const entity = entityFor(name, kind, entities);
    return { name: entity && kind !== 'anonymous' ? entity.name : name, kind, entityId: entity?.id ?? null, mention };
  };

  const pronoun = SPEAKER_PRONOUNS[words[0].text.toLowerCase()];
  if (words.length === 1 && pronoun) {
    if (pronoun === 'm' || pronoun === 'f') {
      const person = lastPerson(ctx.names, mention.start, (n) => !n.gender || n.gender === pronoun);
      return person ? speaker(fullName(person, ctx.names, mention.start), 'person') : { ...UNKNOWN, mention };
    }
    return { ...UNKNOWN, mention };
  }

  // A proper name in the phrase (not only titles).
  // The last name before any preposition is the head: "Opposition spokeswoman Vera Castellano", "Mayor X of Y".
  const firstAdp = words.findIndex((t) => t.pos === 'ADP');
  const headPart = firstAdp > 0 ? words.slice(0, firstAdp) : words;
  let i = -1;
  for (let k = headPart.length - 1; k >= 0; k--) if (headPart[k].pos === 'PROPN' && !TITLE_WORDS.has(bare(headPart[k].text))) { i = k; break; }
  const head = bare(headNoun(words));
  // A name followed by a noun only modifies it ("the agency's coordinator", "the IAHO's coordinator").
  const nounAfterName = i >= 0 && headPart.slice(i + 1).some((t) => t.pos === 'NOUN');
  if (i >= 0 && !nounAfterName) {
    // The run of name tokens, titles included.
    let a = i;
    while (a > 0 && words[a - 1].pos === 'PROPN') a--;
    let b = i;
    while (b + 1 < words.length && words[b + 1].pos === 'PROPN') b++;
    const occ = occurrence(ctx.tokens, ctx.text, base + a, base + b);
    if (occ.kind === 'org') return speaker(stripThe(mention.text), 'org');
    return speaker(fullName(occ, ctx.names, mention.start), 'person');
  }
  const definite = /^(the|its|their|his|her)$/i.test(words[0].text) || nounAfterName;
  if (ORG_NOUNS.has(head)) {
    if (definite) {
      const org = last(ctx.names, mention.start, (n) => n.kind === 'org' && bare(n.surname) === head);
      if (org) return speaker(org.name, 'org');
    }
    return speaker(stripThe(mention.text), i >= 0 || definite ? 'org' : 'anonymous');
  }
  if (definite && (TITLE_WORDS.has(head) || PERSON_NOUNS.has(head))) {
    const person = lastPerson(ctx.names, mention.start, (n) => n.titles.includes(head));
    if (person) return speaker(fullName(person, ctx.names, mention.start), 'person');
  }
  return speaker(mention.text, 'anonymous');
}

/** The fullest person name in the article ending with this name's last word: before `at` first, most recent first. */
export function fullName(occ: NameOccurrence, names: NameOccurrence[], at: number): string {
  const surname = occ.surname;
  const same = names.filter((n) => n.surname === surname && n.kind !== 'org');
  if (same.length === 0) return occ.name;
  // A title written with the bare surname picks the full name written with the same title.
  const titled = occ.titles.length > 0 ? same.filter((n) => n.titles.some((t) => occ.titles.includes(t)) && n.name.length > surname.length) : [];
  const pool = titled.length > 0 ? titled : same;
  const before = pool.filter((n) => n.start < at);
  const ordered = (before.length > 0 ? before : pool).slice().reverse();
  // The most recent occurrence decides which person; its fullest written form names them.
  const recent = ordered.find((n) => n.name.includes(' ')) ?? ordered[0];
  const first = recent.name.split(' ')[0];
  const fuller = pool.filter((n) => n.name.split(' ')[0] === first).sort((x, y) => y.name.length - x.name.length)[0];
  return (fuller ?? recent).name.length >= occ.name.length ? (fuller ?? recent).name : occ.name;
}

function lastPerson(names: NameOccurrence[], at: number, ok: (n: NameOccurrence) => boolean): NameOccurrence | undefined {
  return last(names, at, (n) => n.kind === 'person' && ok(n));
}

function last(names: NameOccurrence[], at: number, ok: (n: NameOccurrence) => boolean): NameOccurrence | undefined {
  for (let k = names.length - 1; k >= 0; k--) if (names[k].start < at && ok(names[k])) return names[k];
  return undefined;
}

/** The first entity with a mention overlapping the token. */
function entityAt(entities: ArticleEntity[], t: Token): ArticleEntity | undefined {
  for (const e of entities) {
    for (const m of e.mentions) if (m.start < t.end && t.start < m.end) return e;
  }
  return undefined;
}

/** The head token of a phrase: its last noun, name or pronoun before a preposition. */
function headToken(words: Token[]): Token {
  let head = words[words.length - 1];
  for (const t of words) {
    if (t.pos === 'ADP' && t !== words[0]) break;
    if (/^(NOUN|PROPN|PRON)$/.test(t.pos)) head = t;
  }
  return head;
}

function headNoun(words: Token[]): string {
  // The head is the last noun before a preposition: "official at the agency" → official.
  let head = '';
  for (const t of words) {
    if (t.pos === 'ADP') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t.text;
  }
  return head;
}

function stripThe(text: string): string {
  return text.replace(/^the\s+/i, '').replace(/['’]s$/, '');
}

/** The entity with this name or alias, else the only person entity whose name ends with the same surname. */
function entityFor(name: string, kind: Speaker['kind'], entities: ArticleEntity[]): ArticleEntity | undefined {
  if (entities.length === 0 || kind === 'anonymous' || kind === 'unknown') return undefined;
  const exact = entities.find((e) => e.name === name || e.aliases.includes(name));
  if (exact || kind !== 'person') return exact;
  const surname = name.split(' ').pop() ?? name;
  const same = entities.filter((e) => e.type === 'person' && (e.name.split(' ').pop() === surname || e.aliases.includes(surname)));
  return same.length === 1 ? same[0] : undefined;
}
