/**
 * Source keys: the normalised form of a speaker's or outlet's name, so "Dr. Oksana Markárova",
 * "Ukraine's ambassador Markarova" and "The Washington Post" / "WaPo" find the same source-book entry.
 * `sourceKey` is the one key a name is stored under; `sourceKeyVariants` lists the other keys it may be
 * known by (surname, acronym, well-known alias). Titles and aliases are data tables, not conditionals.
 */

/**
 * Honorifics and job titles dropped from the start of a person's name ("President Zelensky" →
 * "zelensky"). Phrases, because single words like "general" or "state" also begin organisation names.
 */
export const NAME_TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'minister', 'deputy minister',
  'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'finance minister',
  'secretary', 'secretary of state', 'secretary general', 'attorney general', 'gen', 'lt', 'lt gen', 'col',
  'colonel', 'maj', 'major general', 'capt', 'captain', 'adm', 'admiral', 'sen', 'senator', 'rep',
  'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'mayor', 'ambassador', 'chancellor',
  'judge', 'justice', 'chief justice', 'chief executive', 'spokesman', 'spokeswoman', 'spokesperson', 'king',
  'queen', 'prince', 'princess', 'pope', 'sheikh', 'chairman', 'chairwoman', 'ceo', 'adviser', 'advisor',
  'envoy', 'former', 'acting',
];

/** Known outlet and institution nicknames → the key of their full name (both sides already keys). */
export const KNOWN_ALIASES: Readonly<Record<string, string>> = {
  wapo: 'washington post',
  nyt: 'new york times',
  'ny times': 'new york times',
  wsj: 'wall street journal',
  ft: 'financial times',
  ap: 'associated press',
  afp: 'agence france presse',
  dpa: 'deutsche presse agentur',
  bbc: 'british broadcasting corporation',
  cnn: 'cable news network',
  npr: 'national public radio',
  'uk mod': 'uk ministry of defence',
  mod: 'ministry of defence',
  'us dod': 'us department of defense',
  dod: 'department of defense',
  pentagon: 'us department of defense',
  'the pentagon': 'us department of defense',
  who: 'world health organization',
  un: 'united nations',
  eu: 'european union',
  nato: 'north atlantic treaty organization',
  imf: 'international monetary fund',
  cdc: 'centers for disease control and prevention',
  fbi: 'federal bureau of investigation',
  cia: 'central intelligence agency',
  isw: 'institute for the study of war',
};

/** Words kept out of acronyms in the short form ("Federal Bureau of Investigation" → "fbi"). */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'der', 'die', 'das']);
/** Words that mark a name as an organisation, so it gets no surname variant. */
const ORGANISATION_WORDS = new Set([
  'ministry', 'department', 'office', 'agency', 'bureau', 'council', 'committee', 'commission', 'institute',
  'university', 'times', 'post', 'news', 'press', 'journal', 'herald', 'tribune', 'guardian', 'telegraph',
  'organization', 'organisation', 'union', 'nations', 'party', 'government', 'army', 'forces', 'police',
  'court', 'bank', 'fund', 'group', 'company', 'corporation', 'inc', 'ltd', 'service', 'network', 'radio',
  'television', 'tv', 'agence', 'reuters', 'federal', 'national', 'international', 'center', 'centre',
]);
/** Title phrases as word lists, longest first so "prime minister" wins over "minister". */
const titlePhrases = NAME_TITLES.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
const aliasTargets = new Map<string, string[]>();
for (const [alias, target] of Object.entries(KNOWN_ALIASES)) {
  aliasTargets.set(target, [...(aliasTargets.get(target) ?? []), alias]);
}

