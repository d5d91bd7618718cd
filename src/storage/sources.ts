/**
 * The source book: the reader's confidence and notes per speaker or outlet, found again by any name the
 * source goes by ("Oksana Markarova", "Markarova", "Ukraine's ambassador Markarova"; "WaPo"). Renaming,
 * adding aliases and merging never orphan notes: notes are filed under source keys, and a source keeps
 * every key it was ever known by.
 */
import Dexie from 'dexie';
import type { Source, SourceType } from '../core/model';
import { sourceKey, sourceKeyVariants } from '../core/source-key';
import type { ClaimlightDb } from './db';
import { StorageError, guard } from './errors';
import { type SourceRecord, toSource } from './records';

/** Every key a source is also known by (its name's variants and its aliases' keys), without its own key. */
export function sourceAliasKeys(name: string, aliases: readonly string[]): string[] {
  const key = sourceKey(name);
  const all = new Set([name, ...aliases].flatMap(sourceKeyVariants));
  all.delete(key);
  all.delete('');
  return [...all];
}

/** Every source key whose notes belong to this source (for notes.bySourceKeys). */
export function sourceMatchKeys(source: Source): string[] {
  return [source.key, ...sourceAliasKeys(source.name, source.aliases)];
}

/** The stored form of a source: key and alias keys recomputed from its name and aliases. */
export function toSourceRecord(source: Source): SourceRecord {
  return { ...source, key: sourceKey(source.name), aliasKeys: sourceAliasKeys(source.name, source.aliases) };
}

/** A new source-book entry with no confidence or notes yet. */
export function newSource(name: string, type: SourceType = 'named-person', now = new Date()): Source {
  return {
    id: crypto.randomUUID(), name: name.trim(), key: sourceKey(name), aliases: [], type, confidence: null, notes: '',
    updatedAt: now.toISOString(),
  };
}

export interface SourceMatch {
  name: string;
  source: Source | null;
}

/** A source as the in-memory book holds it: with the keys of the aliases the reader gave, precomputed. */
interface BookEntry {
  record: SourceRecord;
  explicitKeys: ReadonlySet<string>;
}

/**
 * How well a stored source matches a looked-up name: its own key (4), an alias the reader gave (3), a
 * derived variant equal to the name's key (2), any shared variant (1), or no match (0).
 */
function matchScore({ record, explicitKeys }: BookEntry, variants: readonly string[]): number {
  const [key] = variants;
  if (!key) return 0;
  if (record.key === key) return 4;
  if (explicitKeys.has(key)) return 3;
  if (record.aliasKeys.includes(key)) return 2;
  return variants.some((v) => v === record.key || record.aliasKeys.includes(v)) ? 1 : 0;
}

/** The best match for a name; null when none, or when two sources tie (two "Biden"s: add an alias). */
function bestMatch(book: ReadonlyMap<string, readonly BookEntry[]>, name: string): Source | null {
  const variants = sourceKeyVariants(name);
  const candidates = new Set(variants.flatMap((v) => book.get(v) ?? []));
  let best: BookEntry[] = [];
  let bestScore = 0;
  for (const entry of candidates) {
    const score = matchScore(entry, variants);
    if (score > bestScore) [best, bestScore] = [[entry], score];
    else if (score === bestScore && score > 0) best.push(entry);
  }
  return best.length === 1 ? toSource(best[0]!.record) : null;
}

const byName = (a: Source, b: Source) => a.name.localeCompare(b.name);

export interface SourcesRepository {
  /** Every source, sorted by name. */
  all(): Promise<Source[]>;
  get(id: string): Promise<Source | undefined>;
  /** Sources whose name, alias or notes contain the text (case and accents ignored). */
  search(text: string): Promise<Source[]>;
  /** Find many speakers at once, in input order (from an in-memory index of the book, see `book`). */
  lookup(names: readonly string[]): Promise<SourceMatch[]>;
  /**
   * Insert or replace a source (key and alias keys are recomputed).
   * @throws {StorageError} code ConstraintError when another source already has that name's key.
   */
  save(source: Source): Promise<Source>;
  /** Rename; the old name stays as an alias so pages that still use it keep finding the source. */
  rename(id: string, name: string): Promise<Source>;
  addAlias(id: string, alias: string): Promise<Source>;
  removeAlias(id: string, alias: string): Promise<Source>;
  /** Fold `dropId` into `keepId` (names become aliases, notes are joined) in one transaction. */
  merge(keepId: string, dropId: string): Promise<Source>;
  delete(id: string): Promise<boolean>;
  count(): Promise<number>;
}

