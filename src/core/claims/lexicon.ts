/**
 * The engine's vocabulary as data: cue verbs, titles and roles, anonymous and vague source words,
 * organisation words, news outlets, media and document words. Rules read these tables; adding a cue
 * verb or an outlet is a one-line change here.
 */

/** Which subjects a cue accepts: any source, or only written sources ("a study found"). */
export type CueSubject = 'any' | 'document';

/** One surface form of a reporting verb. */
export interface CueVerb {
  /** The form shown as the attribution's cue (the word as it appears, lower-cased). */
  lemma: string;
  subject: CueSubject;
  /** The medium the verb itself implies ("tweeted" → tweet). */
  medium?: string;
}

/** Reporting verbs in every inflection we attribute on. */
const CUE_TABLE: ReadonlyArray<[forms: string, subject: CueSubject, medium?: string]> = [
  ['say says said saying', 'any'],
  ['tell tells told telling', 'any'],
  ['add adds added adding', 'any'],
  ['write writes wrote written writing', 'any'],
  ['tweet tweets tweeted tweeting', 'any', 'tweet'],
  ['retweet retweets retweeted', 'any', 'tweet'],
  ['post posts posted posting', 'any', 'post'],
  ['warn warns warned warning', 'any'],
  ['argue argues argued arguing', 'any'],
  ['claim claims claimed claiming', 'any'],
  ['insist insists insisted insisting', 'any'],
  ['note notes noted noting', 'any'],
  ['acknowledge acknowledges acknowledged acknowledging', 'any'],
  ['state states stated stating', 'any'],
  ['announce announces announced announcing', 'any'],
  ['confirm confirms confirmed confirming', 'any'],
  ['deny denies denied denying', 'any'],
  ['declare declares declared declaring', 'any'],
  ['explain explains explained explaining', 'any'],
  ['report reports reported reporting', 'any'],
  ['allege alleges alleged alleging', 'any'],
  ['assert asserts asserted asserting', 'any'],
  ['contend contends contended contending', 'any'],
  ['maintain maintains maintained', 'any'],
  ['predict predicts predicted predicting', 'any'],
  ['pledge pledges pledged pledging', 'any'],
  ['vow vows vowed vowing', 'any'],
  ['promise promises promised promising', 'any'],
  ['admit admits admitted admitting', 'any'],
  ['concede concedes conceded conceding', 'any'],
  ['recall recalls recalled recalling', 'any'],
  ['suggest suggests suggested suggesting', 'any'],
  ['estimate estimates estimated estimating', 'any'],
  ['believe believes believed', 'any'],
  ['expect expects expected', 'any'],
  ['fear fear feared', 'any'],
  ['hail hails hailed hailing', 'any'],
  ['praise praises praised', 'any'],
  ['criticize criticizes criticized criticise criticises criticised', 'any'],
  ['condemn condemns condemned', 'any'],
  ['accuse accuses accused', 'any'],
  ['urge urges urged urging', 'any'],
  ['reply replies replied', 'any'],
  ['respond responds responded', 'any'],
  ['ask asks asked', 'any'],
  ['testify testifies testified', 'any'],
  ['comment comments commented', 'any'],
  ['remark remarks remarked', 'any'],
  ['emphasize emphasizes emphasized emphasise emphasised stress stresses stressed', 'any'],
  ['caution cautions cautioned', 'any'],
  ['disclose discloses disclosed', 'any'],
  ['reveal reveals revealed', 'any'],
  ['insist insists', 'any'],
  ['agree agrees agreed', 'any'],
  ['counter counters countered', 'any'],
  ['disagree disagrees disagreed', 'any'],
  ['call calls called', 'any'],
  ['rule rules ruled', 'any'],
  ['dispute disputes disputed', 'any'],
  ['understand understands', 'any'],
  ['blame blames blamed', 'any'],
  ['observe observes observed', 'any'],
  ['propose proposes proposed', 'any'],
  ['mention mentions mentioned', 'any'],
  ['describe describes described', 'any'],
  ['find finds found', 'document'],
  ['read reads', 'document'],
  ['show shows showed shown', 'document'],
  ['indicate indicates indicated', 'document'],
  ['conclude concludes concluded', 'document'],
  ['project projects projected', 'document'],
];

