/**
 * Who says a figure: the attribution as written, without "according to" ("the regional health ministry",
 * "local authorities", "Interior Minister Teodora Brask"). The sample corpus's gold writes sources that way, so a
 * figure's `source` is the noun phrase of the attribution.
 *
 * Forms read, in a sentence: "X said (that) …", "…, X said.", "…, said X.", "according to X", "… N crowns (that)
 * X asked for"; speech verbs are said, says, told, reported, added, announced, estimated, confirmed, stated,
 * warned. "asked for", "appealed for" and "put the number at" count when no speech verb does.
 */

/** One attribution in a sentence (offsets relative to the sentence). */
export interface Attribution {
  /** The source as written. */
  source: string;
  /** Where the verb (or "according to") is. */
  cue: number;
  /** Where the source noun phrase starts and ends. */
  start: number;
  end: number;
  /** `left` when the source and verb come before what they report ("X said 26 …"), `right` when after. */
  form: 'left' | 'right';
  /** 1 for speech verbs and "according to", 2 for "asked for" and the like. */
  tier: 1 | 2;
}

const SPEECH_RE = /\b(?:said|says|told|tells|reported|reports|added|adds|announced|announces|estimated|estimates|confirmed|confirms|stated|states|warned)\b/g;
const TIER2_RE = /\b(?:asked (?:\S+ )?for|appealed for|called for|put (?:the|its) (?:number|figure|toll|total) at|put it at)\b/g;
const ACCORDING_RE = /\baccording to\s+/gi;
/** Honorifics whose full stop does not end a noun phrase; masked before matching. */
const HONORIFIC_RE = /\b(Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|Mt)\./g;
const BOUNDARY_WORDS = /^(?:that|and|but|while|as|when|after|before|because|which|who|where|if|so|than|with|adding)$/i;
/** Nouns that can be a source without a capital letter. */
const SOURCE_NOUNS = /\b(?:ministry|authorities|authority|officials?|police|agency|agencies|government|office|spokes(?:man|woman|person)|minister|governor|directorate|mayor|council|witnesses|residents|army|military|sources|officers?|service|department|rescuers|hospitals?|doctors|medics|organi[sz]ations?|group|committee|operator|company|he|she|they|we|i)\b/i;
const PRONOUN_RE = /^(?:he|she|they|we|i)$/i;

/** True when a source is a pronoun to be resolved from the sentences before. */
export function isPronoun(source: string): boolean {
  return PRONOUN_RE.test(source.trim());
}

