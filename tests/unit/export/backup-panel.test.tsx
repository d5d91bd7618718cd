/** @jest-environment jsdom */
// The options page's export/import panel: buttons produce the right files, a bad backup shows its
// problems and changes nothing, a good one shows what it will do and writes only after confirmation.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { createDatabase } from '../../../src/storage/db';
import { BackupPanel, downloadFile } from '../../../src/options/backup-panel';
import { makeBackup, serializeBackup } from '../../../src/export/backup-format';
import type { ExportFile } from '../../../src/export/export-files';
import { memoryStore } from './support/memory-store';
import { makeNote, makePage, sampleData } from './records';

// jsdom lacks structuredClone in some versions; the memory store needs it.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(v: T): T => JSON.parse(JSON.stringify(v));
}

const flush = () => new Promise((r) => setTimeout(r, 40));
async function until(cond: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (cond()) return;
    await flush();
  }
  throw new Error(`timed out waiting for ${what}; DOM: ${root.innerHTML}`);
}

let root: HTMLElement;
beforeEach(() => { root = document.createElement('div'); document.body.replaceChildren(root); });
afterEach(() => render(null, root));

const NOW = new Date('2026-05-03T12:00:00.000Z');

function chooseFile(text: string, name = 'backup.json') {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

test('each export button saves its file, built from the stored records', async () => {
  const data = sampleData();
  const saved: ExportFile[] = [];
  render(<BackupPanel store={memoryStore(data)} saveFile={(f) => saved.push(f)} now={() => NOW} />, root);
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-export]')];
  expect(buttons.map((b) => b.textContent)).toEqual(['JSON backup', 'CSV', 'Markdown report', 'Web Annotation', 'ClaimReview']);
  for (const b of buttons) {
    b.click();
    await until(() => saved.length === buttons.indexOf(b) + 1, `${b.textContent} export`);
  }
  expect(saved.map((f) => f.name)).toEqual([
    'claimlight-backup-2026-05-03.json', 'claimlight-notes-2026-05-03.csv', 'claimlight-report-2026-05-03.md',
    'claimlight-annotations-2026-05-03.jsonld', 'claimlight-claimreview-2026-05-03.jsonld',
  ]);
  const [backup, csv, md, anno, reviews] = saved.map((f) => f.text);
  expect(JSON.parse(backup!).notes).toHaveLength(4);
  expect(csv!.startsWith('\ufeffpage url,title,claim')).toBe(true);
  expect(csv!.split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(5);
  expect(md).toContain('# Claimlight report');
  expect(JSON.parse(anno!).total).toBe(4);
  expect(JSON.parse(reviews!)).toHaveLength(3);
  expect(root.querySelector('[role=status]')!.textContent).toBe('Saved claimlight-claimreview-2026-05-03.jsonld (4 notes).');
});

test('mounted with the options app’s repositories, it imports into and exports from their database', async () => {
  const db = createDatabase({ name: `panel-test-${process.pid}` });
  const saved: ExportFile[] = [];
  render(<BackupPanel repos={{ db }} saveFile={(f) => saved.push(f)} now={() => NOW} />, root);
  const data = sampleData();
  chooseFile(serializeBackup(makeBackup(data, NOW)));
  await until(() => !!root.querySelector('[data-import-confirm]'), 'preview');
  root.querySelector<HTMLButtonElement>('[data-import-confirm]')!.click();
  await until(() => !!root.querySelector('[data-import-state=done]'), 'import done');
  expect(await db.notes.count()).toBe(4);
  root.querySelector<HTMLButtonElement>('button[data-export=backup]')!.click();
  await until(() => saved.length === 1, 'backup export');
  expect(JSON.parse(saved[0]!.text).notes.map((n: { id: string }) => n.id).sort()).toEqual(data.notes.map((n) => n.id).sort());
});

test('ClaimReview export uses the publisher URL and name the reader typed', async () => {
  const saved: ExportFile[] = [];
  render(<BackupPanel store={memoryStore(sampleData())} saveFile={(f) => saved.push(f)} now={() => NOW} />, root);
  const type = (sel: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(sel)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  type('[data-publisher-url]', ' https://factcheck.example/reviews/ ');
  type('[data-publisher-name]', 'Example Checks');
  await flush();
  root.querySelector<HTMLButtonElement>('button[data-export=claim-review]')!.click();
  await until(() => saved.length === 1, 'ClaimReview export');
  const reviews = JSON.parse(saved[0]!.text);
  expect(reviews[0].url).toMatch(/^https:\/\/factcheck\.example\/reviews\/#claim-/);
  expect(reviews[0].author).toEqual({ '@type': 'Organization', name: 'Example Checks', url: 'https://factcheck.example/reviews/' });
});

test('a bad backup lists its problems with their paths and changes nothing', async () => {
  const store = memoryStore(sampleData());
  const before = JSON.stringify(store.snapshot());
  render(<BackupPanel store={store} />, root);
  const bad = JSON.parse(serializeBackup(makeBackup(sampleData(), NOW)));
  bad.notes[1].verdict = 'pants-on-fire';
  bad.notes[2].confidence = 9;
  chooseFile(JSON.stringify(bad));
  await until(() => !!root.querySelector('[data-import-state=invalid]'), 'problem list');
  const items = [...root.querySelectorAll('.import-problems li')].map((li) => li.textContent);
  expect(items).toEqual([
    expect.stringMatching(/^notes\[1\]\.verdict: unknown verdict "pants-on-fire"/),
    'notes[2].confidence: 9 is out of range (1–5)',
  ]);
  expect(root.textContent).toContain('nothing was changed');
  expect(JSON.stringify(store.snapshot())).toBe(before);
});

test('a good backup shows what will change, and imports only after confirmation', async () => {
  const existing = makeNote({ updatedAt: '2026-05-01T00:00:00.000Z' });
  const store = memoryStore({ notes: [existing], sources: [], pages: [] });
  render(<BackupPanel store={store} />, root);
  const newer = { ...existing, body: 'Revised after the MoD correction.', updatedAt: '2026-05-05T00:00:00.000Z' };
  const incoming = { notes: [newer, makeNote(), makeNote()], sources: [], pages: [makePage()] };
  chooseFile(serializeBackup(makeBackup(incoming, NOW)), 'from-laptop.json');
  await until(() => !!root.querySelector('[data-import-state=preview]'), 'preview');
  expect(root.querySelector('[data-summary=notes]')!.textContent).toBe('2 notes added, 1 updated, 0 unchanged');
  expect(root.querySelector('[data-summary=pages]')!.textContent).toBe('1 page added, 0 updated, 0 unchanged');
  // Nothing written yet.
  expect(store.snapshot().notes).toEqual([existing]);

  root.querySelector<HTMLButtonElement>('[data-import-confirm]')!.click();
  await until(() => !!root.querySelector('[data-import-state=done]'), 'import done');
  expect(root.querySelector('[data-summary=notes]')!.textContent).toBe('2 notes added, 1 updated, 0 unchanged');
  expect(store.snapshot().notes).toHaveLength(3);
  expect(store.snapshot().notes.find((n) => n.id === existing.id)!.body).toBe('Revised after the MoD correction.');
});

test('a write failure is reported and rolls everything back', async () => {
  const store = memoryStore();
  const failing = { ...store, pages: { ...store.pages, bulkPut: () => Promise.reject(new Error('Storage is full.')) } };
  render(<BackupPanel store={failing} />, root);
  chooseFile(serializeBackup(makeBackup(sampleData(), NOW)));
  await until(() => !!root.querySelector('[data-import-confirm]'), 'preview');
  root.querySelector<HTMLButtonElement>('[data-import-confirm]')!.click();
  await until(() => !!root.querySelector('[data-import-state=failed]'), 'failure');
  expect(root.querySelector('[data-import-state=failed]')!.textContent).toContain('Nothing was changed. Storage is full.');
  expect(store.snapshot()).toEqual({ notes: [], sources: [], pages: [] });
});

test('downloadFile hands a Blob URL to an a[download] and makes no request', () => {
  const created: Blob[] = [];
  URL.createObjectURL = (b: Blob) => { created.push(b); return 'blob:claimlight/1'; };
  URL.revokeObjectURL = () => undefined;
  const clicks: Array<{ href: string; download: string; attached: boolean }> = [];
  const orig = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download, attached: this.isConnected });
  };
  try {
    downloadFile({ name: 'claimlight-notes.csv', mime: 'text/csv;charset=utf-8', text: 'a,b\r\n' });
  } finally {
    HTMLAnchorElement.prototype.click = orig;
  }
  expect(clicks).toEqual([{ href: 'blob:claimlight/1', download: 'claimlight-notes.csv', attached: true }]);
  expect(created[0]!.type).toBe('text/csv;charset=utf-8');
  expect(document.querySelector('a[download]')).toBeNull();
});
