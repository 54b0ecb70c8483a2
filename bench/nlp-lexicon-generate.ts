/**
 * Writes `src/nlp/wink-lexicon.ts`: the few parts of wink's English model that our tokenizer and sentence splitter
 * need to decide as wink does, drawn from the model once instead of loading its 87,593-lexeme lexicon at runtime.
 *
 * - The lexemes whose presence changes tokenisation: every lexeme that is not a plain run of letters (abbreviations
 *   with their period, hyphenated words wink keeps whole, contractions, emoticons, numbers, ...), the letter-only
 *   contractions ("cannot", "dont") and any letter-only currency code; each with its token type, and for a contraction
 *   the lengths of the pieces wink splits it into.
 * - The sentence-boundary events wink's splitter reads for a token (its `sbdHint`, `isAbbrev` and the lexemes its
 *   machine names), for exact texts and for lower-case normals.
 * - wink's sentence-boundary machine, with its events renumbered to ours.
 * - wink's tokenizer regular expressions and hyphenation prefixes and suffixes, as the model states them.
 *
 * Run after a wink-eng-lite-web-model upgrade: `npx tsc -p tsconfig.json && node dist/bench/nlp-lexicon-generate.js`.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/* eslint-disable @typescript-eslint/no-explicit-any */
const model: any = require('wink-eng-lite-web-model');
const core: any = model.core();
const sbdMachines: string[] = model.sbd().machines;

const lexemes: string[] = core.features.lexeme.list;
const intrinsic: number = core.features.lexeme.intrinsicSize;
const hash: Record<string, number> = core.features.lexeme.hash;
const layout: Record<string, number[]> = core.packing.layout;
const packSize: number = core.packing.size;
const lexicon: Uint32Array = core.lexicon;
const xpansions: Uint32Array = core.xpansions;
const typeNames: string[] = core.tcat.list;

/** A packed field of a lexeme, as wink's cache reads it. */
function field(index: number, name: string): number {
  const [word, mask, shift] = layout[name];
  return (lexicon[word + index * packSize] & mask) >>> shift;
}

function typeOf(index: number): string {
  return core.features.tokenType.list[field(index, 'tokenType')] as string;
}

/** wink's `cache.normal` for an intrinsic lexeme. */
function normalOf(index: number): number {
  if (field(index, 'isSpellingMapped')) return field(index, 'lemma');
  return field(index, 'normal') + index;
}

/** The expansions of a contraction: [lexeme, normal] pairs, or null. */
function expansionsOf(index: number): Array<[number, number]> | null {
  if (!field(index, 'isContraction')) return null;
  const lemma = field(index, 'lemma');
  const start = lemma & 0x3fff;
  const count = (lemma & (31 << 14)) >> 14;
  const out: Array<[number, number]> = [];
  for (let k = 0; k < count; k += 4) out.push([xpansions[start + k], xpansions[start + k + 1]]);
  return out;
}

// Our sentence-boundary events: 0 other, 1..10 wink's hints (6 is a straight quote after a space), 11.. the lexemes
// wink's machine names; SKIP marks the token wink's machine ignores (a single line feed).
const hintDelta = 1080000;
const otherwise = 2070003;
const machineLexemes = new Set<number>();
const machines = sbdMachines.map((json) => JSON.parse(json) as [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>, unknown]);
for (const m of machines) {
  for (const row of Object.values(m[2])) for (const key of Object.keys(row)) {
    const k = Number(key);
    if (k !== otherwise && k < hintDelta) machineLexemes.add(k);
  }
}
const lexemeEvent = new Map<number, number>();
const eventNames: string[] = ['other', 'hint1', 'hint2', 'hint3', 'hint4', 'hint5', 'hint6', 'hint7', 'hint8', 'hint9', 'hint10'];
for (const id of [...machineLexemes].sort((a, b) => a - b)) {
  lexemeEvent.set(id, eventNames.length);
  eventNames.push(JSON.stringify(lexemes[id]));
}
const SKIP = -1;
const lineFeed = hash['\n'];

/** wink's sbd transformer for a token whose normal is `norm` and whose own lexeme is `own` (or -1 for an OOV). */
function eventOf(norm: number, own: number): number {
  if (norm === lineFeed) return SKIP;
  const hint = (norm < intrinsic ? field(norm, 'sbdHint') : 0) || (own >= 0 ? field(own, 'sbdHint') : 0);
  if (hint) return hint;
  if (norm < intrinsic && field(norm, 'isAbbrev')) return lexemes[norm].length === 2 ? 8 : 7;
  return lexemeEvent.get(norm) ?? 0;
}