/** Every attribution in a sentence. */
export function findAttributions(sentence: string): Attribution[] {
  const masked = sentence.replace(HONORIFIC_RE, (m) => `${m.slice(0, -1)}\u2024`);
  const out: Attribution[] = [];
  ACCORDING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACCORDING_RE.exec(masked))) {
    const start = m.index + m[0].length;
    const np = /^[^,;:.!?"“”]+/.exec(masked.slice(start))?.[0] ?? '';
    const cut = np.replace(/\s+(?:as|who|which|that|and said|since|after|because|while)\b.*$/, '').trimEnd();
    // "According to X, …" at the start of a sentence covers what follows it.
    const form = masked.slice(0, m.index).trim() === '' ? 'left' : 'right';
    if (cut) out.push({ source: sentence.slice(start, start + cut.length), cue: m.index, start, end: start + cut.length, form, tier: 1 });
  }
  for (const [re, tier] of [[SPEECH_RE, 1], [TIER2_RE, 2]] as const) {
    re.lastIndex = 0;
    while ((m = re.exec(masked))) {
      const before = masked.slice(0, m.index);
      const after = masked.slice(m.index + m[0].length);
      // Inverted: "…, said Regional Governor Ansel Dravik."
      if (tier === 1 && /,["”']?\s*$/.test(before)) {
        const inverted = /^\s+([^,;:.!?"“”]+)(?=\s*(?:[,;.!?]|$))/.exec(after);
        if (inverted && /^\p{Lu}/u.test(inverted[1]) && (inverted[1].match(/\S+/g) ?? []).length <= 8) {
          const start = m.index + m[0].length + inverted[0].length - inverted[1].length;
          out.push({ source: sentence.slice(start, start + inverted[1].length), cue: m.index, start, end: start + inverted[1].length, form: 'right', tier });
          continue;
        }
      }
      const np = subjectBefore(before);
      if (!np) continue;
      // "…, the ministry said." or "…, X told parliament on Thursday, adding …" reports what came before it.
      const trailing = /^(?:\s+[\p{L}\d.,']+){0,4}?\s*(?:[,;.!?]|$)/u.test(after) || /^\s*(?:[,;.!?]|$)/.test(after);
      const precededByClause = /[,;]\s*$/.test(masked.slice(0, np.start)) && np.start > 0;
      out.push({ source: sentence.slice(np.start, np.end), cue: m.index, start: np.start, end: np.end, form: trailing && precededByClause ? 'right' : 'left', tier });
    }
  }
  return out.sort((a, b) => a.cue - b.cue);
}

/** Marks that end a clause before a source. */
const CLAUSE_MARKS = ',;:—–"“”';

/** True for a character code that `\s` matches. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The noun phrase just before a verb: back to a comma, a clause word or the sentence start, cleaned. */
function subjectBefore(before: string): { start: number; end: number } | null {
  // `before` without its trailing spaces and commas, and the start of its last clause (after its last boundary mark),
  // read backwards from its end.
  let end = before.length;
  while (end > 0 && (before.charCodeAt(end - 1) === 44 || isSpaceCode(before.charCodeAt(end - 1)))) end--;
  const trimmed = before.slice(0, end);
  let start = end;
  while (start > 0 && !CLAUSE_MARKS.includes(trimmed[start - 1])) start--;
  let words = [...trimmed.slice(start).matchAll(/\S+/g)].map((w) => ({ text: w[0], start: start + w.index! }));
  for (let i = words.length - 1; i >= 0; i--) {
    if (BOUNDARY_WORDS.test(words[i].text) || /\d/.test(words[i].text)) {
      // After a number, its unit word is not part of the source ("65 million crowns aid agencies said").
      let j = i + 1;
      // After a number, its scale and unit are not part of the source ("65 million crowns aid agencies said").
      if (/\d/.test(words[i].text)) while (j < words.length - 1 && /^(?:million|billion|thousand|hundred|[a-z]+s)$/.test(words[j].text)) j++;
      words = words.slice(j);
      break;
    }
  }
  while (words.length > 0 && /^(?:has|had|have|also|later|then|previously|would|will|could|had|has|which|only|however)$/i.test(words[words.length - 1].text)) words.pop();
  // A place after the source ("the operator of the dam on the upper river") is not part of its name.
  const on = words.findIndex((w, i) => i >= 2 && /^(?:on|in|at)$/.test(w.text));
  if (on > 0) words = words.slice(0, on);
  if (words.length === 0 || words.length > 10) return null;
  const text = words.map((w) => w.text).join(' ');
  if (!/\p{Lu}/u.test(text) && !SOURCE_NOUNS.test(text)) return null;
  if (/^(?:it|this|that|there|which|what|who)$/i.test(text)) return null;
  const last = words[words.length - 1];
  return { start: words[0].start, end: last.start + last.text.length };
}

/**
 * The attribution that covers a number at `start` (offsets relative to the sentence): the nearest speech verb
 * before it whose report is not cut by "but", "while" or a semicolon; else the nearest one after it that reports
 * what came before ("…, the ministry said"); else a source right after the number ("65 million crowns aid
 * agencies said was needed"); then the same for "asked for" and the like. Null when none covers it.
 */
export function attributionFor(attributions: Attribution[], sentence: string, start: number, end: number): Attribution | null {
  for (const tier of [1, 2] as const) {
    let best: Attribution | null = null;
    for (const a of attributions) {
      if (a.tier !== tier || a.cue > start || a.end > start) continue;
      // A report after what it reports covers later numbers only when it goes on ("…, Brask said, adding that …").
      if (a.form === 'right' && !/\b(?:adding|saying)\b/.test(sentence.slice(a.end, start))) continue;
      if (/;|,\s*(?:but|while|whereas|as)\b/.test(sentence.slice(a.cue, start))) continue;
      if (!best || a.cue > best.cue) best = a;
    }
    if (best) return best;
    for (const a of attributions) {
      if (a.tier !== tier || a.cue < end) continue;
      if (a.form === 'right') return a;
      // A relative clause on the amount: "the 65 million crowns (that) aid agencies asked for".
      if (/^\s*(?:[\p{L}-]+\s+)?(?:that\s+|which\s+)?$/u.test(sentence.slice(end, a.start))) return a;
    }
  }
  return null;
}
