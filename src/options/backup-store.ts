/**
 * Adapts the extension's database (src/storage) to the `BackupStore` that import and export use. It lives
 * with the options page, which wires the two together, so that storage/ and export/ depend only on core/.
 * Records go in through the storage module's own converters, so imported notes and sources get the same
 * derived index fields (source keys, search words, alias keys) as ones saved from the page.
 */
import type { Note, Page, Source } from '../core/model';
import type { ClaimlightDb } from '../storage/db';
import { toNoteRecord } from '../storage/notes';
import { toNote, toSource } from '../storage/records';
import { toSourceRecord } from '../storage/sources';
import type { BackupStore, BackupTable } from '../export/import-backup';

/** A `BackupStore` over the Claimlight database. */
export function storageBackupStore(db: ClaimlightDb): BackupStore {
  const notes: BackupTable<Note> = {
    toArray: async () => (await db.notes.toArray()).map(toNote),
    keys: () => db.notes.toCollection().primaryKeys(),
    bulkGet: async (ids) => (await db.notes.bulkGet(ids)).map((r) => r && toNote(r)),
    bulkPut: (items) => db.notes.bulkPut(items.map(toNoteRecord)),
  };
  const sources: BackupTable<Source> = {
    toArray: async () => (await db.sources.toArray()).map(toSource),
    keys: () => db.sources.toCollection().primaryKeys(),
    bulkGet: async (ids) => (await db.sources.bulkGet(ids)).map((r) => r && toSource(r)),
    bulkPut: (items) => db.sources.bulkPut(items.map(toSourceRecord)),
  };
  const pages: BackupTable<Page> = {
    toArray: () => db.pages.toArray(),
    keys: () => db.pages.toCollection().primaryKeys(),
    bulkGet: (urls) => db.pages.bulkGet(urls),
    bulkPut: (items) => db.pages.bulkPut([...items]),
  };
  return {
    notes,
    sources,
    pages,
    sourcesWithKeys: async (keys) => (await db.sources.where('key').anyOf(keys).toArray()).map(toSource),
    transaction: (mode, fn) => db.transaction(mode, [db.notes, db.sources, db.pages], fn),
  };
}
