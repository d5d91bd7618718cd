import 'fake-indexeddb/auto';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { CURRENT_VERSION, createDatabase, openRepositories } from '../../../src/storage/index';

interface Fixture {
  version: number;
  stores: Record<string, string>;
  records: Record<'notes' | 'sources' | 'pages' | 'settings', Array<Record<string, unknown>>>;
}

const fixture = JSON.parse(readFileSync(path.join(__dirname, 'fixtures/v1-database.json'), 'utf8')) as Fixture;
let counter = 0;

/** Write the fixture with the old schema only, exactly as a v1 extension would have. */
async function buildV1Database(): Promise<string> {
  counter += 1;
  const name = `claimlight-migration-${counter}`;
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  for (const [table, rows] of Object.entries(fixture.records)) await old.table(table).bulkAdd(rows);
  old.close();
  return name;
}

const strip = ({ words: _w, ...rest }: { words?: unknown }) => rest;

describe('schema upgrade from a v1 database', () => {
  it('is really an upgrade (the fixture is older than the code)', () => {
    expect(CURRENT_VERSION).toBeGreaterThan(fixture.version);
  });

  it('keeps every record of every table intact', async () => {
    const db = createDatabase({ name: await buildV1Database() });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect((await db.notes.toArray()).map(strip)).toEqual(fixture.records.notes.map(strip));
    expect(await db.sources.toArray()).toEqual(fixture.records.sources);
    const byUrl = (a: { url?: unknown }, b: { url?: unknown }) => String(a.url).localeCompare(String(b.url));
    expect((await db.pages.toArray()).sort(byUrl)).toEqual([...fixture.records.pages].sort(byUrl));
    expect(await db.settings.toArray()).toEqual(fixture.records.settings);
    db.close();
  });

  it('serves the old records through the repositories, including the new search fields', async () => {
    const repos = openRepositories(createDatabase({ name: await buildV1Database() }));
    expect((await repos.notes.forPage('https://www.example.com/world/europe/ukraine-grain')).map((n) => n.id)).toEqual([
      '3b0f2a4e-7c1d-4b8e-9a51-0d7e7f1c2a01', '3b0f2a4e-7c1d-4b8e-9a51-0d7e7f1c2a02',
    ]);
    // v1 did not index tags, speakers or page titles; the v2 upgrade re-derives the words.
    expect((await repos.notes.search('grain')).length).toBe(2);
    expect((await repos.notes.search('kubrakov')).map((n) => n.verdict)).toEqual(['mostly-accurate']);
    expect((await repos.notes.search('budget')).map((n) => n.verdict)).toEqual(['misleading']);
    expect((await repos.sources.lookup(['WaPo', 'Kubrakov'])).map((m) => m.source?.id)).toEqual(['src-2', 'src-1']);
    expect((await repos.settings.get()).kindsShown).toEqual(['quote', 'statistic']);
    // The new createdAt index works on old records.
    expect((await repos.db.notes.orderBy('createdAt').first())?.id).toBe('3b0f2a4e-7c1d-4b8e-9a51-0d7e7f1c2a01');
    repos.db.close();
  });

  it('waits for an old tab that holds the database open, tells the reader, then upgrades', async () => {
    const name = await buildV1Database();
    // An old tab's raw connection that ignores versionchange (Dexie's own connections would close).
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const blocked = jest.fn();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie also logs the block
    const db = createDatabase({ name, onBlocked: blocked });
    const opening = db.open();
    await new Promise((r) => setTimeout(r, 50));
    expect(blocked).toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);
    holder.close();
    await opening;
    expect(await db.notes.count()).toBe(fixture.records.notes.length);
    warn.mockRestore();
    db.close();
  });
});
