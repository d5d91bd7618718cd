// JSON backup: export → file → import round trip on a real (fake-indexeddb) Claimlight database, and
// every kind of bad file refused with a problem that says where, leaving the database untouched.
import 'fake-indexeddb/auto';
import { createDatabase } from '../../../src/storage/db';
import { makeBackup, serializeBackup, type BackupData } from '../../../src/export/backup-format';
import { importBackup, importBackupText, readBackupData, type BackupStore } from '../../../src/export/import-backup';
import { parseBackup } from '../../../src/export/parse-backup';
import { storageBackupStore } from '../../../src/options/backup-store';
import { makeNote, makePage, sampleData, uuidFor } from './records';

let dbCount = 0;
function freshStore(): BackupStore {
  dbCount += 1;
  return storageBackupStore(createDatabase({ name: `export-test-${process.pid}-${dbCount}` }));
}

const byKey = <T>(key: (r: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
function sorted(data: BackupData): BackupData {
  return {
    notes: [...data.notes].sort(byKey((n) => n.id)),
    sources: [...data.sources].sort(byKey((s) => s.id)),
    pages: [...data.pages].sort(byKey((p) => p.url)),
  };
}

const EXPORTED_AT = new Date('2026-05-03T12:00:00.000Z');

async function seeded(data: BackupData = sampleData()): Promise<BackupStore> {
  const store = freshStore();
  await importBackup(store, makeBackup(data, EXPORTED_AT));
  return store;
}

describe('round trip', () => {
  test('export → file text → import into an empty database gives identical records', async () => {
    const original = sampleData();
    const a = await seeded(original);
    const fileText = serializeBackup(makeBackup(await readBackupData(a), EXPORTED_AT));

    const b = freshStore();
    const result = await importBackupText(b, fileText);
    expect(result).toEqual({ ok: true, summary: expect.objectContaining({ added: 8, updated: 0, unchanged: 0 }) });
    expect(sorted(await readBackupData(b))).toEqual(sorted(original));
  });

  test('the file is a self-describing version-1 document', () => {
    const parsed = JSON.parse(serializeBackup(makeBackup(sampleData(), EXPORTED_AT)));
    expect(parsed).toMatchObject({ format: 'claimlight-backup', version: 1, exportedAt: '2026-05-03T12:00:00.000Z' });
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'notes', 'sources', 'pages']);
  });

  test('importing the same file twice changes nothing the second time', async () => {
    const data = sampleData();
    const store = await seeded(data);
    const text = serializeBackup(makeBackup(data, EXPORTED_AT));
    const before = sorted(await readBackupData(store));
    const again = await importBackupText(store, text);
    expect(again.ok && again.summary).toMatchObject({ added: 0, updated: 0, unchanged: 8 });
    expect(sorted(await readBackupData(store))).toEqual(before);
  });

  test('records the storage layer accepts (any printable id, an empty quote, a page date as the page wrote it) survive a backup', async () => {
    const odd = { ...sampleData(), pages: [makePage({ publishedAt: 'May 1, 2026' })], notes: [makeNote({ id: 'e2e-restart-1', selector: { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } } })] };
    const store = freshStore();
    const result = await importBackupText(store, serializeBackup(makeBackup(odd, EXPORTED_AT)));
    expect(result.ok).toBe(true);
    expect((await readBackupData(store)).notes).toEqual(odd.notes);
    expect((await readBackupData(store)).pages).toEqual(odd.pages);
  });

  test('a UTF-8 byte-order mark (added by some editors) is accepted', () => {
    const text = '\ufeff' + serializeBackup(makeBackup(sampleData(), EXPORTED_AT));
    expect(parseBackup(text).ok).toBe(true);
  });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test mutations poke arbitrary fields

/** A valid backup as a plain object, for cases to break. */
function validObject(): Json {
  return JSON.parse(serializeBackup(makeBackup(sampleData(), EXPORTED_AT)));
}

interface BadCase {
  name: string;
  text: () => string;
  path: string;
  message: RegExp;
}

const mutate = (f: (b: Json) => void) => () => {
  const b = validObject();
  f(b);
  return JSON.stringify(b, null, 2);
};

const BAD_FILES: BadCase[] = [
  { name: 'malformed JSON (line and column)', text: () => '{\n  "format": "claimlight-backup",\n  "notes": [}\n', path: '', message: /line 3, column 13/ },
  { name: 'unterminated string', text: () => '{"format": "claimlight-backup", "version": 1, "exportedAt": "2026', path: '', message: /line 1, column 61: string is never closed/ },
  { name: 'trailing comma', text: () => '{"format": "claimlight-backup",\n"version": 1,\n}', path: '', message: /line 3, column 1/ },
  { name: 'empty file', text: () => '  \n', path: '', message: /empty/ },
  { name: 'a list, not an object', text: () => '[]', path: '', message: /found a list/ },
  { name: 'another format', text: mutate((b) => { b.format = 'hypothesis-export'; }), path: 'format', message: /not a Claimlight backup/ },
  { name: 'a newer version', text: mutate((b) => { b.version = 2; }), path: 'version', message: /newer Claimlight/ },
  { name: 'bad exportedAt', text: mutate((b) => { b.exportedAt = 'yesterday'; }), path: 'exportedAt', message: /bad date/ },
  { name: 'unknown top-level field', text: mutate((b) => { b.settings = {}; }), path: 'settings', message: /unknown field/ },
  { name: 'notes not a list', text: mutate((b) => { b.notes = {}; }), path: 'notes', message: /expected a list, found an object/ },
  { name: 'sources missing', text: mutate((b) => { delete b.sources; }), path: 'sources', message: /missing/ },
  { name: 'empty note id', text: mutate((b) => { b.notes[1].id = ' '; }), path: 'notes[1].id', message: /bad id/ },
  { name: 'note id that is a number', text: mutate((b) => { b.notes[1].id = 42; }), path: 'notes[1].id', message: /bad id 42/ },
  { name: 'note id with a control character', text: mutate((b) => { b.notes[1].id = 'a\u0000b'; }), path: 'notes[1].id', message: /bad id/ },
  { name: 'note id too long', text: mutate((b) => { b.notes[1].id = 'x'.repeat(201); }), path: 'notes[1].id', message: /bad id/ },
  { name: 'duplicate note id', text: mutate((b) => { b.notes[2].id = b.notes[0].id; }), path: 'notes[2].id', message: /duplicate id: the same as notes\[0\]/ },
  { name: 'unknown verdict', text: mutate((b) => { b.notes[0].verdict = 'pants-on-fire'; }), path: 'notes[0].verdict', message: /unknown verdict "pants-on-fire"/ },
  { name: 'confidence out of range', text: mutate((b) => { b.notes[0].confidence = 7; }), path: 'notes[0].confidence', message: /7 is out of range \(1–5\)/ },
  { name: 'confidence not whole', text: mutate((b) => { b.notes[0].confidence = 2.5; }), path: 'notes[0].confidence', message: /whole number/ },
  { name: 'confidence as text', text: mutate((b) => { b.notes[0].confidence = '4'; }), path: 'notes[0].confidence', message: /found text/ },
  { name: 'impossible date', text: mutate((b) => { b.notes[0].createdAt = '2026-02-30T10:00:00Z'; }), path: 'notes[0].createdAt', message: /bad date/ },
  { name: 'date without a zone', text: mutate((b) => { b.notes[3].updatedAt = '2026-05-01 10:00'; }), path: 'notes[3].updatedAt', message: /bad date/ },
  { name: 'javascript: page URL', text: mutate((b) => { b.notes[0].pageUrl = 'javascript:alert(1)'; }), path: 'notes[0].pageUrl', message: /http or https/ },
  { name: 'selector end before start', text: mutate((b) => { b.notes[0].selector.position = { start: 50, end: 10 }; }), path: 'notes[0].selector.position.end', message: /before start/ },
  { name: 'negative offset', text: mutate((b) => { b.notes[0].selector.position.start = -1; }), path: 'notes[0].selector.position.start', message: /out of range/ },
  { name: 'quote exact not text', text: mutate((b) => { b.notes[1].selector.quote.exact = null; }), path: 'notes[1].selector.quote.exact', message: /expected text, found null/ },
  { name: 'quote missing exact', text: mutate((b) => { delete b.notes[2].selector.quote.exact; }), path: 'notes[2].selector.quote.exact', message: /missing/ },
  { name: 'unknown source type in attribution', text: mutate((b) => { b.notes[0].attribution.sourceType = 'oracle'; }), path: 'notes[0].attribution.sourceType', message: /unknown source type/ },
  { name: 'evidence not a list', text: mutate((b) => { b.notes[0].evidence = 'https://x.example'; }), path: 'notes[0].evidence', message: /expected a list/ },
  { name: 'a tag that is a number', text: mutate((b) => { b.notes[0].tags = ['ok', 3]; }), path: 'notes[0].tags[1]', message: /expected text, found a number/ },
  { name: 'unknown note field', text: mutate((b) => { b.notes[0].html = '<b>x</b>'; }), path: 'notes[0].html', message: /unknown field/ },
  { name: '__proto__ smuggled into a note', text: () => serializeBackup(makeBackup(sampleData(), EXPORTED_AT)).replace('"verdict"', '"__proto__": {"isAdmin": true}, "verdict"'), path: 'notes[0].__proto__', message: /unknown field/ },
  { name: 'body too long', text: mutate((b) => { b.notes[1].body = 'x'.repeat(200_001); }), path: 'notes[1].body', message: /too long \(200001 characters/ },
  { name: 'two sources with the same name', text: mutate((b) => { b.sources[1].name = 'REUTERS'; }), path: 'sources[1].name', message: /duplicate source/ },
  { name: 'source with empty name', text: mutate((b) => { b.sources[0].name = '  '; }), path: 'sources[0].name', message: /must not be empty/ },
  { name: 'source id missing', text: mutate((b) => { delete b.sources[0].id; }), path: 'sources[0].id', message: /missing/ },
  { name: 'page with a bad canonical URL', text: mutate((b) => { b.pages[0].canonicalUrl = 'not a url'; }), path: 'pages[0].canonicalUrl', message: /bad URL/ },
  { name: 'duplicate page URL', text: mutate((b) => { b.pages[1].url = b.pages[0].url; }), path: 'pages[1].url', message: /duplicate url/ },
  { name: 'page record is null', text: mutate((b) => { b.pages[1] = null; }), path: 'pages[1]', message: /expected an object, found null/ },
];

describe('a bad file changes nothing and says what is wrong and where', () => {
  test.each(BAD_FILES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const store = await seeded();
    const before = sorted(await readBackupData(store));
    const result = await importBackupText(store, c.text());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path: c.path, message: expect.stringMatching(c.message) });
    expect(sorted(await readBackupData(store))).toEqual(before);
  });

  test('every problem in a file is listed, not only the first', () => {
    const b = validObject();
    b.notes[0].verdict = 'bogus';
    b.notes[3].confidence = 0;
    b.pages[0].firstSeenAt = 'never';
    const result = parseBackup(JSON.stringify(b));
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['notes[0].verdict', 'notes[3].confidence', 'pages[0].firstSeenAt']);
  });

  test('a file with thousands of problems lists 100 and counts the rest', () => {
    const b = validObject();
    b.notes = Array.from({ length: 150 }, (_, i) => ({ ...makeNote(), id: uuidFor(10_000 + i), verdict: 'nope' }));
    const result = parseBackup(JSON.stringify(b));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(101);
    expect(result.problems[100]).toEqual({ path: '', message: '…and 50 more problems' });
  });

  test('a file over the size limit is refused before it is parsed', () => {
    const text = serializeBackup(makeBackup(sampleData(), EXPORTED_AT));
    const result = parseBackup(text, { maxChars: 1000, maxRecordsPerKind: 10 });
    expect(result).toEqual({ ok: false, problems: [{ path: '', message: expect.stringMatching(/file too large/) }] });
  });

  test('too many records of one kind is refused', () => {
    const result = parseBackup(serializeBackup(makeBackup(sampleData(), EXPORTED_AT)), { maxChars: 1e9, maxRecordsPerKind: 3 });
    expect(!result.ok && result.problems).toEqual([{ path: 'notes', message: 'too many records (4; at most 3)' }]);
  });
});

