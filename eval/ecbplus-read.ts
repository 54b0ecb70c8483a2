import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A mention of an entity marked in an ECB+ document. */
export interface EcbMention {
  id: string;
  /** The markable type: HUMAN_PART_PER, LOC_GEO, NON_HUMAN_PART, … */
  type: string;
  /** The tokens joined with spaces. */
  surface: string;
  /** True when the mention's first token opens its sentence. */
  sentenceStart: boolean;
  /** The cross-document instance id (`note` of its CROSS_DOC_COREF), or null. */
  instance: string | null;
}

/** One ECB+ document, rebuilt from its tokens. */
export interface EcbDoc {
  /** `36_1ecb`, `36_1ecbplus`. */
  name: string;
  topic: number;
  part: 'ecb' | 'ecbplus';
  /** Tokens joined with spaces, one sentence a line. */
  text: string;
  /** The first sentence that is not a URL. */
  title: string;
  entities: EcbMention[];
}

/** The usual split (Cybulska & Vossen 2015): dev topics, test topics 36–45, the rest train. */
export const ECB_SPLIT = {
  dev: [2, 5, 12, 18, 21, 23, 34, 35],
  test: [36, 37, 38, 39, 40, 41, 42, 43, 44, 45],
};

/** The topics of a split that the corpus holds. */
export function ecbTopics(root: string, split: 'dev' | 'test' | 'train'): number[] {
  const all = readdirSync(root).filter((d) => /^\d+$/.test(d)).map(Number).sort((a, b) => a - b);
  if (split === 'train') return all.filter((t) => !ECB_SPLIT.dev.includes(t) && !ECB_SPLIT.test.includes(t));
  return ECB_SPLIT[split].filter((t) => all.includes(t));
}

/** Read every document of the given topics. */
export function readEcbTopics(root: string, topics: number[]): EcbDoc[] {
  const docs: EcbDoc[] = [];
  for (const topic of topics) {
    const dir = join(root, String(topic));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) docs.push(parseEcbDoc(file, readFileSync(join(dir, file), 'utf8')));
  }
  return docs;
}

/** Parse one ECB+ (CROMER) XML document: tokens, entity markables and their cross-document instances. */
export function parseEcbDoc(file: string, xml: string): EcbDoc {
  const name = file.replace(/\.xml$/, '');
  const m = /^(\d+)_\d+(ecbplus|ecb)$/.exec(name);
  if (!m) throw new Error(`Cannot read ECB+ file ${file}: expected a name like 36_1ecb.xml.`);
  const tokens = new Map<string, { text: string; sentence: number; number: number }>();
  const sentences: string[][] = [];
  for (const t of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)" number="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const text = decode(t[4]);
    const sentence = Number(t[2]);
    tokens.set(t[1], { text, sentence, number: Number(t[3]) });
    (sentences[sentence] ??= []).push(text);
  }
  const lines = sentences.filter(Boolean).map((s) => s.join(' '));
  const isUrl = (s: string) => /^https?\s*:/.test(s) || /^www\s*\./.test(s);
  const title = lines.find((l) => !isUrl(l)) ?? '';

  const instanceOf = new Map<string, string>();
  for (const r of xml.matchAll(/<CROSS_DOC_COREF[^>]*note="([^"]+)"[^>]*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    for (const s of r[2].matchAll(/<source m_id="(\d+)"/g)) instanceOf.set(s[1], r[1]);
  }
  const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  const entities: EcbMention[] = [];
  for (const k of markables.matchAll(/<((?:HUMAN_PART|LOC|NON_HUMAN_PART)[A-Z_]*) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g)) {
    const anchors = [...k[3].matchAll(/t_id="(\d+)"/g)].map((a) => tokens.get(a[1])).filter((t) => t !== undefined);
    if (!anchors.length) continue;
    entities.push({
      id: k[2],
      type: k[1],
      surface: anchors.map((a) => a.text).join(' '),
      sentenceStart: anchors[0].number === 0,
      instance: instanceOf.get(k[2]) ?? null,
    });
  }
  return { name, topic: Number(m[1]), part: m[2] as 'ecb' | 'ecbplus', text: lines.join('\n'), title, entities };
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
