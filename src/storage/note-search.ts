/**
 * Full-text search over notes, planned by how common the query words are, so that no query reads more
 * than a few hundred notes however large the notebook is:
 * - a word in few notes (≤ `fetchAllBelow`): its note keys are read in full (keys only, no records), the
 *   complete key sets are intersected, and only the survivors are read;
 * - otherwise the words' counts on the index price two plans: walk the newest notes and check each (cheap
 *   when every word is common: a word in 86% of notes finds 200 results in the first ~240 notes), or read
 *   the key sets of the rarest words, intersect them and walk the newest keys, reading only as many notes as
 *   the limit needs.
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
  /**
   * What reading one note by its key costs, in index key reads. Measured in Chromium 156 on 50,000 notes:
   * ~5 µs a word-index key, ~70 µs a note by key (bulkGet), ~30 µs a note in a range read (the walk).
   */
  noteCost: number;
  /** What reading one note in the newest-first walk (a range read, no per-key request) costs, in key reads. */
  walkNoteCost: number;
}

export const DEFAULT_SEARCH_TUNING: SearchTuning = { fetchAllBelow: 400, walkWindow: 256, noteCost: 15, walkNoteCost: 6 };

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

/**
 * The note keys newest first, `size` at a time (keys only, no notes read); null once they have run out.
 * A full window is extended to the end of its last run of equal timestamps, and the next window starts
 * strictly below that time, so ties are neither lost nor repeated. (A pull function rather than a visitor
 * with an async callback: inside a Dexie transaction every await must be on Dexie's own promises.)
 */
function newestKeys(db: ClaimlightDb): (size: number) => Promise<string[] | null> {
  let upper: string | null = null;
  let done = false;
  return async (size) => {
    if (done) return null;
    const collection: ReturnType<typeof db.notes.orderBy> =
      upper === null ? db.notes.orderBy('updatedAt') : db.notes.where('updatedAt').below(upper);
    const keys = await collection.reverse().limit(size).primaryKeys();
    if (keys.length < size) {
      done = true;
      return keys;
    }
    const last = (await db.notes.get(keys[keys.length - 1]!))!.updatedAt;
    const ties = await db.notes.where('updatedAt').equals(last).reverse().primaryKeys();
    const have = new Set(keys);
    for (const k of ties) if (!have.has(k)) keys.push(k);
    upper = last;
    return keys;
  };
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

  // 2. Every word is in more than `cap` notes. Their counts (on the index, no keys read) price two plans,
  //    in units of one key read:
  //    - walk the newest notes, checking each: about limit / P(all words) notes;
  //    - read the key sets of the rarest word (and of any other word whose keys save more note reads than
  //      they cost), then walk the newest keys and read only candidates: keys + about `limit` notes.
  const [total, counts] = await Promise.all([db.notes.count(), Promise.all(words.map((word) => prefixOf(word).count()))]);
  const share = (count: number) => Math.min(1, count / Math.max(1, total));
  const ranked = words.map((word, i) => ({ word, count: counts[i]! })).sort((a, b) => a.count - b.count);
  const allShare = ranked.reduce((p, r) => p * share(r.count), 1);
  const walkCost = tuning.walkNoteCost * Math.min(total, limit / Math.max(allShare, 1e-9));
  const narrowing = [ranked[0]!];
  let candidateShare = share(ranked[0]!.count);
  for (const r of ranked.slice(1)) {
    const readsWithout = Math.min(candidateShare * total, limit / share(r.count));
    if (r.count < tuning.noteCost * (readsWithout - limit)) {
      narrowing.push(r);
      candidateShare *= share(r.count);
    }
  }
  const keysCost = narrowing.reduce((sum, r) => sum + r.count, 0) + limit / Math.max(candidateShare, 1e-9) / 2 + tuning.noteCost * limit;
  if (walkCost <= keysCost) {
    const found: NoteRecord[] = [];
    await walkNewest(db, tuning.walkWindow, (batch) => {
      found.push(...batch.filter(matches));
      return found.length >= limit;
    });
    return found.slice(0, limit);
  }

  const candidates = intersect(await Promise.all(narrowing.map((r) => prefixOf(r.word).primaryKeys())));
  // Reading every candidate by key, or walking the newest keys (half a key read each) to read only `limit`:
  // a few hundred scattered candidates are cheaper to read than the tens of thousands of keys around them.
  const density = candidates.size / Math.max(1, total);
  if (candidates.size <= cap || candidates.size * tuning.noteCost <= limit / density / 2 + limit * tuning.noteCost) {
    return (await readAll(candidates)).sort(newestRecordFirst).slice(0, limit);
  }
  const results: NoteRecord[] = [];
  const window = () => Math.min(20_000, Math.max(tuning.walkWindow, Math.ceil(((limit - results.length) / density) * 1.25)));
  const next = newestKeys(db);
  while (results.length < limit) {
    const keys = await next(window());
    if (keys === null) break;
    const chosen = keys.filter((k) => candidates.has(k));
    // Read only as many candidates as the limit still needs (a few more, as some may fail the other words).
    for (let j = 0; j < chosen.length && results.length < limit;) {
      const chunk = chosen.slice(j, j + limit - results.length + 16);
      j += chunk.length;
      results.push(...(await readAll(chunk)));
    }
  }
  return results.slice(0, limit);
}
