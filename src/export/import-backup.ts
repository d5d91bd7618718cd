/**
 * Reads the database for export and writes a validated backup into it, in one transaction.
 * Talks to storage through `BackupStore`, the few table operations it needs; options/backup-store.ts adapts the
 * extension's database to it.
 */
import type { Note, Page, Source } from '../core/model';
import { sourceKey } from '../core/source-key';
import type { Backup, BackupData, BackupProblem } from './backup-format';
import { parseBackup } from './parse-backup';
import { planImport, summarizePlan, type ImportPlan } from './plan-import';

/** The subset of a Dexie `Table` that import and export use. */
export interface BackupTable<T> {
  toArray(): Promise<T[]>;
  /** Every primary key (cheap: no record is read). */
  keys(): Promise<string[]>;
  bulkGet(keys: string[]): Promise<Array<T | undefined>>;
  bulkPut(items: readonly T[]): Promise<unknown>;
}

export interface BackupStore {
  notes: BackupTable<Note>;
  sources: BackupTable<Source>;
  pages: BackupTable<Page>;
  /** Stored sources whose source key is one of `keys` (the source book allows one source per key). */
  sourcesWithKeys(keys: string[]): Promise<Source[]>;
  /** Runs `fn` in one transaction over the three tables; in 'rw' mode, if `fn` rejects, nothing is kept. */
  transaction<R>(mode: 'r' | 'rw', fn: () => Promise<R>): Promise<R>;
}

/** Reads every record for a backup, all from the same consistent snapshot. */
export async function readBackupData(store: BackupStore): Promise<BackupData> {
  return store.transaction('r', async () => {
    const [notes, sources, pages] = await Promise.all([store.notes.toArray(), store.sources.toArray(), store.pages.toArray()]);
    return { notes, sources, pages };
  });
}

/** Reads the stored copies of the records a backup mentions, and plans the merge (writes nothing). */
export async function previewImport(store: BackupStore, backup: BackupData): Promise<ImportPlan> {
  return planImport(await storedCounterparts(store, backup), backup);
}

export type ImportProgress = (done: number, total: number) => void;

export interface ImportOptions {
  onProgress?: ImportProgress;
  /** Records written per `bulkPut`; between chunks the UI gets a progress callback. */
  chunkSize?: number;
}

/**
 * Merges a backup into the store in one transaction: either every planned record is written or none is.
 * The plan is recomputed inside the transaction, so an edit made since the preview is respected.
 * @throws whatever the store throws (quota, aborted transaction): the transaction is rolled back first.
 */
export async function importBackup(
  store: BackupStore,
  backup: Backup,
  { onProgress = () => {}, chunkSize = 2_000 }: ImportOptions = {},
): Promise<ReturnType<typeof summarizePlan>> {
  return store.transaction('rw', async () => {
    const plan = planImport(await storedCounterparts(store, backup), backup);
    const total = [plan.notes, plan.sources, plan.pages].reduce((n, c) => n + c.add.length + c.update.length, 0);
    let done = 0;
    onProgress(0, total);
    const putAll = async <T>(table: BackupTable<T>, items: T[]): Promise<void> => {
      for (let i = 0; i < items.length; i += chunkSize) {
        const chunk = items.slice(i, i + chunkSize);
        await table.bulkPut(chunk);
        done += chunk.length;
        onProgress(done, total);
      }
    };
    // Await only calls that reach Dexie: awaiting an async function that made no Dexie call (an empty
    // list) loses Dexie's transaction zone, and the next write fails with "Transaction committed too early".
    const notes = [...plan.notes.add, ...plan.notes.update];
    const sources = [...plan.sources.add, ...plan.sources.update];
    const pages = [...plan.pages.add, ...plan.pages.update];
    if (notes.length) await putAll(store.notes, notes);
    if (sources.length) await putAll(store.sources, sources);
    if (pages.length) await putAll(store.pages, pages);
    return summarizePlan(plan);
  });
}

/**
 * The stored records that share a key with an incoming one. Keys are read first and only the overlap is
 * fetched: restoring into an empty or unrelated database then reads no record at all (a `bulkGet` of
 * 10,000 missing ids costs as much as fetching them).
 */
async function storedOverlap<T>(table: BackupTable<T>, wanted: string[]): Promise<T[]> {
  // No shortcut for an empty `wanted`: this runs inside a Dexie transaction, and a chain that awaits no
  // Dexie call loses the transaction's zone (see importBackup).
  const stored = new Set(await table.keys());
  const overlap = wanted.filter((k) => stored.has(k));
  if (overlap.length === 0) return [];
  return (await table.bulkGet(overlap)).filter((x): x is T => x !== undefined);
}

async function storedCounterparts(store: BackupStore, backup: BackupData): Promise<BackupData> {
  const [notes, sourcesById, sourcesByKey, pages] = await Promise.all([
    storedOverlap(store.notes, backup.notes.map((n) => n.id)),
    storedOverlap(store.sources, backup.sources.map((s) => s.id)),
    backup.sources.length === 0 ? [] : store.sourcesWithKeys([...new Set(backup.sources.map((s) => sourceKey(s.name)))]),
    storedOverlap(store.pages, backup.pages.map((p) => p.url)),
  ]);
  const sources = new Map([...sourcesById, ...sourcesByKey].map((s) => [s.id, s]));
  return { notes, sources: [...sources.values()], pages };
}

export type ImportFileResult =
  | { ok: true; summary: ReturnType<typeof summarizePlan> }
  | { ok: false; problems: BackupProblem[] };

/** Validates a backup file's text and, only if all of it is valid, merges it (one transaction). */
export async function importBackupText(store: BackupStore, text: string, options?: ImportOptions): Promise<ImportFileResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, summary: await importBackup(store, parsed.backup, options) };
}
