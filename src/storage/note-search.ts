/**
 * Full-text search over notes, planned by how common the query words are, so that no query reads more
 * than a few hundred notes however large the notebook is:
 * - a word in few notes (≤ `fetchAllBelow`): its note keys are read in full (keys only, no records), the
 *   complete key sets are intersected, and only the survivors are read;
 * - every word common: the newest notes are read a window at a time and checked, which stops after about
 *   `limit / share` notes (a word in 86% of notes finds 200 results in the first ~240 notes);
 * - in between (each word in more than `fetchAllBelow` notes but few of the newest match): the rarest
 *   words' full key sets (by index count) are intersected, then walked in newest-first order, reading only
 *   as many notes as the limit needs.
 * Every path checks the candidates against the stored words, so the answer is the same whichever runs:
 * the newest `limit` notes in which every query word starts some word.
 */
import type { ClaimlightDb } from './db';
import type { NoteRecord } from './records';
import { matchesAllWords } from './search-words';

export interface SearchTuning {
  /** A word matching at most this many notes has its key set read in full. */
  fetchAllBelow: number;
  /** How many of the newest notes are read per step when walking them. */
  walkWindow: number;
  /** If at least this share of the newest window matches, the words are common: keep walking notes. */
  denseShare: number;
}

export const DEFAULT_SEARCH_TUNING: SearchTuning = { fetchAllBelow: 400, walkWindow: 256, denseShare: 0.15 };

/** Newest first; ties by id, descending (the order of a reverse walk of the updatedAt index). */
export const newestRecordFirst = (a: NoteRecord, b: NoteRecord): number =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/**
 * Visit the notes newest first, `window` at a time, until `visit` returns true or the notes run out.
 * Each window starts at the previous one's last updatedAt and skips the notes already seen with that same
 * time, so equal timestamps are neither lost nor repeated (the caller runs this in one read transaction).
 */
async function walkNewest(db: ClaimlightDb, window: number, visit: (batch: NoteRecord[]) => boolean): Promise<void> {
  let boundary: string | null = null;
  let seenAtBoundary = 0;
  for (;;) {
    const collection: ReturnType<typeof db.notes.orderBy> =
      boundary === null ? db.notes.orderBy('updatedAt') : db.notes.where('updatedAt').belowOrEqual(boundary);
    const rows = await collection.reverse().limit(window + seenAtBoundary).toArray();
    const batch = rows.slice(seenAtBoundary);
    if (batch.length === 0 || visit(batch)) return;
    if (rows.length < window + seenAtBoundary) return;
    const last = batch[batch.length - 1]!.updatedAt;
    seenAtBoundary = last === boundary ? seenAtBoundary + batch.length : batch.filter((r) => r.updatedAt === last).length;
    boundary = last;
  }
}

/** Intersection of key lists, smallest first. */
function intersect(lists: readonly (readonly string[])[]): Set<string> {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let ids = new Set(sorted[0] ?? []);
  for (const list of sorted.slice(1)) {
    const next = new Set(list);
    ids = new Set([...ids].filter((k) => next.has(k)));
    if (ids.size === 0) break;
  }
  return ids;
}

/**
 * The newest `limit` notes in which every word of `words` (already folded by searchWords) starts a word.
 * Call inside a read transaction on `db.notes` so the plan's several reads see one state.
 */
export async function searchNoteRecords(
  db: ClaimlightDb, words: readonly string[], limit: number, tuning: SearchTuning = DEFAULT_SEARCH_TUNING,
): Promise<NoteRecord[]> {
  if (words.length === 0 || limit <= 0) return [];
  const matches = (r: NoteRecord | undefined): r is NoteRecord => !!r && matchesAllWords(r.words, words);
  const prefixOf = (word: string) => db.notes.where('words').startsWith(word);
  const readAll = async (ids: Iterable<string>) => (await db.notes.bulkGet([...ids])).filter(matches);

  // 1. Keys only, at most fetchAllBelow + 1 per word: a shorter list is that word's complete key set.
  const cap = tuning.fetchAllBelow;
  const bounded = await Promise.all(words.map((word) => prefixOf(word).limit(cap + 1).primaryKeys()));
  const complete = bounded.filter((keys) => keys.length <= cap);
  if (complete.length > 0) {
    return (await readAll(intersect(complete))).sort(newestRecordFirst).slice(0, limit);
  }

  // 2. Every word is in more than `cap` notes. If many of the newest notes match, reading the newest notes
  //    finds the answer in about limit / share notes.
  const found: NoteRecord[] = [];
  let probed = 0;
  let dense = true;
  await walkNewest(db, Math.max(tuning.walkWindow, Math.min(limit, 4 * tuning.walkWindow)), (batch) => {
    found.push(...batch.filter(matches));
    probed += batch.length;
    if (found.length >= limit) return true;
    dense = found.length >= probed * tuning.denseShare;
    return !dense;
  });
  if (dense) return found.slice(0, limit);

  // 3. Few of the newest notes match: intersect the key sets of all words that are not themselves common
  //    (counted on the index, keys only), then read candidates newest first until the limit is reached.
  const [total, counts] = await Promise.all([db.notes.count(), Promise.all(words.map((word) => prefixOf(word).count()))]);
  const ranked = words.map((word, i) => ({ word, count: counts[i]! })).sort((a, b) => a.count - b.count);
  const narrowing = ranked.filter((r, i) => i === 0 || r.count <= total * tuning.denseShare * 2);
  const candidates = intersect(await Promise.all(narrowing.map((r) => prefixOf(r.word).primaryKeys())));
  if (candidates.size <= cap) return (await readAll(candidates)).sort(newestRecordFirst).slice(0, limit);
  // Candidate order by age: the updatedAt index read forwards in one request (reverse cursors are slow
  // where getAll has no direction) and scanned from the end.
  const byAge = await db.notes.orderBy('updatedAt').primaryKeys();
  const results: NoteRecord[] = [];
  let i = byAge.length - 1;
  while (results.length < limit && i >= 0) {
    const chunk: string[] = [];
    const want = limit - results.length + 16;
    for (; i >= 0 && chunk.length < want; i -= 1) if (candidates.has(byAge[i]!)) chunk.push(byAge[i]!);
    results.push(...(await readAll(chunk)));
  }
  return results.slice(0, limit);
}
