/**
 * General English word lists the entity functions share: honorifics, titles, heads of organisation and place names,
 * nationalities. Nothing here names a particular story's people or places; every list is what any newsroom style
 * guide would give. All entries are lower case; callers lower-case before looking up.
 */

/** Honorifics that stay part of a name mention ("Dr. Amara Selvik"), with the gender they imply, if any. */
export const HONORIFICS: ReadonlyMap<string, 'f' | 'm' | null> = new Map<string, 'f' | 'm' | null>([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['sir', 'm'],
  ['dame', 'f'], ['lady', 'f'], ['lord', 'm'], ['dr', null], ['dr.', null], ['prof', null], ['prof.', null],
  ['professor', null], ['rev', null], ['rev.', null], ['reverend', null], ['mx', null], ['mx.', null],
]);

/**
 * Titles and roles that head a person's description, written before a name ("Mayor Ruth Halloran", "chief engineer
 * Declan Halloran") or in apposition ("X, the river authority's chief engineer,"). The last word of a role is looked
 * up here.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'governor', 'mayor', 'president', 'vice-president', 'premier', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp', 'deputy', 'councillor',
  'councilor', 'alderman', 'secretary', 'ambassador', 'envoy', 'consul', 'commissioner', 'spokesman', 'spokeswoman',
  'spokesperson', 'adviser', 'advisor', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'director-general',
  'head', 'chief', 'leader', 'coordinator', 'co-ordinator', 'manager', 'officer', 'official', 'engineer', 'inspector',
  'superintendent', 'commander', 'general', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'constable',
  'judge', 'justice', 'magistrate', 'prosecutor', 'lawyer', 'attorney', 'solicitor', 'barrister', 'professor',
  'lecturer', 'teacher', 'headteacher', 'principal', 'doctor', 'surgeon', 'nurse', 'paramedic', 'scientist',
  'researcher', 'economist', 'analyst', 'hydrologist', 'meteorologist', 'forecaster', 'founder', 'ceo', 'executive',
  'owner', 'farmer', 'baker', 'shopkeeper', 'trader', 'fisherman', 'driver', 'pilot', 'firefighter', 'volunteer',
  'worker', 'student', 'pensioner', 'resident', 'evacuee', 'survivor', 'witness', 'activist', 'campaigner', 'bishop',
  'priest', 'imam', 'rabbi', 'pastor', 'pope', 'editor', 'reporter', 'correspondent', 'author', 'writer', 'coach',
  'player', 'striker', 'goalkeeper', 'president-elect', 'candidate', 'nominee', 'treasurer', 'auditor', 'registrar',
  'administrator', 'representative', 'delegate', 'negotiator', 'mediator', 'chaplain', 'sheriff', 'marshal',
  'warden', 'ranger', 'dean', 'rector', 'provost', 'vicar', 'mother', 'father', 'widow', 'neighbour', 'neighbor',
]);

/**
 * Capitalised words that can stand before a title in a pre-nominal title ("Interior Minister", "Regional Governor",
 * "Deputy National Security Adviser"): portfolios and rank words. Stripped from the front of a name with the title.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'interior', 'finance', 'foreign', 'defence', 'defense', 'health', 'home', 'justice', 'education', 'energy',
  'environment', 'agriculture', 'transport', 'trade', 'labour', 'labor', 'culture', 'economy', 'development',
  'security', 'national', 'regional', 'state', 'federal', 'prime', 'deputy', 'vice', 'acting', 'former', 'chief',
  'senior', 'junior', 'assistant', 'associate', 'executive', 'general', 'town', 'city', 'county', 'district',
  'provincial', 'lord', 'attorney', 'press', 'police', 'army', 'opposition', 'party', 'union', 'house', 'shadow',
  'secretary', 'first', 'supreme', 'high', 'lieutenant', 'major', 'managing', 'emergency', 'water', 'communications',
  'public', 'civil', 'protection', 'affairs', 'science', 'technology', 'housing', 'immigration', 'interim',
]);

/** Last words that make a capitalised name an organisation ("… Ministry", "… River Authority", "… Relief Society"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'authority', 'agency', 'directorate', 'service', 'services', 'council', 'party', 'army', 'navy',
  'bank', 'hospital', 'university', 'college', 'school', 'society', 'office', 'department', 'commission', 'committee',
  'union', 'association', 'institute', 'institution', 'corporation', 'company', 'co', 'co.', 'inc', 'inc.', 'ltd',
  'ltd.', 'plc', 'llc', 'group', 'court', 'police', 'parliament', 'assembly', 'congress', 'senate', 'federation',
  'league', 'foundation', 'fund', 'programme', 'program', 'organisation', 'organization', 'board', 'bureau', 'force',
  'forces', 'command', 'club', 'church', 'trust', 'charity', 'network', 'alliance', 'coalition', 'movement', 'front',
  'brigade', 'guard', 'tribunal', 'cabinet', 'government', 'administration', 'secretariat', 'centre', 'center',
  'observatory', 'laboratory', 'airlines', 'airways', 'railways', 'times', 'post', 'herald', 'gazette', 'courier',
  'tribune', 'journal', 'news', 'press', 'telegraph', 'guardian', 'ledger', 'dispatch', 'chronicle', 'review',
  'industries', 'holdings', 'partners', 'systems', 'mission', 'cross', 'crescent', 'caritas', 'house', 'treasury',
  'pentagon', 'kremlin', 'nations',
]);

/** First words that make a capitalised name an organisation ("Radio X", "Bank of X", "Ministry of X"). */
export const ORG_PREFIXES: ReadonlySet<string> = new Set([
  'radio', 'ministry', 'bank', 'university', 'department', 'office', 'house', 'court', 'council', 'institute',
]);

