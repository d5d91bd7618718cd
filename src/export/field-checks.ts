/**
 * Small composable checks for untrusted JSON values, each reporting problems with the path where they are.
 * The backup validator (record-checks.ts) is built from these as data tables, so adding a field to a
 * record is one line there, not a new branch here.
 */
import { BACKUP_LIMITS, type BackupProblem } from './backup-format';

/** Collects problems; stops storing them after a limit but keeps counting, so the summary stays honest. */
export class ProblemList {
  readonly items: BackupProblem[] = [];
  count = 0;
  constructor(private readonly limit: number = BACKUP_LIMITS.maxProblemsListed) {}

  add(path: string, message: string): void {
    this.count++;
    if (this.items.length < this.limit) this.items.push({ path, message });
  }

  /** The stored problems, plus one line saying how many were left out. */
  toArray(): BackupProblem[] {
    const more = this.count - this.items.length;
    return more > 0 ? [...this.items, { path: '', message: `…and ${more} more problems` }] : [...this.items];
  }
}

/** Checks `value` found at `path`; reports into `problems`. */
export type Check = (value: unknown, path: string, problems: ProblemList) => void;

/** A record's fields, each with its check; any other key is reported as unknown. */
export type FieldTable = Readonly<Record<string, Check>>;

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string no longer than the per-field limit (and optionally not empty). */
export function text(opts: { nonEmpty?: boolean } = {}): Check {
  return (value, path, problems) => {
    if (typeof value !== 'string') return problems.add(path, `expected text, found ${typeName(value)}`);
    if (opts.nonEmpty && value.trim() === '') return problems.add(path, 'must not be empty');
    if (value.length > BACKUP_LIMITS.maxStringChars) {
      problems.add(path, `too long (${value.length} characters; at most ${BACKUP_LIMITS.maxStringChars})`);
    }
  };
}

/** `null`, or whatever `check` accepts. */
export function nullable(check: Check): Check {
  return (value, path, problems) => {
    if (value !== null) check(value, path, problems);
  };
}

/** One of a fixed list of strings (verdicts, source types). */
export function oneOf(allowed: readonly string[], what: string): Check {
  return (value, path, problems) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      problems.add(path, `unknown ${what} ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
    }
  };
}

/** An integer in [min, max]. */
export function integer(min: number, max: number): Check {
  return (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return problems.add(path, `expected a whole number, found ${typeName(value)}${typeof value === 'number' ? ` ${value}` : ''}`);
    }
    if (value < min || value > max) problems.add(path, `${value} is out of range (${min}–${max})`);
  };
}

/** Control characters (C0, DEL, C1) have no business in an id and hide in logs and file names. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const MAX_ID = 200;

/**
 * A record id: non-empty text of at most 200 characters without control characters. Claimlight makes
 * UUIDs, but the storage layer accepts any such id, and every note it holds must survive a backup.
 */
export function recordId(): Check {
  return (value, path, problems) => {
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_ID || CONTROL.test(value)) {
      problems.add(path, `bad id ${JSON.stringify(typeof value === 'string' ? value.slice(0, 60) : value)}: expected 1–${MAX_ID} printable characters`);
    }
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True for an ISO 8601 date-time with a zone whose fields are all in range (no 30 February). */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s, oh, om] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || h! > 23 || mi! > 59 || s! > 59 || oh! > 23 || om! > 59) return false;
  const daysInMonth = new Date(Date.UTC(y!, mo!, 0)).getUTCDate();
  return d! <= daysInMonth && !Number.isNaN(Date.parse(value));
}

export function isoDateTime(): Check {
  return (value, path, problems) => {
    if (typeof value !== 'string' || !isIsoDateTime(value)) {
      problems.add(path, `bad date ${JSON.stringify(value)}: expected an ISO 8601 date-time such as 2024-05-01T12:00:00.000Z`);
    }
  };
}

/** An absolute http(s) URL (page URLs; never javascript:, data: or file:). */
export function httpUrl(): Check {
  return (value, path, problems) => {
    if (typeof value !== 'string') return problems.add(path, `expected a URL, found ${typeName(value)}`);
    if (!isHttpUrl(value)) problems.add(path, `bad URL ${JSON.stringify(value.slice(0, 200))}: expected an http or https address`);
  };
}

export function isHttpUrl(value: string): boolean {
  if (value.length > BACKUP_LIMITS.maxStringChars) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A list of at most `maxListItems` items, each checked. */
export function listOf(item: Check): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return problems.add(path, `expected a list, found ${typeName(value)}`);
    if (value.length > BACKUP_LIMITS.maxListItems) {
      return problems.add(path, `too many items (${value.length}; at most ${BACKUP_LIMITS.maxListItems})`);
    }
    value.forEach((v, i) => item(v, `${path}[${i}]`, problems));
  };
}

/** An object with exactly the fields of `table`: missing and unknown keys are both problems. */
export function record(table: FieldTable, extra?: (value: Record<string, unknown>, path: string, problems: ProblemList) => void): Check {
  return (value, path, problems) => {
    if (!isPlainObject(value)) return problems.add(path, `expected an object, found ${typeName(value)}`);
    for (const [key, check] of Object.entries(table)) {
      const p = path ? `${path}.${key}` : key;
      if (!Object.hasOwn(value, key)) problems.add(p, 'missing');
      else check(value[key], p, problems);
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(table, key)) problems.add(path ? `${path}.${key}` : key, 'unknown field');
    }
    if (extra) extra(value, path, problems);
  };
}
