/**
 * Notes as CSV, one row per note, for spreadsheets.
 * RFC 4180 quoting (CRLF rows, fields with quotes, commas or line breaks are quoted, quotes doubled)
 * and formula-injection safe: page text is attacker-controlled, and a cell such as `=HYPERLINK(...)`
 * would run as a formula when the reader opens the file, so such cells get a leading apostrophe.
 */
import type { Note, Page } from '../core/model';
import { VERDICT_INFO } from './verdict-labels';

interface Column {
  header: string;
  value: (note: Note, page: Page | undefined) => string;
}

/** The columns, in order. Lists inside one cell are joined with line breaks (kept intact by quoting). */
export const CSV_COLUMNS: readonly Column[] = [
  { header: 'page url', value: (n) => n.pageUrl },
  { header: 'title', value: (n, p) => n.pageTitle ?? p?.title ?? '' },
  { header: 'claim', value: (n) => n.claimText || n.selector.quote.exact },
  { header: 'speaker', value: (n) => n.attribution?.speaker ?? '' },
  { header: 'source type', value: (n) => n.attribution?.sourceType ?? '' },
  { header: 'via', value: (n) => n.attribution?.via ?? '' },
  { header: 'verdict', value: (n) => VERDICT_INFO[n.verdict].label },
  { header: 'confidence', value: (n) => (n.confidence === null ? '' : String(n.confidence)) },
  { header: 'note', value: (n) => n.body },
  { header: 'evidence', value: (n) => n.evidence.join('\n') },
  { header: 'tags', value: (n) => n.tags.join('\n') },
  { header: 'created', value: (n) => n.createdAt },
  { header: 'updated', value: (n) => n.updatedAt },
];

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes one cell safe to open in a spreadsheet and quotes it per RFC 4180 when needed. */
export function csvCell(raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Renders notes as CSV text (header row first, CRLF line ends, no trailing blank record).
 * `pages` supplies titles for notes saved without one. Add a BOM when writing a file for Excel.
 */
export function notesToCsv(notes: readonly Note[], pages: readonly Page[] = []): string {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const rows = [CSV_COLUMNS.map((c) => csvCell(c.header)).join(',')];
  for (const note of notes) {
    const page = byUrl.get(note.pageUrl);
    rows.push(CSV_COLUMNS.map((c) => csvCell(c.value(note, page))).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
