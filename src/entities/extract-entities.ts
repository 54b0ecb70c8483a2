import type { ArticleEntity, EntityType, Token } from '../model.js';
import { addVotes, contextVotes, decideType, shapeVotes, type TypeVotes } from './classify.js';
import { findDescriptions } from './find-descriptions.js';
import { lowerWords } from './find-lines.js';
import { findNames, type NameSpan } from './find-names.js';
import { linkMentions, type NameMention } from './link-mentions.js';
import { roleHead, findRoles } from './roles.js';

/**
 * The entities of one article's clean text: find names and descriptions, type each distinct name from the votes of all
 * its mentions, read the roles beside person names, and link everything into entities.
 */
export function extractEntities(text: string, tokens: Token[]): ArticleEntity[] {
  // Every token's text by lowerWord, read by most of the rules below.
  const lower = lowerWords(tokens);
  const spans = findNames(tokens, text, lower);
  // Each span's name, read once: keys, votes and mentions all use it.
  const spanNames = spans.map((s) => nameOf(s, tokens, text));
  const keys = spanNames.map((n) => n.toLowerCase());
  // An acronym in brackets takes its full form's key: "IAHO" is the Inter-Agency Humanitarian Office all through.
  const aliasOf = new Map<string, string>();
  spans.forEach((s, i) => { if (s.abbreviates !== null) aliasOf.set(keys[i], keys[s.abbreviates]); });
  const keyOf = (i: number): string => aliasOf.get(keys[i]) ?? keys[i];

  // A role in apposition or before the name ("chief engineer Declan Halloran") is the strongest sign of a person.
  const roles = spans.map((s) => (s.dateline || s.acronym ? [] : findRoles(s, tokens, text, lower)));
  const votes = new Map<string, TypeVotes>();
  spans.forEach((s, i) => {
    const key = keyOf(i);
    let v = votes.get(key);
    if (!v) {
      // Names hold single spaces only (see nameOf), so splitting at a space is splitting at white space.
      v = shapeVotes(key === keys[i] ? spanNames[i].split(' ') : key.split(' '));
      votes.set(key, v);
    }
    addVotes(v, contextVotes(s, tokens, lower));
    if (roles[i].length && !s.title) v.person += 2.5;
  });
  const types = new Map<string, EntityType>();
  for (const [key, v] of votes) types.set(key, decideType(v, wordCount(key)));
  coordinate(spans, tokens, keyOf, votes, types);

  const names: NameMention[] = spans.map((s, i) => {
    const type = types.get(keyOf(i))!;
    const full = aliasOf.has(keys[i]) ? spanName(spanNames, keys, aliasOf.get(keys[i])!) : spanNames[i];
    return {
      start: s.start, end: s.end, text: s.text, name: full, type,
      honorific: s.honorific,
      titleHead: s.title ? roleHead(s.title.text) : null,
      roles: type === 'person' ? roles[i] : [],
      sentence: tokens[s.first].sentence,
    };
  });
  return linkMentions(names, findDescriptions(tokens, text, lower), tokens);
}

/** Words of a name: its spaces and one. */
function wordCount(name: string): number {
  let n = 1;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) n++;
  return n;
}

/**
 * The name without honorific or title; a dateline in capitals title-cased so it joins the body's mentions. White space
 * in it is single spaces.
 */
function nameOf(s: NameSpan, tokens: Token[], text: string): string {
  let raw = text.slice(tokens[s.first].start, tokens[s.last].end);
  if (/\s\s|[^\S ]/.test(raw)) raw = raw.replace(/\s+/g, ' ');
  if (!s.dateline) return raw;
  return raw.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function spanName(spanNames: string[], keys: string[], key: string): string {
  const i = keys.indexOf(key);
  return i >= 0 ? spanNames[i] : key;
}

/**
 * Names in a list share a type when some of them have no evidence of their own: "in Corrin Weir and Sennet Green",
 * "Kessmoor Ford, Tallowgate, Saltrey and Corrin Weir". A list is names joined by commas with "and" or "or" before the last.
 */
function coordinate(spans: NameSpan[], tokens: Token[], keyOf: (i: number) => string, votes: Map<string, TypeVotes>, types: Map<string, EntityType>): void {
  const evidence = (key: string): number => Math.max(...Object.values(votes.get(key)!));
  let i = 0;
  while (i < spans.length) {
    let j = i;
    let hasAnd = false;
    while (j + 1 < spans.length) {
      const joiner = tokens[spans[j].last + 1]?.text;
      const adjacent = tokens[spans[j].last + 2]?.start === spans[j + 1].start;
      if (!adjacent || (joiner !== ',' && joiner !== 'and' && joiner !== 'or')) break;
      if (joiner !== ',') hasAnd = true;
      j++;
      if (joiner !== ',') break;
    }
    if (j > i && hasAnd) {
      const total = new Map<EntityType, number>();
      for (let k = i; k <= j; k++) {
        const key = keyOf(k);
        const e = evidence(key);
        if (e > 0.5) total.set(types.get(key)!, (total.get(types.get(key)!) ?? 0) + e);
      }
      const best = [...total].sort((x, y) => y[1] - x[1])[0];
      if (best) for (let k = i; k <= j; k++) if (evidence(keyOf(k)) <= 0.5) types.set(keyOf(k), best[0]);
    }
    i = Math.max(j, i + 1);
  }
}