/** The source-book repository over a database. */
export function sourcesRepository(db: ClaimlightDb): SourcesRepository {
  const load = async (id: string): Promise<SourceRecord> => {
    const record = await db.sources.get(id);
    if (!record) throw new StorageError('That source is no longer in the source book (it may have been merged or deleted).', 'NotFound');
    return record;
  };

  /** Write a source, refusing a name that another source already uses (instead of a bare ConstraintError). */
  const put = async (source: Source): Promise<Source> => {
    const record = toSourceRecord(source);
    if (!record.key) throw new StorageError('A source needs a name.', 'Invalid');
    const clash = await db.sources.where('key').equals(record.key).first();
    if (clash && clash.id !== record.id) {
      throw new StorageError(`"${clash.name}" is already in the source book under that name; merge the two instead.`, 'ConstraintError');
    }
    await db.sources.put(record);
    cached = null;
    return toSource(record);
  };

  /**
   * The whole book in memory, by every key it answers to. A page asks about dozens of speakers at once
   * and the book is small (thousands of entries), so one read serves every later lookup; any write, in
   * this window or another (Dexie's storagemutated event crosses windows), drops it.
   */
  let cached: Promise<Map<string, BookEntry[]>> | null = null;
  const book = () => {
    cached ??= db.sources.toArray().then((records) => {
      const index = new Map<string, BookEntry[]>();
      for (const record of records) {
        const entry = { record, explicitKeys: new Set(record.aliases.map(sourceKey)) };
        for (const key of [record.key, ...record.aliasKeys]) {
          const list = index.get(key);
          if (list) list.push(entry);
          else index.set(key, [entry]);
        }
      }
      return index;
    });
    cached.catch(() => {
      cached = null;
    });
    return cached;
  };
  const prefix = `idb://${db.name}/sources/`;
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix) || part === 'all')) cached = null;
  });

  const touch = (s: Source): Source => ({ ...s, updatedAt: new Date().toISOString() });
  const rw = <T>(fn: () => Promise<T>) => guard(() => db.transaction('rw', db.sources, fn));

  return {
    all: () => guard(async () => (await db.sources.toArray()).map(toSource).sort(byName)),

    get: (id) => guard(async () => {
      const record = await db.sources.get(id);
      return record && toSource(record);
    }),

    search: (text) =>
      guard(async () => {
        const needle = sourceKey(text);
        const all = (await db.sources.toArray()).map(toSource).sort(byName);
        if (!needle) return all;
        return all.filter((s) => [s.name, ...s.aliases, s.notes].some((t) => sourceKey(t).includes(needle)));
      }),

    lookup: (names) =>
      guard(async () => {
        const index = await book();
        return names.map((name) => ({ name, source: bestMatch(index, name) }));
      }),

    save: (source) => rw(() => put(source)),

    rename: (id, name) =>
      rw(async () => {
        const source = toSource(await load(id));
        const trimmed = name.trim();
        const aliases = sourceKey(trimmed) === source.key ? source.aliases : [...source.aliases, source.name];
        return put(touch({ ...source, name: trimmed, aliases: aliases.filter((a) => sourceKey(a) !== sourceKey(trimmed)) }));
      }),

    addAlias: (id, alias) =>
      rw(async () => {
        const source = toSource(await load(id));
        const key = sourceKey(alias);
        if (!key) throw new StorageError('An alias needs some letters.', 'Invalid');
        if (key === source.key || source.aliases.some((a) => sourceKey(a) === key)) return source;
        return put(touch({ ...source, aliases: [...source.aliases, alias.trim()] }));
      }),

    removeAlias: (id, alias) =>
      rw(async () => {
        const source = toSource(await load(id));
        return put(touch({ ...source, aliases: source.aliases.filter((a) => a !== alias) }));
      }),

    merge: (keepId, dropId) =>
      rw(async () => {
        if (keepId === dropId) return toSource(await load(keepId));
        const keep = toSource(await load(keepId));
        const drop = toSource(await load(dropId));
        const seen = new Set([keep.key]);
        const aliases: string[] = [];
        for (const alias of [...keep.aliases, drop.name, ...drop.aliases]) {
          const key = sourceKey(alias);
          if (key && !seen.has(key)) {
            seen.add(key);
            aliases.push(alias);
          }
        }
        const notes = [keep.notes, drop.notes].map((n) => n.trim()).filter(Boolean).join('\n\n');
        // Delete first: the dropped source's key becomes one of the kept source's alias keys.
        await db.sources.delete(dropId);
        cached = null;
        return put(touch({ ...keep, aliases, notes, confidence: keep.confidence ?? drop.confidence }));
      }),

    delete: (id) =>
      rw(async () => {
        const existed = (await db.sources.where('id').equals(id).count()) > 0;
        await db.sources.delete(id);
        cached = null;
        return existed;
      }),

    count: () => guard(() => db.sources.count()),
  };
}