/** Cue verbs keyed by their surface form (lower case). */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = new Map(
  CUE_TABLE.flatMap(([forms, subject, medium]) =>
    forms.split(' ').map((f): [string, CueVerb] => [f, medium ? { lemma: f, subject, medium } : { lemma: f, subject }]),
  ),
);

/**
 * Verbs whose subject is only a source when a "that"-clause or a quote follows ("a study found that…",
 * not "police found a body"). Checked by the attribution rule.
 */
export const NEEDS_COMPLEMENT: ReadonlySet<string> = new Set([
  'find', 'finds', 'found', 'show', 'shows', 'showed', 'shown', 'indicate', 'indicates', 'indicated',
  'expect', 'expects', 'expected', 'believe', 'believes', 'believed', 'fear', 'feared', 'note', 'notes', 'noted',
  'rule', 'rules', 'ruled', 'call', 'calls', 'called', 'add', 'adds', 'added', 'post', 'posts', 'posted', 'state', 'states', 'write', 'writes', 'wrote', 'written', 'declare', 'declares', 'declared',
  'tweet', 'tweets', 'tweeted', 'retweeted', 'report', 'reports', 'reported', 'ask', 'asks', 'asked', 'agree', 'agrees', 'agreed', 'project', 'projects', 'projected',
  'observe', 'observed', 'mention', 'mentions', 'mentioned', 'propose', 'proposed', 'reveal', 'reveals',
  'revealed', 'disclose', 'disclosed', 'maintain', 'maintains', 'maintained', 'recall', 'recalls', 'recalled', 'estimate', 'estimates', 'estimated',
  'praise', 'praised', 'praises', 'condemn', 'condemned', 'condemns', 'blame', 'blamed', 'blames', 'respond',
  'responded', 'responds', 'comment', 'commented', 'comments', 'counter', 'countered', 'counters',
]);

/** Auxiliaries and adverbs that may stand between a subject and its cue verb ("has also said"). */
export const VERB_GAP_WORDS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'later', 'previously', 'repeatedly', 'recently', 'publicly', 'privately',
  'then', 'once', 'again', 'further', 'strongly', 'separately', 'earlier', 'would', 'will', 'did', 'does',
  'do', 'reportedly', 'allegedly', 'already', 'often', 'frequently', 'long', 'openly', 'explicitly', 'firmly',
  'flatly', 'angrily', 'quickly', 'subsequently', 'initially', 'first', 'last', 'however', 'may',
  'might', 'could', 'can', "'d", "'ll", "'ve", 'widely', 'simply', 'nevertheless', 'nonetheless', 'also',
  'clearly', 'bluntly', 'tersely', 'quietly', 'immediately', 'finally', 'still', 'even', 'only', 'just',
]);

/** Speaker-inverting position: `"…," said X`. These forms may precede their subject. */
export const INVERTIBLE_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'wrote', 'tweeted', 'posted', 'warned', 'argued', 'noted', 'stated', 'explained',
  'continued', 'replied', 'asked', 'insisted', 'recalled', 'declared', 'claimed', 'acknowledged', 'admitted',
  'countered', 'cautioned', 'observed', 'according',
]);

