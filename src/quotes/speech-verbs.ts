/**
 * A general lexicon of English speech and reporting verbs, in the forms a news report uses them (present, past,
 * participle). A quote is attributed only through one of these, so the list is the precision lever of the quote
 * stage: it holds verbs that introduce someone's words ("said", "told", "added", "called", "described", "wrote",
 * "tweeted", "insisted") and leaves out verbs of thought or perception that rarely frame a direct quote ("thought",
 * "saw", "felt"). Forms are lower case; look-ups lower-case the word first.
 */
const LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  call: ['call', 'calls', 'called', 'calling'],
  describe: ['describe', 'describes', 'described', 'describing'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  state: ['state', 'states', 'stated'],
  declare: ['declare', 'declares', 'declared'],
  announce: ['announce', 'announces', 'announced'],
  claim: ['claim', 'claims', 'claimed'],
  argue: ['argue', 'argues', 'argued'],
  admit: ['admit', 'admits', 'admitted'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  note: ['note', 'notes', 'noted'],
  recall: ['recall', 'recalls', 'recalled'],
  reply: ['reply', 'replies', 'replied'],
  respond: ['respond', 'responds', 'responded'],
  answer: ['answered'],
  shout: ['shout', 'shouts', 'shouted'],
  yell: ['yell', 'yells', 'yelled'],
  scream: ['screamed'],
  cry: ['cried'],
  whisper: ['whispered'],
  mutter: ['muttered'],
  remark: ['remark', 'remarks', 'remarked'],
  comment: ['commented'],
  continue: ['continued', 'continues'],
  conclude: ['concluded', 'concludes'],
  suggest: ['suggest', 'suggests', 'suggested'],
  predict: ['predicted'],
  promise: ['promise', 'promises', 'promised'],
  vow: ['vow', 'vows', 'vowed'],
  pledge: ['pledged'],
  urge: ['urge', 'urges', 'urged'],
  plead: ['pleaded'],
  demand: ['demanded'],
  complain: ['complain', 'complains', 'complained'],
  protest: ['protested'],
  boast: ['boasted'],
  joke: ['joked'],
  quip: ['quipped'],
  concede: ['concede', 'concedes', 'conceded'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  deny: ['denied'],
  report: ['reported', 'reports'],
  recount: ['recounted'],
  testify: ['testified'],
  assert: ['asserted'],
  contend: ['contended'],
  maintain: ['maintained'],
  reiterate: ['reiterated'],
  repeat: ['repeated'],
  stress: ['stressed'],
  emphasize: ['emphasized', 'emphasised'],
  observe: ['observed'],
  point: ['pointed'],
  label: ['labeled', 'labelled'],
  dub: ['dubbed'],
  brand: ['branded'],
  characterize: ['characterized', 'characterised'],
  mock: ['mocked', 'mocks'],
  blast: ['blasted'],
  slam: ['slammed'],
  criticize: ['criticized', 'criticised'],
  accuse: ['accused'],
  charge: ['charged'],
  chant: ['chanted'],
  read: ['read', 'reads'],
  exclaim: ['exclaimed'],
  sigh: ['sighed'],
  begin: ['began'],
  tout: ['touted'],
  caution: ['cautioned'],
  counter: ['countered'],
  retort: ['retorted'],
  interject: ['interjected'],
  muse: ['mused'],
  agree: ['agreed', 'agrees'],
  quote: ['quoted'],
  liken: ['likened'],
  compare: ['compared'],
  scold: ['scolded'],
  proclaim: ['proclaimed'],
  lament: ['lamented'],
  recommend: ['recommended'],
};

/** Present participles that open a clause of speech ("…, declaring it …", "telling reporters: …"). */
const PARTICIPLES: Record<string, string> = {
  declaring: 'declare', warning: 'warn', arguing: 'argue', noting: 'note', claiming: 'claim', accusing: 'accuse',
  urging: 'urge', promising: 'promise', vowing: 'vow', joking: 'joke', quipping: 'quip', suggesting: 'suggest',
  complaining: 'complain', announcing: 'announce', acknowledging: 'acknowledge', admitting: 'admit', stressing: 'stress',
  responding: 'respond', replying: 'reply', repeating: 'repeat', proclaiming: 'proclaim', yelling: 'yell',
  shouting: 'shout', describing: 'describe', recalling: 'recall', conceding: 'concede', boasting: 'boast',
  predicting: 'predict', insisting: 'insist', chanting: 'chant', telling: 'tell', asking: 'ask',
};

const FORMS = new Map<string, string>(Object.entries(PARTICIPLES));
for (const [lemma, forms] of Object.entries(LEMMAS)) for (const f of forms) FORMS.set(f, lemma);

/** The lemma of a speech-verb form ("told" → "tell"), or undefined when the word is not a speech verb. */
export function speechVerbLemma(word: string): string | undefined {
  return FORMS.get(word.toLowerCase());
}

/** True when the word is a form of a speech or reporting verb. */
export function isSpeechVerb(word: string): boolean {
  return FORMS.has(word.toLowerCase());
}

