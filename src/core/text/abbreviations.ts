/**
 * Abbreviation tables for sentence repair. Intl.Segmenter ends a sentence after any "word." that is
 * followed by a capital; news text is full of periods that do not end sentences.
 */

/** Titles before a name: a sentence never ends on them ("Mr. Smith", "Gen. Jones"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm',
  'cmdr', 'rev', 'st', 'hon', 'pres', 'supt', 'det', 'insp', 'cpl', 'pvt', 'atty', 'amb', 'messrs', 'fr', 'sr', 'jr',
  'vs', 'v', 'gens', 'sens', 'reps', 'lt-gen', 'maj-gen', 'brig',
]);

/** Abbreviations that continue only before a number: "No. 10", "Art. 5", "p. 12". */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'p', 'pp', 'vol', 'ch', 'sec', 'para', 'fig']);

/** Time-of-day abbreviations continue only into a day, month or time zone ("9 a.m. Tuesday", "5 p.m. ET"). */
export const TIME_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m']);
export const AFTER_TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'et', 'est', 'edt', 'pt', 'pst',
  'pdt', 'ct', 'cst', 'cdt', 'mt', 'gmt', 'bst', 'utc', 'cet', 'local', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Month abbreviations: "Jan. 6" never ends a sentence before the day number. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Other abbreviations that are usually followed by more of the same sentence. */
export const INNER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'approx', 'est', 'dept', 'univ', 'assn', 'ave', 'blvd', 'mt', 'ft',
  'e.g', 'i.e', 'etc', 'cf', 'al', 'fig', 'vol', 'pp', 'ed',
]);

/**
 * Words that usually start a new sentence. After an ambiguous abbreviation ("U.S.", "a.m.", "Inc."),
 * a following capitalised word from this list means the sentence did end there.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'this',
  'that', 'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'my', 'as', 'after', 'before', 'for',
  'while', 'when', 'if', 'so', 'yet', 'meanwhile', 'however', 'still', 'since', 'although', 'though', 'what',
  'who', 'why', 'how', 'where', 'some', 'many', 'most', 'one', 'no', 'not', 'now', 'then', 'today', 'earlier',
  'later', 'also', 'by', 'from', 'with', 'to', 'of', 'last', 'next', 'during', 'under', 'over', 'officials',
]);