/** Job titles and roles: part of a speaker's description, never of their name. Lower case. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'adviser', 'advisor', 'ambassador', 'envoy', 'chancellor', 'governor', 'senator', 'sen.', 'rep.',
  'representative', 'congressman', 'congresswoman', 'mayor', 'chairman', 'chairwoman', 'chair', 'director',
  'chief', 'head', 'leader', 'commander', 'general', 'gen.', 'admiral', 'colonel', 'col.', 'captain',
  'lieutenant', 'sergeant', 'officer', 'official', 'officials', 'correspondent', 'reporter', 'editor',
  'analyst', 'economist', 'professor', 'prof.', 'dr.', 'doctor', 'researcher', 'scientist', 'fellow', 'lawyer',
  'attorney', 'judge', 'justice', 'prosecutor', 'counsel', 'executive', 'ceo', 'cfo', 'coo', 'founder',
  'co-founder', 'owner', 'manager', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop',
  'rabbi', 'imam', 'cardinal', 'premier', 'deputy', 'assistant', 'aide', 'diplomat', 'negotiator',
  'coach', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'mx', 'mx.', 'sir', 'dame', 'lord', 'lady', 'speaker', 'whip', 'strategist', 'consultant',
  'partner', 'member', 'candidate', 'nominee', 'physician', 'surgeon', 'nurse', 'teacher', 'principal',
  'superintendent', 'sheriff', 'chief-of-staff', 'commissioner', 'inspector', 'auditor', 'treasurer',
  'councilman', 'councilwoman', 'councillor', 'lawmaker', 'legislator', 'delegate', 'activist', 'author',
  'historian', 'expert', 'specialist', 'director-general', 'secretary-general', 'spokesmen', 'presenter',
  'host', 'anchor', 'columnist', 'commentator', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
  'supt', 'insp', 'det', 'cllr', 'lt.', 'capt.', 'sgt.', 'gov.', 'supt.', 'det.', 'amb.',
]);

/** Courtesy titles: part of how a name is written, not a role worth reporting. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'mx.', 'miss', 'dr', 'dr.']);

/** Words that qualify a role without being a name ("former", "senior", "press"). Lower case. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'senior', 'top', 'junior', 'acting', 'interim', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'press', 'news', 'state', 'deputy', 'assistant', 'associate', 'executive', 'vice', 'general',
  'chief', 'principal', 'lead', 'national', 'security', 'military', 'intelligence', 'government',
  'administration', 'white', 'house', 'campaign', 'party', 'police', 'health', 'public', 'local', 'federal',
  'regional', 'unnamed', 'anonymous', 'high-ranking', 'ranking', 'visiting', 'longtime', 'veteran', 'u.s.',
  'economic', 'political', 'legal', 'communications', 'trade', 'energy', 'justice', 'education', 'external',
  'affairs', 'relations', 'policy', 'armed', 'forces', 'army', 'navy', 'staff', 'managing', 'research',
  'business', 'tech', 'technology', 'science', 'medical', 'senate', 'congressional', 'western', 'european',
  'ministry', 'department', 'agency', 'company', 'firm', 'group', 'team', 'club', 'league', 'union', 'board',
]);

/** Heads of anonymous sources: a person or people with a position but no name. */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'source',
  'sources', 'aide', 'aides', 'diplomat', 'diplomats', 'officer', 'officers', 'insider', 'insiders',
  'person', 'people', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer', 'staffers', 'negotiator',
  'negotiators', 'employee', 'employees', 'executive', 'executives', 'lawmaker', 'lawmakers', 'member',
  'members', 'investigator', 'investigators', 'prosecutor', 'prosecutors', 'witness', 'witnesses',
  'resident', 'residents', 'representative', 'representatives', 'minister', 'ministers', 'leader', 'leaders',
  'commander', 'commanders', 'authorities', 'administrator', 'administrators', 'mps', 'meps', 'legislators',
  'senators', 'congressmen', 'delegates', 'man', 'woman', 'men', 'women',
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'friend', 'friends',
  'neighbor', 'neighbour', 'neighbors', 'neighbours', 'relative', 'relatives', 'family', 'student', 'students',
  'user', 'users', 'buyer', 'buyers', 'seller', 'vendor', 'vendors', 'customer', 'customers', 'worker', 'workers',
  'patient', 'patients', 'victim', 'victims', 'survivor', 'survivors', 'owner', 'owners', 'doctor', 'nurse',
  'teacher', 'driver', 'passenger', 'passengers', 'soldier', 'soldiers', 'fan', 'fans', 'poster', 'programmer',
  'engineer', 'engineers', 'developer', 'developers', 'researcher', 'scientist', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'agent', 'agents', 'partner', 'colleague', 'colleagues',
]);

/** Heads of vague sources: an unspecified crowd or body of opinion. */
export const VAGUE_HEADS: ReadonlySet<string> = new Set([
  'analysts', 'analyst', 'experts', 'expert', 'critics', 'observers', 'commentators', 'economists',
  'scientists', 'researchers', 'some', 'many', 'others', 'skeptics', 'sceptics', 'supporters', 'opponents',
  'pundits', 'watchers', 'scholars', 'historians', 'doctors', 'reports', 'rumors', 'rumours', 'polls',
  'studies', 'everyone', 'nobody', 'most', 'few', 'several', 'they', 'people', 'americans', 'voters',
  'activists', 'campaigners', 'advocates', 'investors', 'traders', 'forecasters', 'strategists',
]);

