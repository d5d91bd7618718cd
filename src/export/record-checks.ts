/**
 * What a valid Note, Source and Page look like in a backup file, as field tables over field-checks.ts.
 * Mirrors src/core/model.ts, and `satisfies` holds it to it: a field added to a record there is a type
 * error here until its check is added (otherwise backups would carry the field and import would refuse it).
 */
import { SOURCE_TYPES, VERDICTS, type Attribution, type Note, type Page, type Source, type TextPositionSelector, type TextQuoteSelector } from '../core/model';
import {
  httpUrl, integer, isoDateTime, listOf, nullable, oneOf, record, recordId, text,
  type Check, type ProblemList,
} from './field-checks';

/** A check for every field of `T`, and nothing else. */
type FieldsOf<T> = Readonly<Record<keyof T, Check>>;

const confidence: Check = nullable(integer(1, 5));

/** Offsets are UTF-16 code units into a page's text map; 2^31 is far beyond any page. */
const offset: Check = integer(0, 2 ** 31 - 1);

const quoteFields = { exact: text(), prefix: text(), suffix: text() } satisfies FieldsOf<TextQuoteSelector>;
const positionFields = { start: offset, end: offset } satisfies FieldsOf<TextPositionSelector>;

function positionOrder(value: Record<string, unknown>, path: string, problems: ProblemList): void {
  const { start, end } = value;
  if (typeof start === 'number' && typeof end === 'number' && start > end) {
    problems.add(`${path}.end`, `end (${end}) is before start (${start})`);
  }
}

const selectorFields = {
  quote: record(quoteFields),
  position: record(positionFields, positionOrder),
} satisfies FieldsOf<Note['selector']>;

const attributionFields = {
  speaker: text({ nonEmpty: true }),
  role: nullable(text()),
  sourceType: oneOf(SOURCE_TYPES, 'source type'),
  cue: nullable(text()),
  medium: nullable(text()),
  via: nullable(text()),
} satisfies FieldsOf<Attribution>;

export const NOTE_FIELDS = {
  id: recordId(),
  pageUrl: httpUrl(),
  pageTitle: nullable(text()),
  selector: record(selectorFields),
  claimText: text(),
  attribution: nullable(record(attributionFields)),
  verdict: oneOf(VERDICTS, 'verdict'),
  confidence,
  body: text(),
  // Evidence is what the reader typed as a source for the verdict: usually a URL, sometimes a citation.
  evidence: listOf(text({ nonEmpty: true })),
  tags: listOf(text({ nonEmpty: true })),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
} satisfies FieldsOf<Note>;

export const SOURCE_FIELDS = {
  id: recordId(),
  name: text({ nonEmpty: true }),
  // Storage recomputes the key from the name on write; the file's copy is informative only.
  key: text(),
  aliases: listOf(text({ nonEmpty: true })),
  type: oneOf(SOURCE_TYPES, 'source type'),
  confidence,
  notes: text(),
  updatedAt: isoDateTime(),
} satisfies FieldsOf<Source>;

export const PAGE_FIELDS = {
  url: httpUrl(),
  canonicalUrl: nullable(httpUrl()),
  title: nullable(text()),
  siteName: nullable(text()),
  // As the page states it (meta tag or JSON-LD), not necessarily ISO: "2026-05-01", "May 1, 2026".
  publishedAt: nullable(text()),
  firstSeenAt: isoDateTime(),
  lastSeenAt: isoDateTime(),
} satisfies FieldsOf<Page>;

export const checkNote: Check = record(NOTE_FIELDS);
export const checkSource: Check = record(SOURCE_FIELDS);
export const checkPage: Check = record(PAGE_FIELDS);