/** The event wink gives an out-of-lexicon token with this text, if its lower-case form were not a lexeme. */
function oovRule(text: string): number {
  const lower = text.toLowerCase();
  return /[a-z].*\.$/i.test(lower) ? (lower.length === 2 ? 8 : 7) : 0;
}

const letters = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i;
const currencyCode = /^(?:USD|AUD|INR|GBP)$/i;

const byType: Record<string, string[]> = {};
const contractions: string[] = [];
const skipped: string[] = [];
const exactEvents: Record<string, number> = {};
const normalEvents: Record<string, number> = {};

for (let id = 1; id < intrinsic; id++) {
  const text = lexemes[id];
  const xp = expansionsOf(id);
  const type = typeOf(id);
  if (xp) {
    const parts = xp.map(([lx]) => lexemes[lx]);
    if (parts.join('') !== text) {
      skipped.push(text);
      continue;
    }
    for (const [lx] of xp) if (typeOf(lx) !== 'word') throw new Error(`A piece of contraction ${text} is a ${typeOf(lx)}.`);
    contractions.push(parts.join('|'));
    // Events of the pieces must be what their own text gives.
    for (const [lx, nx] of xp) {
      const e = eventOf(nx, lx);
      const own = eventOf(normalOf(lx), lx);
      if (e !== own) throw new Error(`Contraction piece ${lexemes[lx]} of ${text} has event ${e}, its text ${own}.`);
    }
  } else if (!letters.test(text) || currencyCode.test(text)) {
    (byType[type] ??= []).push(text);
  } else if (type !== 'word') {
    throw new Error(`Letter-only lexeme ${text} has type ${type}.`);
  }
  const e = eventOf(normalOf(id), id);
  const lower = text.toLowerCase();
  // Keep the event when the text alone would not give it: not zero, or zero where the lower-case rule would not be.
  if (e !== 0 || oovRule(text) !== 0 || (lower !== text && hash[lower] !== undefined && hash[lower] < intrinsic && eventOf(normalFromLower(hash[lower]), -1) !== 0)) exactEvents[text] = e;
  // Only texts with an upper-case form can be the lower-case form of an out-of-lexicon token.
  if (lower === text && text.toUpperCase() !== text) {
    const ne = eventOf(normalFromLower(id), -1);
    if (ne !== oovRule(text)) normalEvents[text] = ne;
  }
}

/** An OOV token's normal when its lower-case form is the intrinsic lexeme `id` (wink's `cache.normal` of an OOV). */
function normalFromLower(id: number): number {
  return field(id, 'isSpellingMapped') ? field(id, 'lemma') : id;
}

// Only a few events start a match at the machine's root; the splitter looks at a token's event only when its text
// could carry one of them, so check which texts can.
const rootEvents = new Set<number>();
for (const m of machines) for (const key of Object.keys(m[2]['0'])) {
  const k = Number(key);
  if (k === otherwise) continue;
  rootEvents.add(k >= hintDelta ? k - hintDelta : (lexemeEvent.get(k) as number));
}
for (const [text, e] of Object.entries(exactEvents)) {
  if (rootEvents.has(e) && !/[.!?]$/.test(text) && text !== '\n\n') throw new Error(`Root event ${e} on ${JSON.stringify(text)}.`);
}
for (const [text, e] of Object.entries(normalEvents)) {
  if (rootEvents.has(e) && !/[.!?]$/.test(text)) throw new Error(`Root event ${e} on normal ${JSON.stringify(text)}.`);
}

