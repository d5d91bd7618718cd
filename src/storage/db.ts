/**
 * The `claimlight` IndexedDB database (Dexie 4): its schema versions and how it is opened.
 * Opened only by extension pages (background, popup, options), never by the content script, whose
 * IndexedDB would belong to the news site. Every schema change is a new entry in SCHEMA_VERSIONS with an
 * upgrade that keeps every record (tests/unit/storage/migration.test.ts opens a v1-made database).
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Page } from '../core/model';
import type { NoteRecord, SettingRecord, SourceRecord } from './records';
import { noteWords } from './search-words';

export const DATABASE_NAME = 'claimlight';

export interface SchemaVersion {
  version: number;
  /** Why this version exists: shown nowhere, but it is the first thing a maintainer needs. */
  reason: string;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Every schema the database has had, oldest first. Dexie upgrades an old database step by step. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    reason: 'first release',
    stores: {
      notes: 'id, pageUrl, updatedAt, verdict, *tags, *sourceKeys, *words',
      sources: 'id, &key, *aliasKeys',
      pages: 'url, lastSeenAt',
      settings: 'key',
    },
  },
  {
    version: 2,
    reason:
      'v1 indexed only note bodies and claim text for search; readers also search by speaker, outlet, tag and page title. ' +
      'Adds createdAt (All notes sorted by creation) and sources.updatedAt (source book sorted by last edit).',
    stores: {
      notes: 'id, pageUrl, updatedAt, createdAt, verdict, *tags, *sourceKeys, *words',
      sources: 'id, &key, *aliasKeys, updatedAt',
      pages: 'url, lastSeenAt',
      settings: 'key',
    },
    upgrade: async (tx) => {
      await tx.table<NoteRecord, string>('notes').toCollection().modify((note) => {
        note.words = noteWords(note);
      });
    },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The typed database. Tables are `declare`d so class-field semantics cannot overwrite Dexie's tables. */
export class ClaimlightDb extends Dexie {
  declare notes: Table<NoteRecord, string>;
  declare sources: Table<SourceRecord, string>;
  declare pages: Table<Page, string>;
  declare settings: Table<SettingRecord, string>;

  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export interface OpenOptions {
  name?: string;
  /** Called when an older Claimlight tab keeps the database open and the upgrade has to wait. */
  onBlocked?: () => void;
}

/** Create (not yet open) the database; Dexie opens it on first use. */
export function createDatabase(options: OpenOptions = {}): ClaimlightDb {
  const db = new ClaimlightDb(options.name ?? DATABASE_NAME);
  if (options.onBlocked) db.on('blocked', options.onBlocked);
  // Dexie's default versionchange handler already closes this connection (reopening on next use) when a
  // newer Claimlight tab upgrades, so an old options page never blocks an upgrade for long.
  return db;
}

let shared: ClaimlightDb | null = null;

/**
 * The one database of this extension page or worker, created lazily. A restarted MV3 service worker
 * gets a fresh one: nothing relies on it surviving between events.
 */
export function getDatabase(): ClaimlightDb {
  shared ??= createDatabase();
  return shared;
}
