/**
 * The words a note is found by in full-text search, kept on the stored record as a multi-entry index
 * (`*words`). Folding here (case, diacritics) is the same for indexing and for queries, so "Zelenskyy"
 * typed without accents still finds "Zelenskýy".
 */
import type { Note } from '../core/model';
import { STOP_WORDS } from './stop-words';

export { STOP_WORDS };

/** No single word is longer than this in the index: long tokens are URLs or garbage, not search terms. */
const MAX_WORD = 40;

/** Fold and split text into search words (lowercase, no diacritics, stop words dropped, unique). */
export function searchWords(text: string): string[] {
  const out = new Set<string>();
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  for (const raw of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 && !/\d/.test(raw)) continue;
    if (STOP_WORDS.has(raw)) continue;
    out.add(raw.slice(0, MAX_WORD));
  }
  return [...out];
}

/** Everything a reader may remember a note by: their text, the claim, who said it, tags, the page title. */
export function noteWords(note: Note): string[] {
  const a = note.attribution;
  return searchWords(
    [note.body, note.claimText, a?.speaker, a?.via, note.tags.join(' '), note.pageTitle].filter(Boolean).join(' '),
  );
}

/** True when every query word is a prefix of some word of the record (so typing "zelen" matches). */
export function matchesAllWords(recordWords: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((q) => recordWords.some((w) => w.startsWith(q)));
}