/** A machine as dense tables over our events: next state (0 for wink's root), otherwise state, marks, terminals. */
function denseMachine(m: (typeof machines)[number]) {
  const states = m[1] + 1;
  const width = eventNames.length;
  const next = new Array<number>(states * width).fill(0);
  const fallback = new Array<number>(states).fill(0);
  for (const [state, row] of Object.entries(m[2])) {
    for (const [key, to] of Object.entries(row)) {
      const k = Number(key);
      if (k === otherwise) fallback[Number(state)] = to;
      else next[Number(state) * width + (k >= hintDelta ? k - hintDelta : (lexemeEvent.get(k) as number))] = to;
    }
  }
  const terminal = new Array<number>(states).fill(0); // 0 none, 1 a boundary, 2 a match to ignore ('0')
  for (const [state, name] of Object.entries(m[3])) terminal[Number(state)] = name === '0' ? 2 : 1;
  const markFirst = new Array<number>(states).fill(0);
  for (const [state, mark] of Object.entries(m[4])) markFirst[Number(state)] = mark[0];
  return { states, next, fallback, terminal, markFirst };
}
if (machines.length !== 1) throw new Error(`Expected one sentence-boundary machine, found ${machines.length}.`);
const machine = denseMachine(machines[0]);

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'src', 'nlp', 'wink-lexicon.ts');
const lines: string[] = [];
lines.push('/**');
lines.push(' * Generated by bench/nlp-lexicon-generate.ts from wink-eng-lite-web-model ' + (require('wink-eng-lite-web-model/package.json').version as string) + '; do not edit.');
lines.push(' * The lexemes that change how wink tokenises (everything but plain runs of letters, plus contractions), by token');
lines.push(' * type; contractions with `|` where wink splits them; sentence-boundary events; wink\'s sentence-boundary machine.');
lines.push(' */');
lines.push('');
lines.push(`/** Lexemes by token type (contractions apart). */`);
lines.push(`export const LEXEMES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(byType)};`);
lines.push('');
lines.push(`/** Contractions, with \`|\` where wink splits them ("ca|n't"). */`);
lines.push(`export const CONTRACTIONS: readonly string[] = ${JSON.stringify(contractions)};`);
lines.push('');
lines.push(`/** Event names, by number: 0 other, hintN wink's sbdHint N (hint6: a straight quote after a space), then lexemes. */`);
lines.push(`export const SBD_EVENT_NAMES: readonly string[] = ${JSON.stringify(eventNames)};`);
lines.push('');
lines.push(`/** The event of a token with exactly this text, where its text alone would not give it (-1: ignored). */`);
lines.push(`export const SBD_EXACT: Readonly<Record<string, number>> = ${JSON.stringify(exactEvents)};`);
lines.push('');
lines.push(`/** The event of an out-of-lexicon token whose lower-case form is this, where the period rule would not give it. */`);
lines.push(`export const SBD_NORMAL: Readonly<Record<string, number>> = ${JSON.stringify(normalEvents)};`);
lines.push('');
lines.push(`/** wink's sentence-boundary machine: \`next[state * events + event]\` (0 = back to the root), the state to fall back`);
lines.push(` * to when a partial match fails, terminal states (1 a boundary, 2 ignored) and where a match's boundary falls. */`);
lines.push(`export const SBD_MACHINE = ${JSON.stringify({ events: eventNames.length, ...machine })};`);
lines.push('');
lines.push(`/** wink's tokenizer regular expressions as [source, flags, category] (ltc: whole-token categories, rtc: the`);
lines.push(` * recursive tokenizer's extractors, in order) and its helpers, as the model states them. */`);
lines.push(`export const TREX: { ltc: ReadonlyArray<readonly [string, string, number]>; rtc: ReadonlyArray<readonly [string, string, number]>; helpers: Readonly<Record<string, readonly [string, string]>> } = ${JSON.stringify({ ltc: core.trex.ltc, rtc: core.trex.rtc, helpers: core.trex.helpers })};`);
lines.push('');
lines.push(`/** Token category names by wink's category number. */`);
lines.push(`export const CATEGORY_NAMES: readonly string[] = ${JSON.stringify(typeNames)};`);
lines.push('');
lines.push(`/** Hyphenated words whose first part is one of these prefixes, or last part one of these suffixes, stay whole. */`);
lines.push(`export const PRESERVE: { prefix: readonly string[]; suffix: readonly string[] } = ${JSON.stringify({ prefix: Object.keys(core.preserve.prefix), suffix: Object.keys(core.preserve.suffix) })};`);
lines.push('');
writeFileSync(out, lines.join('\n'));
process.stderr.write(`Wrote ${out}: ${Object.values(byType).reduce((n, l) => n + l.length, 0)} lexemes, ${contractions.length} contractions, ` +
  `${Object.keys(exactEvents).length} exact and ${Object.keys(normalEvents).length} normal events, ${machine.states} states; ` +
  `skipped ${skipped.length} contractions whose pieces are not their text (${skipped.slice(0, 3).join(', ')}).\n`);