/** Lowercase, strip diacritics and punctuation, fold apostrophes; words separated by single spaces. */
function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .split(/[^\p{L}\p{N}'.&]+/u)
    .map((w) => w.replace(/^['.]+|['.]+$/g, ''))
    .filter((w) => w.length > 0);
}

/** "ukraine's" → {word: "ukraine", possessive: true}; "o'brien" → "obrien"; "u.k" → "uk". */
function cleanWord(raw: string): { word: string; possessive: boolean } {
  const possessive = /'s$|s'$/.test(raw) || (raw.endsWith("'") && raw.length > 1);
  const base = raw.replace(/'s$/, '').replace(/'$/, '');
  return { word: base.replace(/['.]/g, ''), possessive };
}

/** Length of the title phrase at `tokens[at]`, or 0. */
function titleAt(tokens: readonly string[], at: number): number {
  for (const phrase of titlePhrases) {
    if (phrase.every((w, i) => tokens[at + i] === w)) return phrase.length;
  }
  return 0;
}

/**
 * Drop leading titles, and a leading possessive before a title ("Ukraine's ambassador X" → "x").
 * Only when what remains reads like a person: "Minister of Health" keeps its words. A bare "General" is
 * not a title here because "General Motors" and "General Electric" are companies.
 */
function stripTitles(tokens: Array<{ word: string; possessive: boolean }>): string[] {
  const plain = tokens.map((t) => t.word);
  let start = tokens[0]?.possessive && titleAt(plain, 1) > 0 ? 1 : 0;
  for (let n = titleAt(plain, start); n > 0 && start + n < plain.length; n = titleAt(plain, start)) start += n;
  const rest = plain.slice(start);
  if (start === 0 || rest.some((w) => ORGANISATION_WORDS.has(w) || CONNECTORS.has(w))) return plain;
  return rest;
}

/** The one normalised key a source name is stored and matched under. */
export function sourceKey(name: string): string {
  const tokens = words(name).map(cleanWord).filter((t) => t.word.length > 0);
  if (tokens.length === 0) return '';
  // "The Washington Post" and "Washington Post" are one outlet; a title run only applies to people.
  if (tokens[0]!.word === 'the' && tokens.length > 1) tokens.shift();
  return stripTitles(tokens).join(' ');
}

/** True when a key reads like a person's name: two to four words, none of them organisation words. */
function looksLikePerson(key: string): boolean {
  const parts = key.split(' ');
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => !ORGANISATION_WORDS.has(p) && !/\d/.test(p));
}

/** Acronym forms of a multi-word organisation name: "uk ministry of defence" → "uk mod", "uk md". */
function acronyms(key: string): string[] {
  const parts = key.split(' ');
  if (parts.length < 3 || looksLikePerson(key)) return [];
  // Leading country codes stay whole ("UK MoD", "US DoD"): they are already abbreviations.
  const lead = parts[0]!.length <= 3 && parts.length > 3 ? [parts[0]!] : [];
  const rest = parts.slice(lead.length);
  const withConnectors = rest.map((p) => p[0]).join('');
  const without = rest.filter((p) => !CONNECTORS.has(p)).map((p) => p[0]).join('');
  const forms = new Set<string>();
  for (const letters of [withConnectors, without]) {
    if (letters.length >= 2) forms.add([...lead, letters].join(' '));
  }
  return [...forms];
}

/**
 * Every key a name may also be known by, the main key first: well-known aliases in both directions,
 * acronym forms of organisations, and a person's surname. Used both when storing a source (its alias
 * keys) and when looking one up, so a match on any shared variant finds it.
 */
export function sourceKeyVariants(name: string): string[] {
  const key = sourceKey(name);
  if (!key) return [];
  const out = new Set<string>([key]);
  const add = (k: string | undefined) => {
    if (k) out.add(k);
  };
  add(KNOWN_ALIASES[key]);
  for (const alias of aliasTargets.get(key) ?? []) add(alias);
  for (const form of acronyms(key)) {
    add(form);
    add(KNOWN_ALIASES[form]);
  }
  if (looksLikePerson(key)) add(key.split(' ').at(-1));
  return [...out];
}