/** Last words that make a capitalised name a place ("X River", "X Dam", "X Street"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'river', 'dam', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'channel', 'canal', 'valley', 'basin', 'delta',
  'mountain', 'mountains', 'hills', 'hill', 'peak', 'island', 'islands', 'isle', 'peninsula', 'coast', 'desert',
  'forest', 'park', 'plain', 'plains', 'street', 'st', 'st.', 'road', 'rd', 'avenue', 'ave', 'lane', 'boulevard',
  'square', 'quay', 'bridge', 'highway', 'motorway', 'way', 'drive', 'crescent', 'terrace', 'place', 'province',
  'county', 'district', 'region', 'state', 'city', 'town', 'village', 'republic', 'kingdom', 'emirates', 'heights',
  'falls', 'springs', 'harbour', 'harbor', 'port', 'airport', 'station', 'fjord', 'glacier', 'reservoir',
]);

/** Lower-case words that follow a capitalised name to make a place ("Orvane valley", "Danube basin"). */
export const LOWER_PLACE_HEADS: ReadonlySet<string> = new Set(['valley', 'basin', 'delta', 'region', 'province', 'river', 'estuary', 'plain', 'plateau']);

/** First words that make a capitalised name a place ("Lake X", "Mount X", "Cape X"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['lake', 'mount', 'mt', 'mt.', 'cape', 'port', 'fort', 'isle', 'gulf', 'bay', 'glen', 'loch']);

/** Prepositions that put a following capitalised name in the place column ("in Brennick", "near the X Dam"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'towards', 'toward', 'outside', 'inside', 'across', 'through', 'around',
  'downstream', 'upstream', 'below', 'above', 'via', 'across', 'throughout', 'north', 'south', 'east', 'west', 'off',
]);

/** Lower-case nouns that, before "of", make the next capitalised name a place ("the village of X", "centre of X"). */
export const PLACE_OF_NOUNS: ReadonlySet<string> = new Set([
  'village', 'town', 'city', 'centre', 'center', 'capital', 'outskirts', 'suburb', 'suburbs', 'region', 'province',
  'state', 'district', 'county', 'municipality', 'port', 'island', 'residents', 'people', 'streets', 'mayor', 'east',
  'west', 'north', 'south', 'heart', 'edge', 'part', 'parts',
]);

/** Plural nationality nouns, which are groups of people ("Kenyans"). A general list, not exhaustive. */
export const NATIONALITY_PLURALS: ReadonlySet<string> = new Set([
  'americans', 'britons', 'canadians', 'mexicans', 'brazilians', 'argentines', 'chileans', 'colombians', 'peruvians',
  'venezuelans', 'cubans', 'haitians', 'germans', 'italians', 'spaniards', 'portuguese', 'dutch', 'belgians',
  'austrians', 'swiss', 'swedes', 'norwegians', 'danes', 'finns', 'poles', 'czechs', 'slovaks', 'hungarians',
  'romanians', 'bulgarians', 'greeks', 'turks', 'serbs', 'croats', 'bosnians', 'albanians', 'ukrainians', 'russians',
  'belarusians', 'georgians', 'armenians', 'iranians', 'iraqis', 'syrians', 'lebanese', 'israelis', 'palestinians',
  'jordanians', 'egyptians', 'libyans', 'tunisians', 'algerians', 'moroccans', 'sudanese', 'ethiopians', 'eritreans',
  'somalis', 'kenyans', 'ugandans', 'tanzanians', 'rwandans', 'congolese', 'nigerians', 'ghanaians', 'senegalese',
  'malians', 'cameroonians', 'angolans', 'zimbabweans', 'zambians', 'mozambicans', 'south africans', 'afghans',
  'pakistanis', 'indians', 'bangladeshis', 'sri lankans', 'nepalis', 'chinese', 'japanese', 'koreans', 'vietnamese',
  'thais', 'filipinos', 'indonesians', 'malaysians', 'australians', 'new zealanders', 'saudis', 'yemenis', 'kurds',
  'europeans', 'africans', 'asians', 'arabs', 'latinos',
]);

