/**
 * Word lists the speaker rules read: titles that come before a name, nouns that make a phrase an organisation,
 * nouns for people that make a phrase an anonymous source, and pronouns. All general English; none is keyed to a
 * corpus.
 */

/** Titles and roles written before a name ("Governor", "Sen.", "spokesman"); lower case, without a final dot. */
export const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father',
  'president', 'vice', 'prime', 'minister', 'secretary', 'governor', 'gov', 'lt', 'lieutenant', 'mayor', 'senator', 'sen',
  'representative', 'rep', 'congressman', 'congresswoman', 'speaker', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'judge', 'justice', 'attorney', 'general', 'gen', 'col', 'colonel', 'capt', 'captain', 'maj', 'major',
  'sgt', 'sergeant', 'officer', 'chief', 'commissioner', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'spokesman',
  'spokeswoman', 'spokesperson', 'engineer', 'deputy', 'ambassador', 'councillor', 'councilor', 'councilman',
  'councilwoman', 'candidate', 'nominee', 'leader', 'sheriff', 'inspector', 'superintendent', 'coach', 'pope', 'bishop',
  'cardinal', 'rabbi', 'imam', 'detective', 'constable', 'adviser', 'advisor', 'aide', 'manager', 'head', 'founder',
  'economist', 'analyst', 'professor', 'dean', 'editor', 'correspondent', 'host', 'anchor', 'pastor', 'emir', 'sheikh',
]);

/** Head nouns that make a phrase an organisation ("the ministry", "the rebel group", "Reuters' office"). */
export const ORG_NOUNS = new Set([
  'ministry', 'authority', 'authorities', 'directorate', 'agency', 'office', 'department', 'government', 'administration',
  'police', 'army', 'military', 'council', 'committee', 'commission', 'campaign', 'party', 'group', 'company', 'firm',
  'corporation', 'corp', 'inc', 'ltd', 'association', 'union', 'federation', 'organisation', 'organization', 'institute',
  'university', 'college', 'school', 'hospital', 'court', 'service', 'services', 'bureau', 'board', 'bank', 'fund',
  'foundation', 'network', 'newspaper', 'station', 'embassy', 'parliament', 'congress', 'senate', 'house', 'cabinet',
  'team', 'club', 'league', 'coalition', 'alliance', 'movement', 'society', 'center', 'centre', 'unit', 'force', 'forces',
  'navy', 'ministries', 'spokesman\'s', 'secretariat', 'presidency', 'kremlin', 'pentagon', 'tribunal',
  'prosecutors', 'prosecutor\'s', 'regulator', 'watchdog', 'utility', 'operator', 'airline', 'charity', 'mission',
  'directorate-general', 'times', 'post', 'journal', 'news', 'press', 'reuters', 'magazine', 'broadcaster', 'channel',
]);

/** Nouns for people that make an undetermined phrase an anonymous source ("a senior official", "two people"). */
export const PERSON_NOUNS = new Set([
  'official', 'officials', 'source', 'sources', 'person', 'people', 'man', 'men', 'woman', 'women', 'resident',
  'residents', 'witness', 'witnesses', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser',
  'advisers', 'advisor', 'advisors', 'diplomat', 'diplomats', 'officer', 'officers', 'analyst', 'analysts', 'expert',
  'experts', 'member', 'members', 'worker', 'workers', 'volunteer', 'volunteers', 'farmer', 'farmers', 'voter', 'voters',
  'supporter', 'supporters', 'critic', 'critics', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'friend', 'friends',
  'executive', 'executives', 'staffer', 'staffers', 'lawmaker', 'lawmakers', 'employee', 'employees', 'insider',
  'insiders', 'survivor', 'survivors', 'owner', 'teacher', 'doctor', 'doctors', 'nurse', 'engineer', 'engineers',
  'engineer', 'student', 'students', 'protester', 'protesters', 'activist', 'activists', 'strategist', 'strategists',
  'operative', 'operatives', 'manager', 'leader', 'leaders', 'minister', 'ministers', 'mother', 'father', 'someone',
  'reporter', 'reporters', 'observer', 'observers', 'delegate', 'delegates', 'aid', 'representative', 'representatives',
  'candidate', 'official\'s', 'one', 'others', 'many', 'some', 'several', 'both', 'all',
]);

/** Pronouns a speaker may be referred to by, with the gender they carry (`p` for plural, `x` for unknown). */
export const SPEAKER_PRONOUNS: Record<string, 'm' | 'f' | 'p' | 'x'> = {
  he: 'm', she: 'f', they: 'p', i: 'x', we: 'p', it: 'x',
};

/** Titles that tell a person's gender. */
export const GENDERED_TITLES: Record<string, 'm' | 'f'> = {
  mr: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', father: 'm', congressman: 'm', spokesman: 'm', chairman: 'm',
  councilman: 'm', mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f', congresswoman: 'f',
  spokeswoman: 'f', chairwoman: 'f', councilwoman: 'f',
};

/**
 * Common English given names by gender, so "she" is not resolved to a man. A short list of frequent names: a name not
 * in it has unknown gender and stays compatible with either pronoun.
 */
const MALE = 'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis mike bill bob tom jim tim ted chris ali mohammed muhammad ahmed omar hassan'.split(' ');
const FEMALE = 'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary chelsea sarah elizabeth angela theresa michelle nancy'.split(' ');

/** The gender a given name usually has, or undefined. */
export function nameGender(first: string): 'm' | 'f' | undefined {
  const w = first.toLowerCase();
  if (FEMALE_SET.has(w)) return 'f';
  if (MALE_SET.has(w)) return 'm';
  return undefined;
}
const MALE_SET = new Set(MALE);
const FEMALE_SET = new Set(FEMALE);

/** A word's lower-case form without a trailing dot ("Gov." → "gov"). */
export function bare(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** Nouns for a written statement: "a statement saying …" speaks for whoever put it out. */
export const DOCUMENT_NOUNS = new Set(['statement', 'release', 'letter', 'memo', 'email', 'e-mail', 'tweet', 'post', 'note', 'report', 'ad', 'advert', 'advertisement', 'video', 'message', 'filing', 'complaint', 'op-ed', 'column', 'editorial']);
