/**
 * Runtime validation of everything that arrives by message, before it touches the database: the
 * request's shape (per type, with length limits so one message cannot fill the disk) and its sender
 * (this extension only; web pages and other extensions get nothing). Types say what a message should
 * be; this module checks what it is.
 */
import {
  CLAIM_KINDS, type Confidence, type Note, type Page, SOURCE_TYPES, type Settings, VERDICTS,
} from '../core/model';
import type { Request, RequestType, Result } from './protocol';

/** Upper bounds on what one message may carry. Generous for real use, small enough to stop abuse. */
export const LIMITS = {
  id: 200,
  url: 8_192,
  shortText: 500,
  claimText: 20_000,
  body: 100_000,
  context: 2_000,
  listItems: 200,
  names: 500,
  offset: 50_000_000,
  siteOverrides: 5_000,
} as const;

type Check<T> = (value: unknown, path: string) => Result<T>;
const fail = (path: string, problem: string): { ok: false; error: string } => ({ ok: false, error: `${path}: ${problem}` });
const ok = <T>(value: T): Result<T> => ({ ok: true, value });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (max: number, { empty = true } = {}): Check<string> => (v, path) => {
  if (typeof v !== 'string') return fail(path, 'must be a string');
  if (v.length > max) return fail(path, `is longer than ${max} characters`);
  if (!empty && v.trim().length === 0) return fail(path, 'must not be empty');
  return ok(v);
};
const nullable = <T>(check: Check<T>): Check<T | null> => (v, path) => (v === null ? ok(null) : check(v, path));
const oneOf = <T extends string>(allowed: readonly T[]): Check<T> => (v, path) =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? ok(v as T) : fail(path, `must be one of ${allowed.join(', ')}`);
const int = (min: number, max: number): Check<number> => (v, path) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? ok(v) : fail(path, `must be a whole number from ${min} to ${max}`);
const bool: Check<boolean> = (v, path) => (typeof v === 'boolean' ? ok(v) : fail(path, 'must be true or false'));
const list = <T>(item: Check<T>, max: number = LIMITS.listItems): Check<T[]> => (v, path) => {
  if (!Array.isArray(v)) return fail(path, 'must be a list');
  if (v.length > max) return fail(path, `has more than ${max} items`);
  const out: T[] = [];
  for (const [i, x] of v.entries()) {
    const r = item(x, `${path}[${i}]`);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
};
const isoDate: Check<string> = (v, path) =>
  typeof v === 'string' && v.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))
    ? ok(v)
    : fail(path, 'must be an ISO 8601 date-time');
/** Web URLs only: an evidence link or page address with another scheme (javascript:, data:) is refused. */
const webUrl: Check<string> = (v, path) => {
  const s = str(LIMITS.url, { empty: false })(v, path);
  if (!s.ok) return s;
  try {
    const protocol = new URL(s.value).protocol;
    return protocol === 'http:' || protocol === 'https:' ? s : fail(path, 'must be an http(s) URL');
  } catch {
    return fail(path, 'must be an http(s) URL');
  }
};
const confidence: Check<Confidence> = (v, path) => {
  const r = int(1, 5)(v, path);
  return r.ok ? ok(r.value as Confidence) : r;
};

/** Check an object against a field table, building a new object with only the known fields. */
function shape<T>(fields: { [K in keyof T]-?: Check<T[K]> }, { optional = [] as Array<keyof T> } = {}): Check<T> {
  return (v, path) => {
    if (!isRecord(v)) return fail(path, 'must be an object');
    const out: Partial<T> = {};
    for (const key of Object.keys(fields) as Array<keyof T>) {
      const value = v[key as string];
      if (value === undefined && optional.includes(key)) continue;
      const r = fields[key](value, `${path}.${String(key)}`);
      if (!r.ok) return r;
      out[key] = r.value;
    }
    return ok(out as T);
  };
}

/** A string cut to `max` characters: page metadata comes from the site, whose title length we do not control. */
const truncated = (max: number): Check<string> => (v, path) =>
  typeof v === 'string' ? ok(v.length > max ? v.slice(0, max) : v) : fail(path, 'must be a string');
const attribution = shape<NonNullable<Note['attribution']>>({
  speaker: str(LIMITS.shortText),
  role: nullable(str(LIMITS.shortText)),
  sourceType: oneOf(SOURCE_TYPES),
  cue: nullable(str(LIMITS.shortText)),
  medium: nullable(str(LIMITS.shortText)),
  via: nullable(str(LIMITS.shortText)),
});

/** Validate a Note (a fresh object with only the model's fields). */
export const validateNote: Check<Note> = (v, path) => {
  const r = shape<Note>({
    id: str(LIMITS.id, { empty: false }),
    pageUrl: webUrl,
    pageTitle: nullable(truncated(LIMITS.shortText * 4)),
    selector: shape<Note['selector']>({
      quote: shape<Note['selector']['quote']>({
        exact: str(LIMITS.claimText), prefix: str(LIMITS.context), suffix: str(LIMITS.context),
      }),
      position: shape<Note['selector']['position']>({ start: int(0, LIMITS.offset), end: int(0, LIMITS.offset) }),
    }),
    claimText: str(LIMITS.claimText),
    attribution: nullable(attribution),
    verdict: oneOf(VERDICTS),
    confidence: nullable(confidence),
    body: str(LIMITS.body),
    evidence: list(webUrl, 50),
    tags: list(str(100, { empty: false }), 50),
    createdAt: isoDate,
    updatedAt: isoDate,
  })(v, path);
  if (r.ok && r.value.selector.position.end < r.value.selector.position.start) {
    return fail(`${path}.selector.position`, 'end must not be before start');
  }
  return r;
};

