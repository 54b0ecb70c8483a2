import type { QuoteRecord } from '../model.js';
import { fold } from '../resolution/names.js';
import { commonWords, diffText, quoteWords, wordDiff, type DiffPart } from './word-diff.js';

/** Quotes this similar (shared words in order, over the mean length) are one quote with small edits. */
export const SAME_QUOTE_SIMILARITY = 0.75;
/** A word trigram shared by more quotes than this is too common to find candidates by. */
const MAX_POSTINGS = 200;
/** The most earlier quotes one quote is compared with: the work per quote stays bounded whatever the corpus. */
const MAX_COMPARISONS = 64;

/** Why a quote deserves a second look. */
export interface QuoteFlag {
  kind: 'altered' | 'other-speaker' | 'third-person';
  /** One sentence a person can read. */
  text: string;
  /** The quotes the flag compares with. */
  quoteIds: string[];
  /** For `altered`: the word diff from the usual wording to this one. */
  diff?: string;
}

/** The same words reported across articles: members, the usual wording, and each member's flags. */
export interface QuoteGroup {
  /** The id of the group's earliest quote. */
  id: string;
  /** The wording most members carry (earliest first on a tie). */
  text: string;
  quoteIds: string[];
  /** Speakers' names as attributed, with how many quotes give each. */
  speakers: Record<string, number>;
  flags: Record<string, QuoteFlag[]>;
}

/** What the ledger says of one quote. */
export interface QuoteLedgerEntry {
  sameAs: string[];
  flags: QuoteFlag[];
}

/**
 * Match quotes across articles despite small edits, then flag each member whose wording differs from the usual one
 * (`altered`, with a word diff), whose speaker differs from the one most members name (`other-speaker`), or whose own
 * words report another speaker in the third person (`third-person`). Candidates come from shared word trigrams, so
 * the work grows with the number of quotes, not its square.
 */
export function buildQuoteLedger(quotes: QuoteRecord[]): { groups: QuoteGroup[]; entries: Map<string, QuoteLedgerEntry> } {
  const words = quotes.map((q) => quoteWords(q.text));
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const postings = new Map<string, number[]>();
  quotes.forEach((_, i) => {
    const w = words[i];
    if (w.length < 3) return;
    const seen = new Set<number>();
    for (let k = 0; k + 2 < w.length; k++) {
      const key = `${w[k]} ${w[k + 1]} ${w[k + 2]}`;
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      if (list.length >= MAX_POSTINGS) continue;
      for (const j of list) {
        if (seen.size >= MAX_COMPARISONS) break;
        if (seen.has(j) || quotes[j].articleId === quotes[i].articleId) continue;
        seen.add(j);
        if (find(i) !== find(j) && sameQuote(w, words[j])) parent[find(i)] = find(j);
      }
      list.push(i);
    }
  });

  const members = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const root = find(i);
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(i);
  });

  const groups: QuoteGroup[] = [];
  const entries = new Map<string, QuoteLedgerEntry>();
  for (const q of quotes) entries.set(q.id, { sameAs: [], flags: thirdPerson(q) });
  for (const list of members.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (quotes[a].published ?? '9999').localeCompare(quotes[b].published ?? '9999') || a - b);
    const group = describeGroup(list, quotes, words);
    for (const i of list) {
      const entry = entries.get(quotes[i].id)!;
      entry.sameAs = list.filter((j) => j !== i).map((j) => quotes[j].id);
      entry.flags.push(...(group.flags[quotes[i].id] ?? []));
      group.flags[quotes[i].id] = entry.flags;
    }
    groups.push(group);
  }
  return { groups, entries };
}

/** Two quotes are one when most words match in order, or one is an excerpt of five words or more of the other. */
export function sameQuote(a: string[], b: string[]): boolean {
  const parts = wordDiff(a, b);
  const common = commonWords(parts);
  if ((2 * common) / (a.length + b.length) >= SAME_QUOTE_SIMILARITY) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 5 && common === shorter;
}

function describeGroup(list: number[], quotes: QuoteRecord[], words: string[][]): QuoteGroup {
  const wordings = new Map<string, number[]>();
  for (const i of list) {
    const key = words[i].join(' ');
    let l = wordings.get(key);
    if (!l) wordings.set(key, (l = []));
    l.push(i);
  }
  const usual = [...wordings.values()].sort((a, b) => b.length - a.length)[0];
  const usualWords = words[usual[0]];
  const speakers: Record<string, number> = {};
  for (const i of list) {
    const name = speakerKey(quotes[i]);
    if (name) speakers[name] = (speakers[name] ?? 0) + 1;
  }
  const mainSpeaker = Object.entries(speakers).sort((a, b) => b[1] - a[1])[0]?.[0];
  const flags: Record<string, QuoteFlag[]> = {};
  for (const i of list) {
    const q = quotes[i];
    const own: QuoteFlag[] = [];
    const parts = wordDiff(usualWords, words[i]);
    if (isAltered(parts)) {
      own.push({
        kind: 'altered',
        text: `The wording differs from the ${usual.length} other report(s) of this quote.`,
        quoteIds: usual.map((j) => quotes[j].id),
        diff: diffText(parts),
      });
    }
    const name = speakerKey(q);
    if (name && mainSpeaker && name !== mainSpeaker && speakers[mainSpeaker] > speakers[name]) {
      const others = list.filter((j) => speakerKey(quotes[j]) === mainSpeaker);
      own.push({
        kind: 'other-speaker',
        text: `Attributed here to ${q.speaker.name}; ${others.length} other report(s) attribute the same words to ${quotes[others[0]].speaker.name}.`,
        quoteIds: others.map((j) => quotes[j].id),
      });
    }
    if (own.length) flags[q.id] = own;
  }
  return { id: quotes[list[0]].id, text: quotes[usual[0]].text, quoteIds: list.map((i) => quotes[i].id), speakers, flags };
}

/** Words changed, not only cut at either end: an excerpt of the usual wording is not an alteration. */
function isAltered(parts: DiffPart[]): boolean {
  return parts.some((p, k) => p.op === '+' || (p.op === '-' && k > 0 && k < parts.length - 1));
}

function speakerKey(q: QuoteRecord): string | null {
  if (q.speaker.kind === 'unknown' || !q.speaker.name) return null;
  return q.speaker.entityId ?? fold(q.speaker.name);
}

/**
 * A quote that opens on a third-person report ("The spokesman said that …", "He told reporters …") gives someone
 * else's words as the speaker's. Only the opening counts: a witness retelling what they heard mid-quote is common.
 */
const THIRD_PERSON = /^(?:but |and |so )?(?:he|she|they|the (?:[a-z]+ )?(?:spokesman|spokeswoman|spokesperson|minister|president|official|governor|mayor|chief|director|ministry|government)|(?:mr|mrs|ms|dr)\.? [A-Z][a-z]+)\s+(?:has |had )?(?:said|says|told|added|stated|announced|insisted|claimed)\b/i;

function thirdPerson(q: QuoteRecord): QuoteFlag[] {
  const m = THIRD_PERSON.exec(q.text);
  if (!m) return [];
  return [{ kind: 'third-person', text: `The quoted words report another speaker ("${m[0]}"); they may not be ${q.speaker.name || 'the speaker'}'s own.`, quoteIds: [] }];
}
