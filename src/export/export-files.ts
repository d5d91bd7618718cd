/**
 * The export formats the options page offers, as one table: label, file name, MIME type, and how the
 * file's text is built from the reader's records. The panel renders one button per row, so adding a
 * format is one entry here.
 */
import { makeBackup, serializeBackup, type BackupData } from './backup-format';
import { notesToClaimReviews, type ClaimReviewOptions } from './claim-review';
import { notesToCsv } from './csv';
import { notesToMarkdown } from './markdown';
import { notesToAnnotationCollection } from './web-annotation';

export type ExportKind = 'backup' | 'csv' | 'markdown' | 'web-annotation' | 'claim-review';

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

export interface ExportContext {
  now: Date;
  /** A fresh id for containers that need one (the annotation collection). */
  newId: () => string;
  claimReview?: ClaimReviewOptions;
}

export interface ExportFormat {
  kind: ExportKind;
  label: string;
  /** One line for the button's description: who the file is for. */
  purpose: string;
  build: (data: BackupData, ctx: ExportContext) => ExportFile;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** UTF-8 BOM: Excel otherwise opens a UTF-8 CSV as Windows-1252 and mangles every non-ASCII name. */
const BOM = '\ufeff';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    kind: 'backup',
    label: 'JSON backup',
    purpose: 'Everything: notes, source book, pages. Import it here to restore or move to another browser.',
    build: (data, { now }) => ({ name: `claimlight-backup-${day(now)}.json`, mime: 'application/json', text: serializeBackup(makeBackup(data, now)) }),
  },
  {
    kind: 'csv',
    label: 'CSV',
    purpose: 'One row per note, for spreadsheets.',
    build: (data, { now }) => ({ name: `claimlight-notes-${day(now)}.csv`, mime: 'text/csv;charset=utf-8', text: BOM + notesToCsv(data.notes, data.pages) }),
  },
  {
    kind: 'markdown',
    label: 'Markdown report',
    purpose: 'Claims noted, verdicts and evidence, page by page.',
    build: (data, { now }) => ({ name: `claimlight-report-${day(now)}.md`, mime: 'text/markdown;charset=utf-8', text: notesToMarkdown(data.notes, data.pages, now) }),
  },
  {
    kind: 'web-annotation',
    label: 'Web Annotation',
    purpose: 'W3C Web Annotation JSON-LD, for other annotation tools.',
    build: (data, { now, newId }) => ({
      name: `claimlight-annotations-${day(now)}.jsonld`,
      mime: 'application/ld+json',
      text: JSON.stringify(notesToAnnotationCollection(data.notes, `urn:uuid:${newId()}`), null, 2) + '\n',
    }),
  },
  {
    kind: 'claim-review',
    label: 'ClaimReview',
    purpose: 'schema.org ClaimReview JSON-LD for each claim with a verdict, for publishing fact-checks.',
    build: (data, { now, claimReview }) => ({
      name: `claimlight-claimreview-${day(now)}.jsonld`,
      mime: 'application/ld+json',
      text: JSON.stringify(notesToClaimReviews(data.notes, claimReview), null, 2) + '\n',
    }),
  },
];
