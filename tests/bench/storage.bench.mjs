// Storage bench (issue 4): the storage module on real Chromium IndexedDB, in a page on 127.0.0.1 (the
// same Dexie code the extension pages run), with 50,000 notes over 5,000 pages and 2,000 sources.
// Figures: bulk insert (ms and ratio to bare IndexedDB), notes for one page, save one note, full-text search
// (median, 95th percentile, commonest words), look up 50 speakers.
// Each per-operation figure is the median over many different inputs (pages, queries, speaker lists).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NOTES = 50_000;
const PAGES = 5_000;
const SOURCES = 2_000;

const ms = (name, value, target, detail) => ({ name, value, unit: 'ms', target, ok: value <= target, detail });

export async function run(ctx) {
  const iife = await ctx.bundle('tests/bench/storage-entry.ts', { globalName: 'StorageBench' });
  const dir = await mkdtemp(join(tmpdir(), 'claimlight-storage-bench-'));
  try {
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>storage bench</title>');
    const server = await ctx.serveStatic(dir);
    const browser = await ctx.launchChromium();
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    await page.addScriptTag({ content: iife });
    const r = await page.evaluate(async ([n, p, s]) => {
      const api = globalThis.StorageBench;
      const median = (xs) => {
        const a = [...xs].sort((x, y) => x - y);
        const m = a.length >> 1;
        return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
      };
      const data = api.notebook(n, p, s);
      const repos = api.openRepositories(api.createDatabase({ name: `bench-${Date.now()}` }));
      await repos.db.open();

      // Baselines, same run, bare IndexedDB (no Dexie, no derived fields), all 50,000 notes in one transaction:
      // - `floor`: the notes as given into a store with no index at all, timed before and after our insert
      //   (the machine's load drifts; their mean is the ratio's denominator): what any IndexedDB storage pays;
      // - `sameSchema`: the very records we store (with their derived source keys and words) into a store with
      //   the same indexes as the current schema: what IndexedDB itself charges for those indexes.
      const rawPut = (rows, indexSpec) => new Promise((resolve, reject) => {
        const req = indexedDB.open(`raw-${Date.now()}-${Math.random()}`, 1);
        req.onupgradeneeded = () => {
          const store = req.result.createObjectStore('notes', { keyPath: 'id' });
          for (const spec of indexSpec) {
            const name = spec.replace(/^[*&]/, '');
            store.createIndex(name, name, { multiEntry: spec.startsWith('*'), unique: spec.startsWith('&') });
          }
        };
        req.onsuccess = () => {
          const idb = req.result;
          const t0 = performance.now();
          const tx = idb.transaction('notes', 'readwrite');
          for (const row of rows) tx.objectStore('notes').put(row);
          tx.oncomplete = () => { idb.close(); resolve(performance.now() - t0); };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      });
      const schema = api.SCHEMA_VERSIONS[api.SCHEMA_VERSIONS.length - 1].stores.notes.split(',').map((x) => x.trim()).slice(1);
      const floorBefore = await rawPut(data.notes, []);

      let t = performance.now();
      await repos.db.pages.bulkPut(data.pages);
      for (const source of data.sources) await repos.sources.save(source);
      const setupMs = performance.now() - t;
      t = performance.now();
      await repos.notes.saveMany(data.notes);
      const bulkMs = performance.now() - t;
      // After ours, so that ours does not get the advantage of running second (a warm profile).
      const sameSchemaMs = await rawPut(api.toNoteRecords(data.notes), schema);
      const floorAfter = await rawPut(data.notes, []);
      const floorMs = (floorBefore + floorAfter) / 2;
      const stored = await repos.notes.count();

      const random = api.rng(7);
      const pick = (list) => list[Math.floor(random() * list.length)];

      // Notes for one page: 200 different pages.
      const forPage = [];
      let perPage = 0;
      for (let i = 0; i < 200; i++) {
        const url = pick(data.pages).url;
        t = performance.now();
        perPage = (await repos.notes.forPage(url)).length;
        forPage.push(performance.now() - t);
      }

      // Save one note (an edit of an existing note and a new note on a known page, alternating).
      const save = [];
      for (let i = 0; i < 100; i++) {
        const base = pick(data.notes);
        const note = i % 2 ? { ...base, body: `${base.body} edited ${i}`, updatedAt: new Date().toISOString() } : { ...base, id: `new-${i}` };
        t = performance.now();
        await repos.notes.save(note);
        save.push(performance.now() - t);
      }

      // Full-text search: queries a reader would type — a word from a note they remember (any rank), a
      // speaker's surname, two words from one note. Median AND 95th percentile AND worst are reported: a
      // search box that is usually fast but sometimes stalls for seconds is not fast.
      const queries = [];
      for (let i = 0; i < 120; i++) {
        const note = pick(data.notes);
        const words = note.body.split(' ');
        queries.push(i % 3 === 0 ? words[0] : i % 3 === 1 ? note.attribution.speaker.split(' ')[2] : `${words[1]} ${words[2]}`);
      }
      const search = [];
      let hits = 0;
      for (const q of queries) {
        t = performance.now();
        hits += (await repos.notes.search(q)).length;
        search.push(performance.now() - t);
      }
      // The commonest words (one alone, then the two commonest together), timed separately.
      const common = [];
      let commonResults = 0;
      for (let i = 0; i < 10; i++) {
        t = performance.now();
        commonResults = (await repos.notes.search(i % 2 ? `${data.vocab[0]} ${data.vocab[1]}` : data.vocab[0])).length;
        common.push(performance.now() - t);
      }
      const commonHits = (await repos.db.notes.where('words').startsWith(data.vocab[0]).distinct().count());
      const sorted = [...search].sort((a, b) => a - b);
      const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];

      // Look up 50 speakers (a busy article): real names and their surname/title variants, some unknown.
      const lookup = [];
      let found = 0;
      for (let i = 0; i < 50; i++) {
        const names = Array.from({ length: 50 }, (_, j) => {
          const name = pick(data.speakers);
          return j % 5 === 0 ? `Unknown Person ${j}` : j % 5 === 1 ? `Dr. ${name}` : name;
        });
        t = performance.now();
        found += (await repos.sources.lookup(names)).filter((m) => m.source).length;
        lookup.push(performance.now() - t);
      }
      repos.db.close();
      return {
        stored, setupMs, bulkMs, floorMs, floorBefore, floorAfter, sameSchemaMs, perPage,
        forPage: median(forPage), save: median(save), search: median(search), searchP95: p95, searchMax: Math.max(...search),
        hitsPerQuery: hits / queries.length, common: median(common), commonMax: Math.max(...common), commonHits, commonResults,
        lookup: median(lookup), foundPerLookup: found / 50,
      };
    }, [NOTES, PAGES, SOURCES]);
    if (r.stored !== NOTES) throw new Error(`bulk insert stored ${r.stored} notes`);
    ctx.log(`storage: ${JSON.stringify(r)}`);
    const f0 = (x) => x.toFixed(0);
    const bulkRatio = r.bulkMs / r.floorMs;
    return [
      ms('storage.bulk-insert-50k', r.bulkMs, 5000, `50,000 notes in one transaction; same run: bare IndexedDB put, no index ${f0(r.floorMs)} ms (${f0(r.floorBefore)} before, ${f0(r.floorAfter)} after), bare put of the same records with the same indexes ${f0(r.sameSchemaMs)} ms`),
      // Ratio to the no-index floor of the same run: what the indexes and Dexie cost on top of IndexedDB's
      // own price for the bytes, much less dependent on how loaded the machine is than the ms figure. 3x is our
      // own target (the issue sets only the 5 s budget): indexing may at most triple what storing costs.
      { name: 'storage.bulk-insert-50k-ratio', value: bulkRatio, unit: 'x baseline', target: 3, ok: bulkRatio <= 3, detail: `vs bare IndexedDB put of the same notes with no index; bare put with the same indexes is ${(r.sameSchemaMs / r.floorMs).toFixed(1)}x (IndexedDB's own index cost), ours ${(r.bulkMs / r.sameSchemaMs).toFixed(2)}x that` },
      ms('storage.notes-for-page', r.forPage, 5, `median of 200 pages, ${r.perPage} notes each`),
      ms('storage.save-note', r.save, 10, 'median of 100 saves (edit or new), note + page in one transaction'),
      ms('storage.search', r.search, 50, `median of ${120} reader queries, ${f0(r.hitsPerQuery)} results avg (limit 200)`),
      ms('storage.search-p95', r.searchP95, 50, `95th percentile of the same queries; worst ${f0(r.searchMax)} ms`),
      ms('storage.search-common-words', r.common, 50, `median of 10: commonest word (in ${r.commonHits} of 50,000 notes) alone and with the 2nd commonest, ${r.commonResults} results; worst ${f0(r.commonMax)} ms`),
      ms('storage.lookup-50-speakers', r.lookup, 5, `median of 50 lookups, ${r.foundPerLookup.toFixed(0)}/50 found`),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