/** A web URL, or null when the page declared something else (a canonical `javascript:` link is dropped). */
const webUrlOrNull: Check<string | null> = (v, path) => {
  if (v === null) return ok(null);
  if (typeof v !== 'string') return fail(path, 'must be a string or null');
  return webUrl(v, path).ok ? ok(v) : ok(null);
};

/**
 * Validate a Page record. Its metadata is whatever the site declared, so overlong or odd values are cut
 * or dropped rather than costing the reader the visit; the address and times must be right.
 */
export const validatePage: Check<Page> = shape<Page>({
  url: webUrl,
  canonicalUrl: webUrlOrNull,
  title: nullable(truncated(LIMITS.shortText * 4)),
  siteName: nullable(truncated(LIMITS.shortText)),
  publishedAt: nullable(truncated(64)),
  firstSeenAt: isoDate,
  lastSeenAt: isoDate,
});

const cssColour = str(100, { empty: false });
/** Validate a Settings object. */
export const validateSettings: Check<Settings> = (v, path) => {
  if (!isRecord(v)) return fail(path, 'must be an object');
  const autoScan = bool(v.autoScan, `${path}.autoScan`);
  if (!autoScan.ok) return autoScan;
  if (!isRecord(v.siteOverrides)) return fail(`${path}.siteOverrides`, 'must be an object');
  const entries = Object.entries(v.siteOverrides);
  if (entries.length > LIMITS.siteOverrides) return fail(`${path}.siteOverrides`, `has more than ${LIMITS.siteOverrides} sites`);
  const siteOverrides: Record<string, boolean> = {};
  for (const [host, on] of entries) {
    if (host.length > 300 || !/^[a-z0-9.*:[\]-]+$/i.test(host)) return fail(`${path}.siteOverrides`, `"${host.slice(0, 40)}" is not a host name`);
    const b = bool(on, `${path}.siteOverrides.${host}`);
    if (!b.ok) return b;
    siteOverrides[host] = b.value;
  }
  const kinds = list(oneOf(CLAIM_KINDS), CLAIM_KINDS.length)(v.kindsShown, `${path}.kindsShown`);
  if (!kinds.ok) return kinds;
  if (!isRecord(v.colours)) return fail(`${path}.colours`, 'must be an object');
  const colours: Settings['colours'] = {};
  for (const [kind, colour] of Object.entries(v.colours)) {
    const k = oneOf([...CLAIM_KINDS, 'noted' as const])(kind, `${path}.colours`);
    if (!k.ok) return k;
    const c = cssColour(colour, `${path}.colours.${kind}`);
    if (!c.ok) return c;
    colours[k.value] = c.value;
  }
  return ok({ autoScan: autoScan.value, siteOverrides, kindsShown: kinds.value, colours });
};

/** Per request type: the fields beyond `type`. A new request type fails to compile until it is listed. */
const REQUEST_FIELDS: { [T in RequestType]: Check<Omit<Extract<Request, { type: T }>, 'type'>> } = {
  ping: shape({}),
  'notes/forPage': shape({ url: webUrl }),
  'notes/save': shape({ note: validateNote }),
  'notes/delete': shape({ id: str(LIMITS.id, { empty: false }) }),
  'sources/lookup': shape({ names: list(str(LIMITS.shortText), LIMITS.names) }),
  'pages/visit': shape({ page: validatePage }),
  'settings/get': shape({}),
  'settings/save': shape({ settings: validateSettings }),
  'page/analysis': shape({ force: bool }, { optional: ['force'] }),
  'page/toggleHighlights': shape({ on: bool }, { optional: ['on'] }),
  'page/focusClaim': shape({ claimId: str(LIMITS.id, { empty: false }) }),
  'page/focusNote': shape({ noteId: str(LIMITS.id, { empty: false }) }),
  'page/addNoteFromSelection': shape({ selectionText: str(LIMITS.claimText) }, { optional: ['selectionText'] }),
  'page/stepClaim': shape({ direction: (v, path) => (v === 1 || v === -1 ? ok(v) : fail(path, 'must be 1 or -1')) }),
  'ui/openPopup': shape({}),
};

/** Validate an incoming message as a Request: a fresh object with only the known fields, or an error value. */
export function validateRequest(message: unknown): Result<Request> {
  if (!isRecord(message)) return fail('request', 'must be an object');
  const type = message.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(REQUEST_FIELDS, type)) {
    return fail('request.type', `unknown request type ${JSON.stringify(String(type).slice(0, 60))}`);
  }
  const fields = REQUEST_FIELDS[type as RequestType](message, 'request');
  return fields.ok ? ok({ ...fields.value, type } as Request) : fields;
}

/** What the background needs to know about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

/** Who the extension is: its id and its own origin (`runtime.getURL('')`). */
export interface Self {
  runtimeId: string;
  extensionOrigin: string;
}

export type SenderKind = 'extension-page' | 'content-script';

const EXTENSION_SCHEMES = /^(chrome|moz|safari-web|ms-browser)-extension:\/\//i;

/**
 * Decide whether a sender may talk to the background: it must be this extension (same id); a sender with
 * an extension URL must be one of our own pages; anything else must be our content script in a tab.
 */
export function validateSender(sender: SenderInfo | undefined, self: Self): Result<SenderKind> {
  if (!sender || sender.id !== self.runtimeId) return { ok: false, error: 'Refused: the message did not come from Claimlight.' };
  const url = sender.url ?? sender.origin ?? '';
  if (EXTENSION_SCHEMES.test(url)) {
    return url.startsWith(self.extensionOrigin) ? ok('extension-page') : { ok: false, error: 'Refused: the message came from another extension.' };
  }
  if (sender.tab && typeof sender.tab.id === 'number') return ok('content-script');
  return { ok: false, error: 'Refused: the message came from neither a Claimlight page nor its content script.' };
}
