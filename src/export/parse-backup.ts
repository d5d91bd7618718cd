/**
 * Reads a backup file and decides, before anything is written, whether every part of it is valid.
 * Returns the typed backup or the full list of problems with where each is; never throws on bad input,
 * so the options page can show the reader what to fix.
 */
import {
  BACKUP_FORMAT, BACKUP_LIMITS, BACKUP_VERSION,
  type Backup, type BackupProblem, type ParseBackupResult,
} from './backup-format';
import { isoDateTime, isPlainObject, ProblemList, typeName, type Check } from './field-checks';
import { sourceKey } from '../core/source-key';
import { findJsonSyntaxError } from './json-syntax-error';
import { checkNote, checkPage, checkSource } from './record-checks';

interface UniqueField {
  field: string;
  /** What must be unique: the field's value, or something derived from it. */
  value: (v: unknown) => unknown;
  what: string;
}

const asIs = (v: unknown): unknown => v;

/** The three record lists, with their checks and the fields that must be unique within the file. */
const COLLECTIONS: ReadonlyArray<{ key: 'notes' | 'sources' | 'pages'; check: Check; unique: UniqueField[] }> = [
  { key: 'notes', check: checkNote, unique: [{ field: 'id', value: asIs, what: 'id' }] },
  {
    key: 'sources',
    check: checkSource,
    unique: [
      { field: 'id', value: asIs, what: 'id' },
      // The source book holds one source per key (a unique index): two such sources could not both be stored.
      { field: 'name', value: (v) => (typeof v === 'string' ? sourceKey(v) : v), what: 'source (same name once normalised)' },
    ],
  },
  { key: 'pages', check: checkPage, unique: [{ field: 'url', value: asIs, what: 'url' }] },
];

const ENVELOPE_KEYS = new Set(['format', 'version', 'exportedAt', 'notes', 'sources', 'pages']);

/** The size limits a caller may tighten (tests; a low-memory context). */
export interface SizeLimits {
  maxChars: number;
  maxRecordsPerKind: number;
}

/** Parses and validates a whole backup file; `{ok:false}` lists every problem found (up to a limit). */
export function parseBackup(textIn: string, limits: SizeLimits = BACKUP_LIMITS): ParseBackupResult {
  const fail = (problems: BackupProblem[]): ParseBackupResult => ({ ok: false, problems });
  if (textIn.length > limits.maxChars) {
    return fail([{ path: '', message: `file too large (${mib(textIn.length)} MiB; at most ${mib(limits.maxChars)} MiB)` }]);
  }
  // A UTF-8 byte-order mark is harmless and added by some editors; strip it rather than reject the file.
  const text = textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn;
  if (text.trim() === '') return fail([{ path: '', message: 'the file is empty' }]);

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const err = findJsonSyntaxError(text);
    const where = err ? `line ${err.line}, column ${err.column}: ${err.message}` : 'not valid JSON';
    return fail([{ path: '', message: `not a JSON file (${where})` }]);
  }

  const problems = new ProblemList();
  if (!isPlainObject(data)) return fail([{ path: '', message: `expected a Claimlight backup object, found ${typeName(data)}` }]);
  if (data.format !== BACKUP_FORMAT) {
    return fail([{ path: 'format', message: `not a Claimlight backup (format is ${JSON.stringify(data.format)}, expected "${BACKUP_FORMAT}")` }]);
  }
  if (data.version !== BACKUP_VERSION) {
    const newer = typeof data.version === 'number' && data.version > BACKUP_VERSION;
    return fail([{
      path: 'version',
      message: newer
        ? `made by a newer Claimlight (backup version ${data.version}); this one reads version ${BACKUP_VERSION}`
        : `unsupported backup version ${JSON.stringify(data.version)}; expected ${BACKUP_VERSION}`,
    }]);
  }
  isoDateTime()(data.exportedAt, 'exportedAt', problems);
  for (const key of Object.keys(data)) if (!ENVELOPE_KEYS.has(key)) problems.add(key, 'unknown field');

  for (const { key, check, unique } of COLLECTIONS) {
    const list = data[key];
    if (!Array.isArray(list)) {
      problems.add(key, Object.hasOwn(data, key) ? `expected a list, found ${typeName(list)}` : 'missing');
      continue;
    }
    if (list.length > limits.maxRecordsPerKind) {
      problems.add(key, `too many records (${list.length}; at most ${limits.maxRecordsPerKind})`);
      continue;
    }
    const seen = unique.map(() => new Map<unknown, number>());
    list.forEach((item, i) => {
      const path = `${key}[${i}]`;
      check(item, path, problems);
      if (!isPlainObject(item)) return;
      unique.forEach((u, j) => {
        const value = u.value(item[u.field]);
        const first = seen[j]!.get(value);
        if (first !== undefined) problems.add(`${path}.${u.field}`, `duplicate ${u.what}: the same as ${key}[${first}]`);
        else seen[j]!.set(value, i);
      });
    });
  }

  if (problems.count > 0) return fail(problems.toArray());
  // Every field has been checked against the record tables above, so the cast states a proven fact.
  return { ok: true, backup: data as unknown as Backup };
}

function mib(chars: number): string {
  const m = chars / (1024 * 1024);
  return m < 0.1 ? m.toFixed(4) : m.toFixed(1);
}