/** Nationality adjectives: alone before a noun they describe ("Israeli forces") and are not names. A general list. */
export const NATIONALITY_ADJECTIVES: ReadonlySet<string> = new Set([
  'american', 'british', 'french', 'german', 'italian', 'spanish', 'portuguese', 'dutch', 'belgian', 'swiss',
  'austrian', 'irish', 'scottish', 'welsh', 'english', 'swedish', 'norwegian', 'danish', 'finnish', 'icelandic',
  'polish', 'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'greek', 'turkish', 'cypriot', 'serbian',
  'croatian', 'bosnian', 'albanian', 'ukrainian', 'russian', 'belarusian', 'georgian', 'armenian', 'iranian',
  'iraqi', 'syrian', 'lebanese', 'israeli', 'palestinian', 'jordanian', 'egyptian', 'libyan', 'tunisian',
  'algerian', 'moroccan', 'sudanese', 'ethiopian', 'eritrean', 'somali', 'kenyan', 'ugandan', 'tanzanian',
  'rwandan', 'congolese', 'nigerian', 'ghanaian', 'senegalese', 'malian', 'african', 'afghan', 'pakistani',
  'indian', 'bangladeshi', 'nepali', 'chinese', 'japanese', 'korean', 'vietnamese', 'thai', 'filipino',
  'indonesian', 'malaysian', 'australian', 'canadian', 'mexican', 'brazilian', 'argentine', 'chilean',
  'colombian', 'peruvian', 'venezuelan', 'cuban', 'haitian', 'saudi', 'yemeni', 'qatari', 'emirati', 'kuwaiti',
  'european', 'asian', 'arab', 'kurdish', 'latin', 'western', 'eastern', 'northern', 'southern',
]);

/** Plural nouns for groups of people that news text counts and quotes ("residents", "farmers"): group entities. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'residents', 'villagers', 'townspeople', 'locals', 'inhabitants', 'citizens', 'farmers', 'fishermen', 'workers',
  'families', 'evacuees', 'refugees', 'migrants', 'survivors', 'victims', 'civilians', 'protesters', 'demonstrators',
  'voters', 'students', 'pupils', 'parents', 'patients', 'volunteers', 'rescuers', 'firefighters', 'soldiers',
  'troops', 'officials', 'shopkeepers', 'traders', 'stallholders', 'passengers', 'pilgrims', 'tourists', 'neighbours',
  'neighbors', 'homeowners', 'tenants', 'pensioners', 'children', 'hostages', 'prisoners', 'detainees',
]);

/** Countries and a few world regions, a general gazetteer: a name here is a place whatever its context. */
export const COUNTRIES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'bulgaria', 'cambodia', 'cameroon', 'canada',
  'chad', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus', 'denmark', 'ecuador', 'egypt',
  'eritrea', 'estonia', 'ethiopia', 'finland', 'france', 'georgia', 'germany', 'ghana', 'greece', 'guatemala',
  'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy',
  'japan', 'jordan', 'kazakhstan', 'kenya', 'kosovo', 'kuwait', 'laos', 'latvia', 'lebanon', 'libya', 'lithuania',
  'luxembourg', 'madagascar', 'malawi', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco',
  'mozambique', 'myanmar', 'namibia', 'nepal', 'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman',
  'pakistan', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia',
  'rwanda', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'sweden',
  'switzerland', 'syria', 'taiwan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'uganda', 'ukraine', 'uruguay',
  'uzbekistan', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'europe', 'africa', 'asia', 'america',
  'britain', 'england', 'scotland', 'wales', 'd.c.', 'u.s.', 'us', 'usa', 'uk', 'u.k.', 'eu', 'gaza', 'crimea', 'kashmir',
]);

/** Joining words allowed inside a name between capitalised words ("Jean de la Fontaine", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'y']);

/**
 * Capitalised words that open sentences and headings but are never names by themselves: determiners, pronouns,
 * conjunctions, prepositions, weekdays and months (dates are another stage's business).
 */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'there', 'here', 'and', 'but', 'or', 'so', 'yet', 'if', 'when', 'while', 'as',
  'in', 'on', 'at', 'by', 'for', 'from', 'with', 'after', 'before', 'during', 'since', 'until', 'of', 'to', 'about',
  'some', 'many', 'most', 'all', 'each', 'every', 'no', 'not', 'nobody', 'somebody', 'everybody', 'none', 'one',
  'two', 'three', 'what', 'who', 'why', 'how', 'where', 'which', 'asked', 'across', 'inside', 'outside', 'later',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow', 'tonight',
  'god', 'ok', 'tv', 'am', 'pm', 'a.m.', 'p.m.', 'oh', 'yes', 'mr', 'ms', 'mrs', 'dr', 'then', 'now', 'also',
  'gmt', 'utc', 'edt', 'est', 'cet', 'cest', 'bst', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'ist',
  'christmas', 'easter', 'ramadan', 'thanksgiving', 'halloween', 'hanukkah', 'diwali',
  'meanwhile', 'however', 'still', 'even', 'only', 'just', 'once', 'again', 'please', 'let', 'do', 'don’t', "don't",
]);

/** Pronouns that can refer to a person, with their gender. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/** Verbs of saying: a capitalised name next to one is a speaker, usually a person or an organisation. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'asked', 'replied', 'explained', 'warned', 'insisted', 'stated',
  'announced', 'claimed', 'argued', 'noted', 'wrote', 'recalled', 'urged', 'confirmed', 'denied', 'described', 'called',
]);
