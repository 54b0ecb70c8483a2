/**
 * A word's lexical class as wink-nlp's English model sees it before any context: its default tag, the set of tags
 * it may take and wink's hint for its rules (`NOUN|NOUN_VERB|0`). wink starts every word at its default tag and lets a
 * few rules over neighbouring tags change it within that set, so the class of the word and of its neighbours is the
 * best single clue to the tag wink gives. The tagger's model carries wink's lexicon of classes.
 */
export interface Lexicon {
  /** Word form (case as written) → index into `classes`: a Map, or the sorted table a model file decodes to. */
  forms: FormTable;
  classes: string[];
}

/** Word form → number, as a Map or a `SortedForms` gives it. */
export interface FormTable extends Iterable<[string, number]> {
  get(form: string): number | undefined;
  readonly size: number;
}

/** wink's default tags for words outside its lexicon, by ending and by beginning (wink-eng-lite-web-model feature.js). */
const SUFFIX_TAGS = new Map(
  Object.entries({
    ing: 'VERB', ed: 'VERB', ly: 'ADV', able: 'ADJ', tish: 'ADJ', like: 'ADJ', ous: 'ADJ', ful: 'ADJ', ary: 'ADJ', less: 'ADJ',
    ier: 'ADJ', est: 'ADJ', fy: 'ADJ', ky: 'ADJ', es: 'NOUN', er: 'NOUN', or: 'NOUN', ity: 'NOUN', ion: 'NOUN',
    llah: 'PROPN', stan: 'PROPN', gton: 'PROPN', abad: 'PROPN', land: 'PROPN', pur: 'PROPN', tnam: 'PROPN',
  }),
);
const PREFIX_TAGS = new Map(Object.entries({ anti: 'ADJ', post: 'ADJ', non: 'ADJ', cross: 'NOUN' }));
const LOWER_WORD = /^[a-z][a-z\-\u2013\u2014.]*$/;

/**
 * The class of a word form. A form outside the lexicon gets the default tag wink would give it: its lower-case form's
 * (a noun or adjective written with a capital becomes a proper noun), else a proper noun unless it is all lower-case,
 * else a tag from its ending or beginning, else a noun.
 */
export function lexicalClass(form: string, lexicon: Lexicon): string {
  const known = lexicon.forms.get(form);
  if (known !== undefined) return lexicon.classes[known];
  const lower = form.toLowerCase();
  const lowerClass = lexicon.forms.get(lower);
  if (lowerClass !== undefined) {
    const [tag, set] = lexicon.classes[lowerClass].split('|');
    return `oov-case|${tag === 'NOUN' || tag === 'ADJ' ? 'PROPN' : tag}|${set}`;
  }
  if (!LOWER_WORD.test(form)) return 'oov|PROPN';
  const tag =
    SUFFIX_TAGS.get(lower.slice(-4)) ??
    SUFFIX_TAGS.get(lower.slice(-3)) ??
    SUFFIX_TAGS.get(lower.slice(-2)) ??
    PREFIX_TAGS.get(lower.slice(0, 5)) ??
    PREFIX_TAGS.get(lower.slice(0, 4)) ??
    PREFIX_TAGS.get(lower.slice(0, 3)) ??
    PREFIX_TAGS.get(lower.slice(0, 2)) ??
    'NOUN';
  return `oov|${tag}`;
}
