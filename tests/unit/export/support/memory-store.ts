// An in-memory BackupStore with real transaction semantics (snapshot, roll back on rejection), for tests
// that run where IndexedDB is not available (jsdom).
import type { Note, Page, Source } from '../../../../src/core/model';
import { sourceKey } from '../../../../src/core/source-key';
import type { BackupData } from '../../../../src/export/backup-format';
import type { BackupStore, BackupTable } from '../../../../src/export/import-backup';

function table<T>(key: (r: T) => string, rows: Map<string, T>): BackupTable<T> {
  return {
    toArray: async () => [...rows.values()].map((r) => structuredClone(r)),
    keys: async () => [...rows.keys()],
    bulkGet: async (keys) => keys.map((k) => (rows.has(k) ? structuredClone(rows.get(k)!) : undefined)),
    bulkPut: async (items) => {
      for (const item of items) rows.set(key(item), structuredClone(item));
    },
  };
}

export interface MemoryStore extends BackupStore {
  snapshot(): BackupData;
}

export function memoryStore(initial: BackupData = { notes: [], sources: [], pages: [] }): MemoryStore {
  const notes = new Map<string, Note>(initial.notes.map((n) => [n.id, n]));
  const sources = new Map<string, Source>(initial.sources.map((s) => [s.id, s]));
  const pages = new Map<string, Page>(initial.pages.map((p) => [p.url, p]));
  const snapshot = (): BackupData => ({ notes: [...notes.values()], sources: [...sources.values()], pages: [...pages.values()] });
  return {
    notes: table((n) => n.id, notes),
    sources: table((s) => s.id, sources),
    pages: table((p) => p.url, pages),
    sourcesWithKeys: async (keys) => [...sources.values()].filter((s) => keys.includes(sourceKey(s.name))),
    transaction: async (_mode, fn) => {
      const before = structuredClone(snapshot());
      try {
        return await fn();
      } catch (e) {
        notes.clear(); sources.clear(); pages.clear();
        before.notes.forEach((n) => notes.set(n.id, n));
        before.sources.forEach((s) => sources.set(s.id, s));
        before.pages.forEach((p) => pages.set(p.url, p));
        throw e;
      }
    },
    snapshot,
  };
}