/** Words that make "people" or "reports" vague rather than anonymous ("many people", "widespread reports"). */
export const VAGUE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'some', 'many', 'most', 'several', 'few', 'numerous', 'widespread', 'various', 'other', 'countless',
  'unconfirmed', 'media', 'recent', 'multiple', 'number',
]);

/** Written sources. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'report', 'study', 'survey', 'ruling', 'filing', 'memo', 'memorandum', 'analysis', 'poll', 'paper',
  'review', 'audit', 'assessment', 'document', 'documents', 'letter', 'complaint', 'lawsuit',
  'indictment', 'data', 'figures', 'statistics', 'findings', 'research', 'estimate', 'estimates', 'forecast',
  'statement', 'update', 'release', 'order', 'opinion', 'decision', 'verdict', 'judgment', 'judgement',
  'affidavit', 'transcript', 'records', 'record', 'footage', 'census', 'index', 'projection', 'projections',
  'model', 'budget', 'bill', 'proposal', 'plan', 'guidance', 'bulletin', 'dossier', 'investigation',
  'inquiry', 'probe', 'results', 'evidence',
]);

/** Organisation words: an entity containing one speaks as a body. Lower case. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'kremlin', 'pentagon', 'department', 'agency', 'council', 'commission', 'committee',
  'administration', 'government', 'authority', 'authorities', 'office', 'bureau', 'service', 'services',
  'court', 'tribunal', 'parliament', 'congress', 'senate', 'assembly', 'cabinet', 'party', 'police',
  'army', 'navy', 'military', 'forces', 'command', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.',
  'ltd', 'ltd.', 'llc', 'plc', 'group', 'bank', 'fund', 'institute', 'institution', 'university', 'college',
  'foundation', 'association', 'union', 'federation', 'organization', 'organisation', 'coalition', 'alliance',
  'nato', 'un', 'u.n.', 'eu', 'e.u.', 'who', 'imf', 'fbi', 'cia', 'nasa', 'fda', 'cdc', 'sec', 'fcc', 'ftc',
  'epa', 'irs', 'dhs', 'doj', 'nsa', 'opec', 'white', 'campaign', 'board', 'center', 'centre', 'hospital',
  'school', 'club', 'team', 'league', 'firm', 'regime', 'junta', 'secretariat', 'embassy', 'consulate',
  'directorate', 'prosecutors', 'prosecutor\'s', 'watchdog', 'regulator', 'regulators', 'network', 'airline',
  'airlines', 'council\'s', 'state', 'legislature', 'municipality', 'city', 'county', 'province',
  'hamas', 'hezbollah', 'taliban', 'likud', 'google', 'apple', 'microsoft', 'amazon', 'meta', 'facebook',
  'twitter', 'tesla', 'boeing', 'exxon', 'gazprom', 'systems', 'technologies', 'industries', 'holdings',
  'motors', 'labs', 'laboratory', 'laboratories', 'partners', 'capital', 'associates', 'media', 'giant',
  'retailer', 'carrier', 'maker', 'manufacturer', 'automaker', 'carmaker', 'chain', 'operator', 'charity',
  'platform', 'startup', 'publisher', 'insurer', 'lender', 'utility', 'brand', 'supermarket', 'conglomerate',
  'nonprofit', 'ngo', 'outlet', 'broadcaster', 'newspaper', 'magazine', 'studio', 'label',
  // Plural endings of company names ("Whole Foods", "Sun Pharmaceuticals"): no person's name ends so.
  'foods', 'brands', 'stores', 'pharmaceuticals', 'entertainment', 'enterprises', 'studios', 'communications',
  'networks', 'airways',
]);

/** Countries and country-like names that speak as a body ("Israel has pledged…"). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'bulgaria',
  'cambodia', 'canada', 'chile', 'china', 'colombia', 'croatia', 'cuba', 'cyprus', 'czechia', 'denmark',
  'egypt', 'estonia', 'ethiopia', 'finland', 'france', 'georgia', 'germany', 'ghana', 'greece', 'hungary',
  'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'japan', 'jordan',
  'kazakhstan', 'kenya', 'kosovo', 'kuwait', 'latvia', 'lebanon', 'libya', 'lithuania', 'luxembourg',
  'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco', 'myanmar', 'nepal',
  'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'palestine', 'panama',
  'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'serbia',
  'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'sweden', 'switzerland', 'syria',
  'taiwan', 'tajikistan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'türkiye', 'uganda', 'ukraine',
  'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'moscow', 'kyiv', 'kiev',
  'beijing', 'washington', 'tehran', 'minsk', 'london', 'paris', 'berlin', 'tokyo', 'ankara', 'brussels',
  'jerusalem', 'pyongyang', 'seoul', 'damascus', 'riyadh', 'baghdad', 'kabul', 'caracas', 'havana',
  // last words of multi-word country names ("South Africa", "United States", "New Zealand")
  'africa', 'korea', 'zealand', 'arabia', 'states', 'kingdom', 'emirates', 'lanka', 'republic', 'guinea',
  'macedonia', 'herzegovina', 'salvador', 'rica', 'leone', 'coast', 'timor', 'tobago', 'nevis', 'verde',
]);

/** Nationality and regional adjectives: part of a role ("Ukrainian Ambassador"), never of a name. */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  'american', 'british', 'ukrainian', 'russian', 'israeli', 'palestinian', 'chinese', 'french', 'german',
  'italian', 'spanish', 'japanese', 'korean', 'indian', 'pakistani', 'iranian', 'iraqi', 'syrian', 'turkish',
  'egyptian', 'saudi', 'canadian', 'mexican', 'brazilian', 'australian', 'polish', 'belarusian', 'european',
  'african', 'asian', 'arab', 'western', 'eastern', 'northern', 'southern', 'dutch', 'swedish', 'norwegian',
  'danish', 'finnish', 'greek', 'irish', 'scottish', 'welsh', 'english', 'afghan', 'lebanese', 'jordanian',
  'qatari', 'emirati', 'venezuelan', 'cuban', 'colombian', 'argentine', 'nigerian', 'kenyan', 'ethiopian',
  'hungarian', 'czech', 'romanian', 'bulgarian', 'serbian', 'croatian', 'georgian', 'armenian', 'taiwanese',
  'vietnamese', 'thai', 'filipino', 'indonesian', 'malaysian', 'swiss', 'austrian', 'belgian', 'portuguese',
  'democratic', 'republican', 'conservative', 'liberal', 'labour', 'federal', 'u.s.', 'u.k.', 'us', 'uk', 'eu',
  'israeli-palestinian',
]);

