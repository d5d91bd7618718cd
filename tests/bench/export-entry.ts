// What the export bench needs from src/, bundled for Node and as an IIFE for Chromium, plus a generator
// of a realistic reader's data set (the storage issue's 50,000 notes over 5,000 pages, 2,000 sources).
import type { Note, Page, Source, Verdict } from '../../src/core/model';
import { VERDICTS } from '../../src/core/model';
import { sourceKey } from '../../src/core/source-key';
import type { BackupData } from '../../src/export/backup-format';

export { makeBackup, serializeBackup } from '../../src/export/backup-format';
export { parseBackup } from '../../src/export/parse-backup';
export { planImport } from '../../src/export/plan-import';
export { importBackup, readBackupData } from '../../src/export/import-backup';
export { storageBackupStore } from '../../src/options/backup-store';
export { notesToCsv } from '../../src/export/csv';
export { notesToMarkdown } from '../../src/export/markdown';
export { notesToAnnotationCollection } from '../../src/export/web-annotation';
export { notesToClaimReviews } from '../../src/export/claim-review';
export { createDatabase } from '../../src/storage/db';
export { toNoteRecord } from '../../src/storage/notes';
export { toSourceRecord } from '../../src/storage/sources';

const hex = (i: number, n: number) => i.toString(16).padStart(n, '0');
const uuid = (kind: number, i: number) => `${hex(i, 8)}-${hex(kind, 4)}-4000-8000-${hex(i, 12)}`;

const SENTENCES = [
  'Russia lost 500 tanks in the offensive, the ministry said.',
  '“We will not negotiate under fire,” the president told reporters on Tuesday.',
  'Inflation fell to 3.2 percent in May, according to the statistics office.',
  'The talks collapsed after the delegation walked out, two officials said.',
];

/** A deterministic data set of the given size (ids, dates and texts vary so nothing is trivially equal). */
export function syntheticData(notes: number, pages: number, sources: number): BackupData {
  const t0 = Date.UTC(2026, 0, 1);
  const iso = (ms: number) => new Date(ms).toISOString();
  const pageUrl = (p: number) => `https://news${p % 40}.example.com/2026/${(p % 12) + 1}/story-${p}`;
  const pageList: Page[] = Array.from({ length: pages }, (_, p) => ({
    url: pageUrl(p), canonicalUrl: pageUrl(p), title: `Story ${p}: talks, tanks and taxes`, siteName: `News ${p % 40}`,
    publishedAt: iso(t0 + p * 3_600_000), firstSeenAt: iso(t0 + p * 3_600_000 + 60_000), lastSeenAt: iso(t0 + p * 3_600_000 + 120_000),
  }));
  const sourceList: Source[] = Array.from({ length: sources }, (_, s) => {
    const name = `Speaker Number ${s}`;
    return { id: uuid(2, s), name, key: sourceKey(name), aliases: [`Number ${s}`], type: 'named-person', confidence: ((s % 5) + 1) as 1, notes: 'Reliable on casualty figures.', updatedAt: iso(t0 + s * 1000) };
  });
  const noteList: Note[] = Array.from({ length: notes }, (_, i) => {
    const text = SENTENCES[i % SENTENCES.length]!;
    const start = (i % 50) * 400;
    return {
      id: uuid(1, i), pageUrl: pageUrl(i % pages), pageTitle: `Story ${i % pages}: talks, tanks and taxes`,
      selector: { quote: { exact: text, prefix: 'in the second paragraph, ', suffix: ' The statement added' }, position: { start, end: start + text.length } },
      claimText: text,
      attribution: { speaker: `Speaker Number ${i % sources}`, role: 'deputy minister', sourceType: 'named-person', cue: 'said', medium: null, via: i % 3 ? 'Reuters' : null },
      verdict: VERDICTS[i % VERDICTS.length] as Verdict, confidence: ((i % 5) + 1) as 1,
      body: `Checked against the ministry's daily report #${i}; figures differ by about ${i % 17}%.`,
      evidence: [`https://evidence.example.org/report/${i}`], tags: ['ukraine', `batch-${i % 20}`],
      createdAt: iso(t0 + i * 60_000), updatedAt: iso(t0 + i * 60_000 + 30_000),
    };
  });
  return { notes: noteList, sources: sourceList, pages: pageList };
}
