/**
 * What a valid Note, Source and Page look like in a backup file, as field tables over field-checks.ts.
 * Mirrors src/core/model.ts: when a field is added there, add its line here (a round-trip test fails
 * until you do, because the exporter writes the field and this table calls it unknown).
 */
import { SOURCE_TYPES, VERDICTS } from '../core/model';
import {
  httpUrl, integer, isoDateTime, listOf, nullable, oneOf, record, safeId, text, uuid,
  type Check, type FieldTable, type ProblemList,
} from './field-checks';

const confidence: Check = nullable(integer(1, 5));

/** Offsets are UTF-16 code units into a page's text map; 2^31 is far beyond any page. */
const offset: Check = integer(0, 2 ** 31 - 1);

const quoteFields: FieldTable = { exact: text({ nonEmpty: true }), prefix: text(), suffix: text() };
const positionFields: FieldTable = { start: offset, end: offset };

function positionOrder(value: Record<string, unknown>, path: string, problems: ProblemList): void {
  const { start, end } = value;
  if (typeof start === 'number' && typeof end === 'number' && start > end) {
    problems.add(`${path}.end`, `end (${end}) is before start (${start})`);
  }
}

const selectorFields: FieldTable = {
  quote: record(quoteFields),
  position: record(positionFields, positionOrder),
};

const attributionFields: FieldTable = {
  speaker: text({ nonEmpty: true }),
  role: nullable(text()),
  sourceType: oneOf(SOURCE_TYPES, 'source type'),
  cue: nullable(text()),
  medium: nullable(text()),
  via: nullable(text()),
};

export const NOTE_FIELDS: FieldTable = {
  id: uuid(),
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
};

export const SOURCE_FIELDS: FieldTable = {
  id: safeId(),
  name: text({ nonEmpty: true }),
  key: text({ nonEmpty: true }),
  aliases: listOf(text({ nonEmpty: true })),
  type: oneOf(SOURCE_TYPES, 'source type'),
  confidence,
  notes: text(),
  updatedAt: isoDateTime(),
};

export const PAGE_FIELDS: FieldTable = {
  url: httpUrl(),
  canonicalUrl: nullable(httpUrl()),
  title: nullable(text()),
  siteName: nullable(text()),
  publishedAt: nullable(isoDateTime()),
  firstSeenAt: isoDateTime(),
  lastSeenAt: isoDateTime(),
};

export const checkNote: Check = record(NOTE_FIELDS);
export const checkSource: Check = record(SOURCE_FIELDS);
export const checkPage: Check = record(PAGE_FIELDS);