/** News outlets, as their names are written (matched case-insensitively, longest first). */
export const NEWS_OUTLETS: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Bloomberg News', 'BBC',
  'BBC News', 'CNN', 'CNBC', 'MSNBC', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC', 'ABC News', 'Fox News',
  'FOX News', 'Fox Business', 'NPR', 'PBS', 'Al Jazeera', 'Sky News', 'The Washington Post', 'Washington Post',
  'The New York Times', 'New York Times', 'The Wall Street Journal', 'Wall Street Journal', 'The Guardian',
  'Guardian', 'The Times', 'The Telegraph', 'The Independent', 'Financial Times', 'The Financial Times',
  'The Economist', 'Politico', 'Axios', 'The Hill', 'USA Today', 'Los Angeles Times', 'The Los Angeles Times',
  'Chicago Tribune', 'The Atlantic', 'The New Yorker', 'Newsweek', 'Time', 'TIME', 'Der Spiegel', 'Spiegel',
  'Le Monde', 'El País', 'Interfax', 'TASS', 'RIA Novosti', 'Xinhua', 'Kyodo', 'Yonhap', 'ProPublica',
  'BuzzFeed News', 'Vox', 'The Verge', 'Wired', 'TechCrunch', 'Ars Technica', 'CNET', 'Haaretz',
  'The Times of Israel', 'Times of Israel', 'Kyiv Independent', 'Ukrainska Pravda', 'Daily Mail', 'The Sun',
  'Mirror', 'Sky', 'Axel Springer', 'Semafor', 'The Intercept', 'Business Insider', 'Insider', 'Forbes',
  'Fortune', 'Variety', 'TMZ', 'Deadline', 'The Daily Beast', 'Daily Beast', 'Mother Jones', 'National Review',
  'Breitbart', 'Breitbart News', 'The Post', 'The Journal', 'Nikkei', 'South China Morning Post', 'Fox',
  'Yahoo News', 'Euronews', 'Deutsche Welle', 'DW', 'RT', 'Sputnik', 'Meduza', 'Kommersant', 'Izvestia',
];

