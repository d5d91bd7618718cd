/**
 * Claimlight's storage, for extension pages (background, popup, options) only. One call,
 * `openRepositories()`, gives the repositories over the shared database; `liveQuery` re-runs a query
 * whenever another window changes what it read, which keeps two open windows in sync.
 */
import { liveQuery } from 'dexie';
import { type ClaimlightDb, getDatabase } from './db';
import { guard } from './errors';
import { type NotesRepository, notesRepository } from './notes';
import { type PagesRepository, pagesRepository } from './pages';
import { type SettingsRepository, settingsRepository } from './settings';
import { type SourcesRepository, sourcesRepository } from './sources';

export interface Repositories {
  db: ClaimlightDb;
  notes: NotesRepository;
  sources: SourcesRepository;
  pages: PagesRepository;
  settings: SettingsRepository;
  /** Wipe every note, source, page and setting in one transaction ("Delete everything"). */
  deleteEverything(): Promise<void>;
}

/** The repositories over a database (the extension's own by default). */
export function openRepositories(db: ClaimlightDb = getDatabase()): Repositories {
  return {
    db,
    notes: notesRepository(db),
    sources: sourcesRepository(db),
    pages: pagesRepository(db),
    settings: settingsRepository(db),
    deleteEverything: () =>
      guard(() =>
        db.transaction('rw', [db.notes, db.sources, db.pages, db.settings], async () => {
          await Promise.all([db.notes.clear(), db.sources.clear(), db.pages.clear(), db.settings.clear()]);
        }),
      ),
  };
}

export { liveQuery };
export { ClaimlightDb, CURRENT_VERSION, DATABASE_NAME, SCHEMA_VERSIONS, createDatabase, getDatabase } from './db';
export type { OpenOptions, SchemaVersion } from './db';
export { STORAGE_ERROR_MESSAGES, StorageError, attempt, guard, toStorageError } from './errors';
export type { NotesRepository, SearchOptions } from './notes';
export { noteSourceKeys } from './notes';
export type { PagesRepository } from './pages';
export type { SettingsRepository } from './settings';
export { withDefaults } from './settings';
export type { SourceMatch, SourcesRepository } from './sources';
export { newSource, sourceAliasKeys, sourceMatchKeys } from './sources';
