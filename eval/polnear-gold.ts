import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../src/model.js';

/** One PolNeAR article with its gold attributions from one annotator. */
export interface PolnearArticle {
  name: string;
  annotator: string;
  text: string;
  /** Attributions whose content is a direct quote (see `isDirectQuote`). */
  direct: GoldAttribution[];
  /** All other attributions: their content may hold a quoted phrase, which is then neither right nor wrong. */
  other: GoldAttribution[];
}

/** One attribution: content spans (a split quote has several) and the source span, if any. */
export interface GoldAttribution {
  content: Span[];
  source: (Span & { text: string }) | null;
}

/**
 * Load a split. PolNeAR has two annotators' files for some articles; the evaluation takes one per article, the
 * annotator whose id sorts first, so every article counts once and the choice depends on nothing but the file names.
 * brat offsets count code points; they are turned into UTF-16 offsets of the JS string.
 */
export function loadPolnear(dir: string, split: string): PolnearArticle[] {
  const textDir = join(dir, 'data', split, 'text');
  const annDir = join(dir, 'data', split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return [];
  const byArticle = new Map<string, string[]>();
  for (const f of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(f);
    if (!m) continue;
    byArticle.set(m[1], [...(byArticle.get(m[1]) ?? []), m[2]]);
  }
  const out: PolnearArticle[] = [];
  for (const [name, annotators] of [...byArticle].sort(([a], [b]) => a.localeCompare(b))) {
    const textPath = join(textDir, `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const annotator = annotators.slice().sort()[0];
    const attributions = parseAnn(readFileSync(join(annDir, `${name}_${annotator}.ann`), 'utf8'), codePointToUnit(text));
    for (const a of attributions) if (a.source) a.source.text = text.slice(a.source.start, a.source.end);
    const direct: GoldAttribution[] = [];
    const other: GoldAttribution[] = [];
    for (const a of attributions) (isDirectQuote(text, a) ? direct : other).push(a);
    out.push({ name, annotator, text, direct, other });
  }
  return out;
}

function parseAnn(ann: string, unit: (cp: number) => number): GoldAttribution[] {
  const spans = new Map<string, { label: string; spans: Span[] }>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [label, ...rest] = body.split(' ');
      const ranges = rest.join(' ').split(';').map((r) => r.trim().split(' ').map(Number));
      spans.set(id, { label, spans: ranges.map(([s, e]) => ({ start: unit(s), end: unit(e) })) });
    } else if (id.startsWith('E')) {
      events.push(Object.fromEntries(body.split(' ').map((p) => p.split(':') as [string, string])));
    }
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const content = e.Content ? spans.get(e.Content) : undefined;
    if (!content) continue;
    const source = e.Source ? spans.get(e.Source)?.spans[0] : undefined;
    out.push({ content: content.spans, source: source ? { ...source, text: '' } : null });
  }
  return out;
}

/**
 * A direct quote: an attribution whose content is inside quote marks, read as: some part of the content, trimmed of
 * spaces and punctuation, opens within two characters after an opening mark (“ or ") or at least half of its letters
 * lie between a pair of marks. Content that only holds a quoted phrase inside reported speech ("said it was “true”")
 * is not direct. Marks are paired per paragraph, straight and curly alike, independently of the extractor under test.
 */
export function isDirectQuote(text: string, a: GoldAttribution): boolean {
  for (const s of a.content) {
    let start = s.start;
    while (start < s.end && /[\s.,;:!?—–-]/.test(text[start])) start++;
    const opened = /[“"]/.test(text[start]) || /[“"]\s?$/.test(text.slice(Math.max(0, start - 2), start));
    if (opened) return true;
  }
  const quoted = quotedMask(text);
  let inside = 0;
  let letters = 0;
  for (const s of a.content) {
    for (let i = s.start; i < s.end; i++) {
      if (!/\p{L}/u.test(text[i])) continue;
      letters++;
      if (quoted[i]) inside++;
    }
  }
  return letters > 0 && inside / letters >= 0.5;
}

const maskCache = new Map<string, Uint8Array>();

/** For each character, 1 when it lies between a pair of double quote marks of its paragraph. */
function quotedMask(text: string): Uint8Array {
  const cached = maskCache.get(text);
  if (cached) return cached;
  const mask = new Uint8Array(text.length);
  for (const para of text.split(/(\n\s*\n)/).reduce<Array<[number, string]>>((acc, p) => {
    const at = acc.length ? acc[acc.length - 1][0] + acc[acc.length - 1][1].length : 0;
    acc.push([at, p]);
    return acc;
  }, [])) {
    const [at, p] = para;
    let open = -1;
    for (let i = 0; i < p.length; i++) {
      const c = p[i];
      if (c === '“' || (c === '"' && open < 0)) open = i;
      else if ((c === '”' || c === '"') && open >= 0) {
        mask.fill(1, at + open + 1, at + i);
        open = -1;
      }
    }
  }
  if (maskCache.size > 50) maskCache.clear();
  maskCache.set(text, mask);
  return mask;
}

/** Offsets in code points (as brat counts) to offsets in UTF-16 units (as JS strings count). */
function codePointToUnit(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (cp) => units[Math.min(cp, units.length - 1)];
}
