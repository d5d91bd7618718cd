/**
 * The JSON backup file: its shape, its limits, and how it is written.
 * Everything the reader keeps (notes, sources, pages) goes into one self-describing document that
 * `parseBackup` can read back; this module is the single place that says what a version-1 file is.
 */
import type { Note, Page, Source } from '../core/model';

export const BACKUP_FORMAT = 'claimlight-backup';
export const BACKUP_VERSION = 1;

/** The records a backup carries, without the envelope. */
export interface BackupData {
  notes: Note[];
  sources: Source[];
  pages: Page[];
}

export interface Backup extends BackupData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 timestamp of the export. */
  exportedAt: string;
}

/** One thing wrong with a file, and where: `notes[3].verdict`, `sources[0].id`, or '' for the whole file. */
export interface BackupProblem {
  path: string;
  message: string;
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

/**
 * Limits that keep a hostile or broken file from exhausting the options page. They sit far above what a
 * reader produces (the storage benchmark's 50,000 notes export to about 40 MB).
 */
export const BACKUP_LIMITS = {
  /** Whole file, in UTF-16 code units (what `File.text()` gives us). */
  maxChars: 200 * 1024 * 1024,
  maxRecordsPerKind: 500_000,
  /** Any single string field (note bodies are the longest thing a reader writes). */
  maxStringChars: 200_000,
  maxListItems: 1_000,
  /** `parseBackup` stops listing after this many problems and says how many more there were. */
  maxProblemsListed: 100,
} as const;

/** Wraps records in the version-1 envelope. */
export function makeBackup(data: BackupData, exportedAt: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    notes: data.notes,
    sources: data.sources,
    pages: data.pages,
  };
}

/** Serialises a backup as pretty-printed JSON (diffable, and readable by a person who opens it). */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 2) + '\n';
}
