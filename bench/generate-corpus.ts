import { createWriteStream, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/model.js';
import { loadSampleArticles } from './sample-articles.js';
import { mulberry32 } from '../test/helpers/mulberry32.js';


const FIRST = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kaja', 'Luca', 'Mira', 'Niko', 'Olga', 'Pavel', 'Rosa', 'Sami', 'Tove', 'Umar', 'Vesna', 'Wim', 'Yara', 'Zoltan'];
const LAST = ['Abram', 'Berger', 'Cordes', 'Dahl', 'Eklund', 'Falk', 'Grau', 'Hollis', 'Ivers', 'Jansen', 'Kovac', 'Lund', 'Moser', 'Nyberg', 'Osei', 'Pardo', 'Quist', 'Ronn', 'Sauer', 'Tamm', 'Ulloa', 'Vidal', 'Weiss', 'Yilmaz'];
const PLACES = ['Ardenne', 'Belmoor', 'Carrow', 'Dunmere', 'Eskdale', 'Fennick', 'Galloway Cross', 'Harrowgate', 'Innisford', 'Jorvik Bay', 'Kestrel Point', 'Lowmere'];
/** Word swaps that keep sentences readable while breaking long shingles, so unrelated generated articles are not copies. */
const SWAPS: Record<string, string[]> = {
  said: ['said', 'stated', 'told reporters'], water: ['water', 'floodwater'], river: ['river', 'waterway'], town: ['town', 'village', 'city'],
  people: ['people', 'residents', 'villagers'], levee: ['levee', 'embankment', 'dyke'], flood: ['flood', 'deluge'], officials: ['officials', 'authorities'],
  homes: ['homes', 'houses'], rain: ['rain', 'rainfall'], morning: ['morning', 'dawn'], help: ['help', 'aid', 'assistance'],
  the: ['the'], after: ['after', 'following'], before: ['before', 'ahead of'], large: ['large', 'big'], small: ['small', 'little'],
};

/** One generated article, as a JSON-lines record the jsonl reader understands. */
export interface GeneratedRecord {
  url: string;
  title: string | null;
  text: string;
  published: string;
  outlet: string;
  authors: string[];
}

/**
 * Write a corpus of `size` articles as JSON lines, made deterministically from the sample corpus: each article is a
 * sample article with its people and places renamed, its dates moved by whole weeks (weekdays stay true), its numbers
 * changed, half its content words swapped for others of the corpus (so articles made from one sample text are not
 * copies of each other) and, to reach ~5 KB, the bodies of three other sample articles
 * appended. One in twenty is a planted copy (verbatim or lightly edited) of an earlier article.
 */
export async function generateCorpus(path: string, size: number, seed = 1): Promise<{ articles: number; bytes: number }> {
  const sample = (await loadSampleArticles()).filter((a) => !a.nonEnglish && a.published);
  const gold = JSON.parse(readFileSync(join(sampleDir(), 'gold.json'), 'utf8')) as { entities: Array<{ name: string; type: string; aliases: string[] }> };
  const people = gold.entities.filter((e) => e.type === 'person');
  const places = gold.entities.filter((e) => e.type === 'place').flatMap((e) => e.aliases).filter((p) => !/\s(river|valley|basin)$/i.test(p));
  const random = mulberry32(seed);
  // Content words of the sample corpus: generated articles swap half of theirs for others, so that articles made
  // from the same sample text are not copies of each other (only the planted ones are).
  const vocabulary = [...new Set(sample.flatMap((a) => a.text.match(/\b[a-z]{4,}\b/g) ?? []))].filter((w) => !FUNCTION_WORDS.has(w)).sort();
  // Written under another name and renamed when complete: the bench reuses a corpus file it finds, so a run killed
  // mid-way must not leave a short one behind.
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const recent: GeneratedRecord[] = [];
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const story = Math.floor(i / sample.length);
    let record: GeneratedRecord;
    if (i > 50 && random() < 0.05) {
      const original = recent[Math.floor(random() * recent.length)];
      record = { ...original, url: `https://copies${i % 7}.example/${i}`, outlet: `Copy Site ${i % 7}`, text: random() < 0.5 ? original.text : lightEdit(original.text, random) };
    } else {
      const base = sample[i % sample.length];
      const extra = sample[(i * 7 + 3) % sample.length];
      const more = sample[(i * 13 + 5) % sample.length];
      const last = sample[(i * 17 + 11) % sample.length];
      const rename = renamer(i, people, places);
      const weeks = story % 100; // within two years of the sample, so no date lies in the future
      const body = (a: Article) => rename(a.text.split('\n\n').slice(1).join('\n\n'));
      let text = [rename(base.text), body(extra), body(more), body(last)].filter(Boolean).join('\n\n');
      text = changeNumbers(swapWords(text, random, vocabulary), random);
      record = {
        url: `https://outlet${i % 40}.example/story/${story}/${i}`,
        title: base.title ? rename(base.title) + ` (${story})` : null,
        text,
        published: shiftDays(base.published!, weeks * 7),
        outlet: `Outlet ${i % 40}`,
        authors: base.authors.map(rename),
      };
    }
    recent.push(record);
    if (recent.length > 500) recent.shift();
    const line = JSON.stringify(record) + '\n';
    bytes += Buffer.byteLength(record.text);
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  renameSync(partial, path);
  return { articles: size, bytes };
}

function sampleDir(): string {
  return join(process.cwd(), 'examples', 'corpus');
}

function renamer(story: number, people: Array<{ name: string; aliases: string[] }>, places: string[]): (s: string) => string {
  const map = new Map<string, string>();
  people.forEach((p, k) => {
    const first = FIRST[(story * 7 + k * 3) % FIRST.length];
    const last = LAST[(story * 5 + k * 11) % LAST.length] + (story >= 24 ? String.fromCharCode(97 + (story % 26)) + 'son' : '');
    const [oldFirst, ...rest] = p.name.split(' ');
    map.set(oldFirst, first);
    map.set(rest.join(' '), last);
  });
  places.forEach((place, k) => map.set(place, PLACES[(story + k) % PLACES.length] + (story >= 12 ? ` ${story}` : '')));
  // One pass with one alternation, longest names first, instead of a regex per name.
  const re = new RegExp(`\\b(${[...map.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
  return (s) => s.replace(re, (m) => map.get(m) ?? m);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function swapWords(text: string, random: () => number, vocabulary: string[]): string {
  return text.replace(/\b[a-z]{4,}\b/g, (w) => {
    if (FUNCTION_WORDS.has(w) || random() >= 0.5) return w;
    const options = SWAPS[w];
    return options ? options[Math.floor(random() * options.length)] : vocabulary[Math.floor(random() * vocabulary.length)];
  });
}

/** Words that carry the grammar and the extraction cues (speech verbs, casualty words, qualifiers): never swapped. */
const FUNCTION_WORDS = new Set(['said', 'says', 'told', 'added', 'that', 'this', 'with', 'from', 'have', 'were', 'been', 'they', 'their', 'there',
  'which', 'would', 'will', 'when', 'after', 'before', 'more', 'than', 'least', 'about', 'nearly', 'almost', 'people', 'killed', 'dead', 'died',
  'injured', 'missing', 'displaced', 'evacuated', 'according', 'million', 'crowns', 'toll', 'death', 'bodies', 'residents', 'homes', 'minister',
  'mayor', 'governor', 'spokesman', 'spokeswoman', 'ministry', 'authority', 'what', 'where', 'into', 'over', 'under', 'some', 'still', 'only']);

function changeNumbers(text: string, random: () => number): string {
  return text.replace(/\b\d{1,3}(,\d{3})+\b|\b\d{2,5}\b/g, (n) => {
    const value = Number(n.replace(/,/g, ''));
    if (value >= 1900 && value <= 2100) return n;
    const changed = Math.max(1, Math.round(value * (0.5 + random())));
    return n.includes(',') ? changed.toLocaleString('en-US') : String(changed);
  });
}

function lightEdit(text: string, random: () => number): string {
  const paragraphs = text.split('\n\n');
  if (paragraphs.length > 3 && random() < 0.5) paragraphs.splice(paragraphs.length - 1, 1);
  return paragraphs.join('\n\n').replace(/\bsaid\b/, 'added');
}

function shiftDays(day: string, days: number): string {
  const d = new Date(day + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type { Article };