describe('partial backups', () => {
  test.each(['notes', 'sources', 'pages'] as const)('a backup holding only %s imports into an empty and into a filled database', async (kind) => {
    const data = sampleData();
    const only: BackupData = { notes: [], sources: [], pages: [], [kind]: data[kind] };
    const empty = freshStore();
    const first = await importBackupText(empty, serializeBackup(makeBackup(only, EXPORTED_AT)));
    expect(first.ok && first.summary[kind].added).toBe(data[kind].length);

    const filled = await seeded(data);
    const newer = { ...only, [kind]: (only[kind] as Array<{ updatedAt?: string; lastSeenAt?: string }>).map((r) => ({ ...r, ...(kind === 'pages' ? { lastSeenAt: '2026-07-01T00:00:00.000Z' } : { updatedAt: '2026-07-01T00:00:00.000Z' }) })) };
    const second = await importBackupText(filled, serializeBackup(makeBackup(newer as BackupData, EXPORTED_AT)));
    expect(second.ok && second.summary[kind]).toEqual({ added: 0, updated: data[kind].length, unchanged: 0 });
  });
});

describe('sources', () => {
  test('a backup source whose id is stored under another name merges by name, and the unique key holds', async () => {
    const data = sampleData();
    const store = await seeded(data);
    const [reuters, anton] = data.sources;
    // Same id as the stored Reuters, but named like the stored Anton Gerashchenko, and newer.
    const clash = { ...reuters!, name: 'Anton Gerashchenko', notes: 'from the laptop', updatedAt: '2026-06-01T00:00:00.000Z' };
    const result = await importBackupText(store, serializeBackup(makeBackup({ notes: [], sources: [clash], pages: [] }, EXPORTED_AT)));
    expect(result.ok && result.summary.sources).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const stored = sorted(await readBackupData(store)).sources;
    expect(stored).toHaveLength(2);
    expect(stored.find((s) => s.id === anton!.id)!.notes).toBe('from the laptop');
    expect(stored.find((s) => s.id === reuters!.id)).toEqual(reuters);
  });
});

describe('the write is one transaction', () => {
  test('a failure while writing pages rolls back the notes and sources already written', async () => {
    const store = await seeded({ notes: [], sources: [], pages: [] });
    const failing: BackupStore = {
      ...store,
      pages: { ...store.pages, bulkPut: () => Promise.reject(new Error('QuotaExceededError')) },
    };
    await expect(importBackup(failing, makeBackup(sampleData(), EXPORTED_AT))).rejects.toThrow('QuotaExceededError');
    expect(await readBackupData(store)).toEqual({ notes: [], sources: [], pages: [] });
  });

  test('progress is reported in chunks up to the total', async () => {
    const data = sampleData();
    const calls: Array<[number, number]> = [];
    const summary = await importBackup(freshStore(), makeBackup(data, EXPORTED_AT), { onProgress: (d, t) => calls.push([d, t]), chunkSize: 3 });
    expect(summary.added).toBe(8);
    // 4 notes in chunks of 3, then 2 sources, then 2 pages.
    expect(calls).toEqual([[0, 8], [3, 8], [4, 8], [6, 8], [8, 8]]);
  });
});
