/**
 * What the database stores, as opposed to what the rest of the code sees: model records plus the
 * derived fields the indexes need (source keys and search words on notes, alias keys on sources).
 * Repositories add these on write and strip them on read, so callers only ever handle model types.
 */
import type { Note, Source } from '../core/model';

export interface NoteRecord extends Note {
  /** Source keys of the attribution's speaker and via outlet (index `*sourceKeys`). */
  sourceKeys: string[];
  /** Full-text words (index `*words`, see search-words.ts). */
  words: string[];
}

export interface SourceRecord extends Source {
  /** Every key the source is also known by: its aliases' keys and the variants of its name and aliases. */
  aliasKeys: string[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The model view of a stored note. */
export function toNote(record: NoteRecord): Note {
  const { sourceKeys: _keys, words: _words, ...note } = record;
  return note;
}

/** The model view of a stored source. */
export function toSource(record: SourceRecord): Source {
  const { aliasKeys: _aliasKeys, ...source } = record;
  return source;
}
