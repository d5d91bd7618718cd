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
import { DEFAULT_SEARCH_TUNING, type SearchTuning, searchNoteRecords } from './note-search';
import { type NoteRecord, toNote } from './records';
import { noteWords, searchWords } from './search-words';

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

/**
 * toNoteRecord for many notes at once: a bulk import has thousands of notes on the same pages by the same
 * speakers, so each distinct URL and name is normalised once rather than once per note.
 */
export function toNoteRecords(notes: readonly Note[]): NoteRecord[] {
  const urls = new Map<string, string>();
  const keys = new Map<string, string>();
  const url = (u: string) => urls.get(u) ?? (urls.set(u, normalizeUrl(u)), urls.get(u)!);
  const key = (name: string) => keys.get(name) ?? (keys.set(name, sourceKey(name)), keys.get(name)!);
  return notes.map((note) => {
    const a = note.attribution;
    const sourceKeys = [a?.speaker, a?.via].filter((n): n is string => !!n).map(key).filter(Boolean);
    return { ...note, pageUrl: url(note.pageUrl), sourceKeys: [...new Set(sourceKeys)], words: noteWords(note) };
  });
}

export type NotesTuning = SearchTuning;
export const DEFAULT_NOTES_TUNING: NotesTuning = DEFAULT_SEARCH_TUNING;

const newestFirst = (a: Note, b: Note) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** A list longer than this is not read: search stops at the newest 200 matches unless asked for more. */
export const DEFAULT_SEARCH_LIMIT = 200;

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
      guard(async () => {
        // Derived fields first, outside the transaction (pure work that need not hold the database), then
        // one bulkPut in one transaction: an import is all or nothing, never half a notebook.
        const records = toNoteRecords(notes);
        await db.transaction('rw', db.notes, () => db.notes.bulkPut(records));
        return notes.length;
      }),

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
        const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
        // One read transaction: the plan's several reads (key counts, keys, notes) see the same notebook.
        const records = await db.transaction('r', db.notes, () => searchNoteRecords(db, words, limit, tuning));
        return records.map(toNote);
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
