import type { ArticleEntity, EntityType, Token } from '../model.js';
import { addVotes, contextVotes, decideType, shapeVotes, type TypeVotes } from './classify.js';
import { findDescriptions } from './find-descriptions.js';
import { findNames, type NameSpan } from './find-names.js';
import { linkMentions, type NameMention } from './link-mentions.js';
import { roleHead, findRoles } from './roles.js';

/**
 * The entities of one article's clean text: find names and descriptions, type each distinct name from the votes of all
 * its mentions, read the roles beside person names, and link everything into entities.
 */
export function extractEntities(text: string, tokens: Token[]): ArticleEntity[] {
  const spans = findNames(tokens, text);
  const keys = spans.map((s) => nameOf(s, tokens, text).toLowerCase());
  // An acronym in brackets takes its full form's key: "IAHO" is the Inter-Agency Humanitarian Office all through.
  const aliasOf = new Map<string, string>();
  spans.forEach((s, i) => { if (s.abbreviates !== null) aliasOf.set(keys[i], keys[s.abbreviates]); });
  const keyOf = (i: number): string => aliasOf.get(keys[i]) ?? keys[i];

  const votes = new Map<string, TypeVotes>();
  spans.forEach((s, i) => {
    const key = keyOf(i);
    let v = votes.get(key);
    if (!v) {
      v = shapeVotes(key === keys[i] ? nameOf(s, tokens, text).split(/\s+/) : key.split(/\s+/));
      votes.set(key, v);
    }
    addVotes(v, contextVotes(s, tokens));
  });
  const types = new Map<string, EntityType>();
  for (const [key, v] of votes) types.set(key, decideType(v, key.split(/\s+/).length));
  coordinate(spans, tokens, keyOf, votes, types);

  const names: NameMention[] = spans.map((s, i) => {
    const type = types.get(keyOf(i))!;
    const full = aliasOf.has(keys[i]) ? spanName(spans, keys, aliasOf.get(keys[i])!, tokens, text) : nameOf(s, tokens, text);
    return {
      start: s.start, end: s.end, text: s.text, name: full, type,
      honorific: s.honorific,
      titleHead: s.title ? roleHead(s.title.text) : null,
      roles: type === 'person' ? findRoles(s, tokens, text) : [],
      sentence: tokens[s.first].sentence,
    };
  });
  return linkMentions(names, findDescriptions(tokens, text), tokens);
}

/** The name without honorific or title; a dateline in capitals title-cased so it joins the body's mentions. */
function nameOf(s: NameSpan, tokens: Token[], text: string): string {
  const raw = text.slice(tokens[s.first].start, tokens[s.last].end).replace(/\s+/g, ' ');
  if (!s.dateline) return raw;
  return raw.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function spanName(spans: NameSpan[], keys: string[], key: string, tokens: Token[], text: string): string {
  const i = keys.indexOf(key);
  return i >= 0 ? nameOf(spans[i], tokens, text) : key;
}

/**
 * Names in a list share a type when only one of them has evidence: "in Corrin Weir and Sennet Green", "Tallowgate and
 * Saltrey".
 */
function coordinate(spans: NameSpan[], tokens: Token[], keyOf: (i: number) => string, votes: Map<string, TypeVotes>, types: Map<string, EntityType>): void {
  const evidence = (key: string): number => Math.max(...Object.values(votes.get(key)!));
  for (let i = 0; i + 1 < spans.length; i++) {
    const between = spans[i].last + 1;
    const joiner = tokens[between]?.text;
    if ((joiner !== 'and' && joiner !== 'or' && joiner !== ',') || spans[i + 1].start !== startOf(spans[i + 1], tokens, between + 1)) continue;
    const a = keyOf(i);
    const b = keyOf(i + 1);
    if (types.get(a) === types.get(b)) continue;
    if (evidence(a) <= 0.5 && evidence(b) > 1) types.set(a, types.get(b)!);
    else if (evidence(b) <= 0.5 && evidence(a) > 1) types.set(b, types.get(a)!);
  }
}

function startOf(s: NameSpan, tokens: Token[], i: number): number {
  return tokens[i]?.start ?? s.start;
}
