/**
 * Storage failures as sentences a reader can act on. IndexedDB and Dexie report errors by name
 * (QuotaExceededError, VersionError, AbortError wrapping the real cause, …); this module walks that
 * chain once so the UI and the message router never show "AbortError: undefined".
 */
import type { Result } from '../core/result';

/** Error name → what the reader is told. The first name in the chain that is listed here wins. */
export const STORAGE_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  QuotaExceededError:
    'Storage is full: the browser refused to save. Free some disk space or delete old notes, then try again. Nothing was lost.',
  ConstraintError: 'That would create a duplicate: a record with the same name or id already exists.',
  VersionError: 'The notes database was made by a newer version of Claimlight. Update the extension to open it.',
  BlockedError:
    'Claimlight is upgrading its database, but another open Claimlight tab still uses the old version. Close the other Claimlight tabs and try again.',
  DatabaseClosedError:
    'The notes database was closed (it may be upgrading in another tab). Reload this page and try again.',
  DataCloneError: 'This record contains something that cannot be stored.',
  MissingAPIError: 'This browser offers no IndexedDB here (private browsing can disable it), so notes cannot be saved.',
  TransactionInactiveError: 'The save was interrupted before it finished, so nothing was written. Try again.',
  AbortError: 'The save was interrupted before it finished, so nothing was written. Try again.',
  InvalidStateError: 'The notes database is not ready (the browser may be shutting it down). Try again.',
  UnknownError: 'The browser reported an unknown storage error. Try again; if it persists, restart the browser.',
};

/** An error whose message is already meant for the reader; `cause` keeps the original for debugging. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: string;
  constructor(message: string, code: string, cause?: unknown) {
    super(message, { cause });
    this.code = code;
  }
}

interface Named {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
}

/** The chain of causes, outermost first (Dexie puts the real cause in `inner`). */
function chain(error: unknown): Named[] {
  const out: Named[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && out.length < 8) {
    const named = current as Named;
    out.push(named);
    current = named.inner ?? named.cause;
  }
  return out;
}

/** Map any thrown value to a StorageError with a reader-facing message. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const causes = chain(error);
  // The innermost listed name is the most specific: an AbortError caused by a quota failure is a quota failure.
  for (const cause of [...causes].reverse()) {
    const name = typeof cause.name === 'string' ? cause.name : '';
    const message = STORAGE_ERROR_MESSAGES[name];
    if (message) return new StorageError(message, name, error);
  }
  const detail = causes[0] && typeof causes[0].message === 'string' ? causes[0].message : String(error);
  return new StorageError(`Storage failed: ${detail}`, 'Error', error);
}

/** Run a storage operation, turning whatever it throws into a StorageError. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Run a storage operation and return its outcome as a Result value (for message handlers and UIs). */
export async function attempt<T>(operation: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    return { ok: false, error: toStorageError(error).message };
  }
}
