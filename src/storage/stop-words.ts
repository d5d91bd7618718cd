/**
 * English function words left out of the full-text index and out of queries. Each indexed word costs an
 * IndexedDB index entry per note (the main cost of saving notes in bulk), and these words are in nearly
 * every note, so they cannot narrow a search anyway. Kept out on purpose, because readers search for them:
 * "us" (U.S.), "who" (WHO), "may" (the month), "un", "eu", "uk", and numbers.
 * Indexing and querying use the same list, so a word added here stops being required by queries at the same
 * time as it stops being indexed; notes indexed before a change keep extra words, which only costs space.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // articles, conjunctions
  'the', 'an', 'and', 'or', 'nor', 'but', 'if', 'then', 'than', 'so', 'as', 'because', 'while', 'whether',
  // prepositions
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'upon', 'about', 'over', 'under',
  'after', 'before', 'between', 'through', 'during', 'without', 'within', 'against', 'among', 'off', 'out',
  // pronouns and determiners
  'it', 'its', 'this', 'that', 'these', 'those', 'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them',
  'their', 'theirs', 'we', 'our', 'ours', 'you', 'your', 'yours', 'me', 'my', 'mine', 'i', 'which', 'what',
  'whom', 'whose', 'there', 'here', 'some', 'any', 'each', 'every', 'such', 'other', 'own', 'same',
  // auxiliaries
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'might', 'must',
  // adverbs and particles with no search value
  'not', 'also', 'just', 'very', 'too', 'only', 'both', 'more', 'most', 'all', 'up', 'again', 'once',
]);
