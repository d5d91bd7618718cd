/**
 * The notes repository: every query the product makes on notes, each on an index, each write in one
 * transaction. Callers see model `Note`s; the derived index fields (source keys, search words) are
 * computed here on write so they can never drift from the note they describe.
 */
import type { Note, Verdict } from '../core/model';
import { sourceKey } from '../core/source-key';
import { normalizeUrl } from '../core/url';
import type { ClaimlightDb } from './db';
import { guard } from './errors';
import { type NoteRecord, toNote } from './records';
import { matchesAllWords, noteWords, searchWords } from './search-words';

/** Source keys a note is filed under: its speaker's and its relaying outlet's. */
export function noteSourceKeys(note: Note): string[] {
  const a = note.attribution;
  const keys = [a?.speaker, a?.via].filter((n): n is string => !!n).map(sourceKey).filter(Boolean);
  return [...new Set(keys)];
}

/** The stored form of a note, with its index fields. */
export function toNoteRecord(note: Note): NoteRecord {
  return { ...note, pageUrl: normalizeUrl(note.pageUrl), sourceKeys: noteSourceKeys(note), words: noteWords(note) };
}

export interface NotesTuning {
  /** Up to this many candidates, search reads them all; above it, it walks the newest notes instead. */
  fetchAllBelow: number;
}

export const DEFAULT_NOTES_TUNING: NotesTuning = { fetchAllBelow: 500 };

const newestFirst = (a: Note, b: Note) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

export interface SearchOptions {
  /** At most this many results, newest first (default 200: a list longer than that is not read). */
  limit?: number;
}

export interface NotesRepository {
  /** Notes of one page (any URL form: it is normalised), in text order. */
  forPage(url: string): Promise<Note[]>;
  get(id: string): Promise<Note | undefined>;
  /** Insert or replace a note and record its page, in one transaction; returns the note as stored. */
  save(note: Note): Promise<Note>;
  /** Insert or replace many notes in one transaction (bulk import, benchmarks). */
  saveMany(notes: readonly Note[]): Promise<number>;
  /** Delete a note; false when there was none. The caller keeps the note to offer "undo" (save it again). */
  delete(id: string): Promise<boolean>;
  /** Full-text search: every query word must start some word of the note (body, claim, speaker, tags…). */
  search(query: string, options?: SearchOptions): Promise<Note[]>;
  byVerdict(verdict: Verdict): Promise<Note[]>;
  byTag(tag: string): Promise<Note[]>;
  /** Notes whose speaker or via outlet has one of these source keys (a source's key and alias keys). */
  bySourceKeys(keys: readonly string[]): Promise<Note[]>;
  /** The most recently edited notes. */
  recent(limit?: number): Promise<Note[]>;
  count(): Promise<number>;
  /** Every distinct tag in use, sorted. */
  tags(): Promise<string[]>;
}

/** The notes repository over a database. */
export function notesRepository(db: ClaimlightDb, tuning: NotesTuning = DEFAULT_NOTES_TUNING): NotesRepository {
  return {
    forPage: (url) =>
      guard(async () => {
        const records = await db.notes.where('pageUrl').equals(normalizeUrl(url)).toArray();
        return records.map(toNote).sort((a, b) => a.selector.position.start - b.selector.position.start);
      }),

    get: (id) => guard(async () => {
      const record = await db.notes.get(id);
      return record && toNote(record);
    }),

    save: (note) =>
      guard(() =>
        db.transaction('rw', db.notes, db.pages, async () => {
          const record = toNoteRecord(note);
          await db.notes.put(record);
          // A note's page is listed in "All notes" even if the content script never reported a visit.
          const page = await db.pages.get(record.pageUrl);
          if (!page) {
            await db.pages.put({
              url: record.pageUrl, canonicalUrl: null, title: note.pageTitle, siteName: null, publishedAt: null,
              firstSeenAt: note.createdAt, lastSeenAt: note.updatedAt,
            });
          }
          return toNote(record);
        }),
      ),

    saveMany: (notes) =>
      guard(() =>
        db.transaction('rw', db.notes, async () => {
          await db.notes.bulkPut(notes.map(toNoteRecord));
          return notes.length;
        }),
      ),

    delete: (id) =>
      guard(() =>
        db.transaction('rw', db.notes, async () => {
          const existed = (await db.notes.where('id').equals(id).count()) > 0;
          await db.notes.delete(id);
          return existed;
        }),
      ),

    search: (query, options = {}) =>
      guard(async () => {
        const words = searchWords(query);
        if (words.length === 0) return [];
        const limit = options.limit ?? 200;
        // Keys only, at most `fetchAllBelow + 1` per word: a word under that cap gives the complete (small)
        // candidate set; the rarest such word wins. Only when every word is common are full key sets read
        // and intersected. No note is read until the candidates are known.
        const cap = tuning.fetchAllBelow + 1;
        const prefixOf = (word: string) => db.notes.where('words').startsWith(word);
        const bounded = await Promise.all(words.map(async (word) => ({ word, keys: await prefixOf(word).limit(cap).primaryKeys() })));
        bounded.sort((a, b) => a.keys.length - b.keys.length);
        let ids: Set<string> | null = null;
        if (bounded[0]!.keys.length < cap) {
          // Every other word whose key set is complete narrows the candidates for free.
          ids = new Set(bounded[0]!.keys);
          for (const { keys } of bounded.slice(1)) {
            if (keys.length >= cap) break;
            const next = new Set(keys);
            ids = new Set([...ids].filter((k) => next.has(k)));
          }
        } else {
          for (const { word } of bounded) {
            const keys = await prefixOf(word).primaryKeys();
            ids = ids === null ? new Set(keys) : new Set(keys.filter((k) => ids!.has(k)));
            if (ids.size <= tuning.fetchAllBelow) break;
          }
        }
        const candidates = ids ?? new Set<string>();
        const matches = (r: NoteRecord | undefined): r is NoteRecord => !!r && matchesAllWords(r.words, words);
        if (candidates.size <= tuning.fetchAllBelow) {
          const records = (await db.notes.bulkGet([...candidates])).filter(matches);
          return records.map(toNote).sort(newestFirst).slice(0, limit);
        }
        // Thousands of matches: the newest `limit` of them, found on the updatedAt index by key only
        // (read forwards in one request and scanned from the end: reverse key cursors are slow).
        const byAge = await db.notes.orderBy('updatedAt').primaryKeys();
        const newest: string[] = [];
        for (let i = byAge.length - 1; i >= 0 && newest.length < limit; i -= 1) {
          if (candidates.has(byAge[i]!)) newest.push(byAge[i]!);
        }
        return (await db.notes.bulkGet(newest)).filter(matches).map(toNote);
      }),

    byVerdict: (verdict) =>
      guard(async () => (await db.notes.where('verdict').equals(verdict).toArray()).map(toNote).sort(newestFirst)),

    byTag: (tag) =>
      guard(async () => (await db.notes.where('tags').equals(tag).toArray()).map(toNote).sort(newestFirst)),

    bySourceKeys: (keys) =>
      guard(async () => {
        if (keys.length === 0) return [];
        const records = await db.notes.where('sourceKeys').anyOf([...keys]).distinct().toArray();
        return records.map(toNote).sort(newestFirst);
      }),

    recent: (limit = 50) =>
      guard(async () => (await db.notes.orderBy('updatedAt').reverse().limit(limit).toArray()).map(toNote)),

    count: () => guard(() => db.notes.count()),

    tags: () => guard(async () => ((await db.notes.orderBy('tags').uniqueKeys()) as string[]).sort()),
  };
}
