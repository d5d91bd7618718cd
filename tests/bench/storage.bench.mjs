// Storage bench (issue 4): the storage module on real Chromium IndexedDB, in a page on 127.0.0.1 (the
// same Dexie code the extension pages run), with 50,000 notes over 5,000 pages and 2,000 sources.
// Figures: bulk insert, notes for one page, save one note, full-text search, look up 50 speakers.
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

      // Baseline, same run: the same 50,000 notes through bare IndexedDB into a store with no index at all,
      // the floor any IndexedDB storage pays on this machine at this moment.
      const floorMs = await new Promise((resolve, reject) => {
        const req = indexedDB.open(`floor-${Date.now()}`, 1);
        req.onupgradeneeded = () => req.result.createObjectStore('notes', { keyPath: 'id' });
        req.onsuccess = () => {
          const idb = req.result;
          const t0 = performance.now();
          const tx = idb.transaction('notes', 'readwrite');
          for (const note of data.notes) tx.objectStore('notes').put(note);
          tx.oncomplete = () => { idb.close(); resolve(performance.now() - t0); };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      });

      let t = performance.now();
      await repos.db.pages.bulkPut(data.pages);
      for (const source of data.sources) await repos.sources.save(source);
      const setupMs = performance.now() - t;
      t = performance.now();
      await repos.notes.saveMany(data.notes);
      const bulkMs = performance.now() - t;
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
      // speaker's surname, two words; plus, reported separately, one of the commonest words.
      const queries = [];
      for (let i = 0; i < 60; i++) {
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
      const common = [];
      for (let i = 0; i < 5; i++) {
        t = performance.now();
        await repos.notes.search(data.vocab[0]);
        common.push(performance.now() - t);
      }
      const commonHits = (await repos.db.notes.where('words').startsWith(data.vocab[0]).distinct().count());

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
        stored, setupMs, bulkMs, floorMs, perPage,
        forPage: median(forPage), save: median(save), search: median(search), searchMax: Math.max(...search),
        hitsPerQuery: hits / queries.length, common: median(common), commonHits,
        lookup: median(lookup), foundPerLookup: found / 50,
      };
    }, [NOTES, PAGES, SOURCES]);
    if (r.stored !== NOTES) throw new Error(`bulk insert stored ${r.stored} notes`);
    ctx.log(`storage: ${JSON.stringify(r)}`);
    return [
      ms('storage.bulk-insert-50k', r.bulkMs, 5000, `50,000 notes, one transaction, 8 indexes; bare IndexedDB with no index ${r.floorMs.toFixed(0)} ms in the same run (${(r.bulkMs / r.floorMs).toFixed(1)}x)`),
      ms('storage.notes-for-page', r.forPage, 5, `median of 200 pages, ${r.perPage} notes each`),
      ms('storage.save-note', r.save, 10, 'median of 100 saves (edit or new), note + page in one transaction'),
      ms('storage.search', r.search, 50, `median of 60 reader queries, ${r.hitsPerQuery.toFixed(0)} hits avg, max ${r.searchMax.toFixed(0)} ms; commonest word (${r.commonHits} notes) ${r.common.toFixed(0)} ms`),
      ms('storage.lookup-50-speakers', r.lookup, 5, `median of 50 lookups, ${r.foundPerLookup.toFixed(0)}/50 found`),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
