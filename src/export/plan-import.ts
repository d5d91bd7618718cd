/**
 * Decides what an import will do before it does it: which records are new, which replace an older
 * copy, and which are left alone. Pure, so the options page can show "N added, M updated, K unchanged"
 * before the reader confirms, and the write (import-backup.ts) just applies the plan.
 *
 * Merge rule: same id → the copy with the newer `updatedAt` wins; on a tie the stored copy stays.
 * Pages have no `updatedAt`; `lastSeenAt` plays that part, and the earliest `firstSeenAt` of the two
 * copies is kept, so importing an old backup never makes a page look newer to the reader than it is.
 * Sources are also the same when their names have the same source key (the source book allows one
 * source per key): a backup from another machine, where "Reuters" got another id, merges into the
 * reader's "Reuters" and keeps the reader's id.
 */
import type { Note, Page, Source } from '../core/model';
import { sourceKey } from '../core/source-key';
import type { BackupData } from './backup-format';

export interface CollectionPlan<T> {
  add: T[];
  update: T[];
  unchanged: number;
}

export interface ImportPlan {
  notes: CollectionPlan<Note>;
  sources: CollectionPlan<Source>;
  pages: CollectionPlan<Page>;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Plans merging `incoming` into `existing`. `existing` may hold the whole database or only the records
 * whose ids appear in `incoming`; records only in `existing` are never touched.
 */
export function planImport(existing: BackupData, incoming: BackupData): ImportPlan {
  return {
    notes: planCollection(existing.notes, incoming.notes, (n) => n.id, newerBy((n) => n.updatedAt)),
    sources: planSources(existing.sources, incoming.sources),
    pages: planCollection(existing.pages, incoming.pages, (p) => p.url, mergePage),
  };
}

/** Totals over the three collections, in the words the options page shows. */
export function summarizePlan(plan: ImportPlan): ImportSummary & Record<'notes' | 'sources' | 'pages', ImportSummary> {
  const one = <T>(c: CollectionPlan<T>): ImportSummary => ({ added: c.add.length, updated: c.update.length, unchanged: c.unchanged });
  const notes = one(plan.notes);
  const sources = one(plan.sources);
  const pages = one(plan.pages);
  return {
    added: notes.added + sources.added + pages.added,
    updated: notes.updated + sources.updated + pages.updated,
    unchanged: notes.unchanged + sources.unchanged + pages.unchanged,
    notes, sources, pages,
  };
}

/** Given the stored and the incoming copy, returns the record that should be stored. */
type Merge<T> = (stored: T, incoming: T) => T;

function planCollection<T>(existing: T[], incoming: T[], key: (r: T) => string, merge: Merge<T>): CollectionPlan<T> {
  const stored = new Map(existing.map((r) => [key(r), r]));
  const plan: CollectionPlan<T> = { add: [], update: [], unchanged: 0 };
  for (const record of incoming) {
    const old = stored.get(key(record));
    if (old === undefined) {
      plan.add.push(record);
      continue;
    }
    const merged = merge(old, record);
    if (deepEqual(merged, old)) plan.unchanged++;
    else plan.update.push(merged);
  }
  return plan;
}

function planSources(existing: Source[], incoming: Source[]): CollectionPlan<Source> {
  const byKey = new Map(existing.map((s) => [sourceKey(s.name), s]));
  // Give an incoming source the stored id of its namesake, then apply the ordinary id-based rule. The name
  // decides even when the id is also stored under another name: one source per key is the source book's
  // rule (a unique index), and the name is how the reader knows the source.
  const aligned = incoming.map((s) => {
    const namesake = byKey.get(sourceKey(s.name));
    return namesake && namesake.id !== s.id ? { ...s, id: namesake.id } : s;
  });
  return planCollection(existing, aligned, (s) => s.id, newerBy((s) => s.updatedAt));
}

function newerBy<T>(stamp: (r: T) => string): Merge<T> {
  // Compare instants, not strings: "…T12:00:00+02:00" and "…T10:00:00Z" are the same moment.
  return (stored, incoming) => (Date.parse(stamp(incoming)) > Date.parse(stamp(stored)) ? incoming : stored);
}

function mergePage(stored: Page, incoming: Page): Page {
  const winner = Date.parse(incoming.lastSeenAt) > Date.parse(stored.lastSeenAt) ? incoming : stored;
  const firstSeenAt = Date.parse(incoming.firstSeenAt) < Date.parse(stored.firstSeenAt) ? incoming.firstSeenAt : stored.firstSeenAt;
  return winner.firstSeenAt === firstSeenAt ? winner : { ...winner, firstSeenAt };
}

/** Structural equality for JSON data; key order does not matter (IndexedDB may reorder keys). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => Object.hasOwn(bo, k) && deepEqual(ao[k], bo[k]));
}