/** Media a statement can come through: a trigger phrase (lower case, matched on word boundaries) → medium name. */
export const MEDIA: ReadonlyArray<[trigger: string, medium: string]> = [
  ['facebook post', 'Facebook post'], ['on facebook', 'Facebook post'], ['instagram post', 'Instagram post'],
  ['on instagram', 'Instagram post'], ['on twitter', 'tweet'], ['on x', 'tweet'], ['tweet', 'tweet'],
  ['tweets', 'tweet'], ['on telegram', 'Telegram post'], ['telegram', 'Telegram post'], ['on truth social', 'Truth Social post'],
  ['blog post', 'blog post'], ['interview', 'interview'], ['press conference', 'press conference'],
  ['news conference', 'press conference'], ['press briefing', 'press briefing'], ['briefing', 'briefing'],
  ['statement', 'statement'], ['email', 'email'], ['e-mail', 'email'], ['emailed statement', 'statement'],
  ['televised address', 'televised address'], ['address', 'address'], ['speech', 'speech'],
  ['letter', 'letter'], ['op-ed', 'op-ed'], ['video', 'video'], ['podcast', 'podcast'], ['testimony', 'testimony'],
  ['hearing', 'hearing'], ['text message', 'text message'], ['memo', 'memo'], ['report', 'report'],
  ['press release', 'press release'], ['news release', 'press release'], ['radio', 'radio interview'],
  ['television', 'television interview'], ['tv', 'television interview'], ['phone call', 'phone call'],
  ['call with reporters', 'press call'], ['remarks', 'remarks'], ['rally', 'rally'], ['court filing', 'court filing'],
  ['filing', 'filing'], ['post', 'post'], ['update', 'update'],
];

/** Pronouns a cue may have as subject, with the kind of antecedent they take. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'group' | 'thing'> = new Map([
  // "I" and "we" outside a quotation are the writer or the newsroom, not a source.
  ['he', 'person'], ['she', 'person'], ['they', 'group'], ['it', 'thing'],
  ['who', 'person'], ['which', 'thing'],
]);

/** Function words that are capitalised only because they start a sentence; never part of a name. */
export const CAPITALIZED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'i', 'we', 'all', 'both', 'each', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'after', 'before', 'when', 'while', 'if', 'though',
  'although', 'because', 'since', 'meanwhile', 'however', 'still', 'today', 'yesterday', 'now', 'then', 'also',
  'over', 'under', 'for', 'from', 'with', 'without', 'by', 'to', 'of', 'this', 'that', 'these', 'those',
  'there', 'here', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'what', 'why', 'how', 'where',
  'despite', 'during', 'earlier', 'later', 'last', 'next', 'asked', 'instead', 'indeed', 'already', 'only',
  'even', 'just', 'once', 'again', 'according', 'aside', 'amid', 'among', 'like', 'unlike', 'until',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Common first names with a usual pronoun, so "she said" skips a man named just before. Lower case. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley ' +
  'kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen ' +
  'amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn ' +
  'janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan ' +
  'cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail ' +
  'julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte ' +
  'rose alexis kayla ellen margie oksana angela hillary kamala nancy theresa ursula christine jacinda sanna giorgia ' +
  'alyssa jennifer fiona eloise cristina mar stella jane anne claire sophie lucy chloe yulia svetlana olga natalia irina ' +
  'elena tatiana marina anastasia nadia fatima aisha priya sonia ana paula rosa carmen lena sara'
).split(' '));
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald ' +
  'steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric ' +
  'jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry ' +
  'tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry ' +
  'gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie ' +
  'alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack joe vladimir sergei ' +
  'anton oleksii volodymyr dmitry dmitri mikhail ivan boris igor yuri alexei alexey viktor emmanuel olaf rishi keir ' +
  'benjamin yitzhak mahmoud martin josh charles tom tyler bob wade ananth fernando ivan jeff marc mohammed muhammad ahmed ' +
  'ali hassan omar xi li jim tim ted mike bill steve dave rob ben sam dan nick matt chris pete'
).split(' '));
