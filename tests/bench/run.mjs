#!/usr/bin/env node
// Benchmark runner (`npm run bench` = build, then this). Discovers tests/bench/*.bench.mjs; each exports
//   async function run(ctx) → [{name, value, unit, target, ok, detail?}]
// where `name` starts with the part it measures (engine., content., reanchor., storage., export.), `value`
// is usually a ratio to a baseline timed in the same run, and `ok` says whether `target` is met.
// Prints a table, writes dist/bench.json {"figures": [...]}, and exits 0 even when targets are missed, so
// the whole table is always seen. A bench that throws becomes one `<file>.error` figure with ok: false.
//
//   node tests/bench/run.mjs            all benches
//   node tests/bench/run.mjs engine     only files whose name contains "engine"
//
// ctx (see makeContext): repoRoot, sharedDir, distDir, launchChromium(), median(fn, runs), bundle(entry),
// serveStatic(dir), log(msg). Browsers and servers opened through ctx are closed by the runner.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '../..');
const sharedDir = resolve(repoRoot, '../shared');
const distDir = join(repoRoot, 'dist');
const CHROMIUM = '/usr/lib/chromium/chromium';

/** Median of numbers (mean of the middle two for even counts). */
export function medianOf(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Runs `fn` `runs` times (after one untimed warm-up) and returns the median sample: the number `fn`
 * returns when it returns one (so it can time itself, e.g. inside a page), else its wall time in ms.
 */
export async function median(fn, runs = 5) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await fn();
    samples.push(typeof r === 'number' ? r : performance.now() - t0);
  }
  return medianOf(samples);
}

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

function makeContext() {
  const cleanups = [];
  const ctx = {
    repoRoot, sharedDir, distDir,
    log: (msg) => process.stderr.write(`  ${msg}\n`),
    median,
    medianOf,
    /**
     * Plain headless Chromium (playwright-core, Debian's binary), no extension: for timing page-side code.
     * Pass `args` to add flags. Closed by the runner.
     */
    async launchChromium({ args = [] } = {}) {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM, headless: true,
        args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', ...args],
      });
      cleanups.push(() => browser.close().catch(() => undefined));
      return browser;
    },
    /** esbuild bundle of a repo file as a string: IIFE exposing its exports as `globalName` (for addScriptTag). */
    async bundle(entry, { globalName = 'Bench', minify = false, format = 'iife', platform = 'browser' } = {}) {
      const out = await build({
        absWorkingDir: repoRoot, entryPoints: [entry], bundle: true, write: false, format, platform, minify,
        globalName: format === 'iife' ? globalName : undefined, target: ['chrome105'], logLevel: 'error',
        define: { __BROWSER__: JSON.stringify('chrome'), 'process.env.NODE_ENV': '"production"' }, legalComments: 'none',
      });
      return out.outputFiles[0].text;
    },
    /** Serves `dir` on 127.0.0.1 (random port); resolves to {url, close}. Closed by the runner. */
    async serveStatic(dir) {
      const root = resolve(dir);
      const server = createServer(async (req, res) => {
        const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
        if (!path.startsWith(root)) return void res.writeHead(403).end();
        try {
          const body = await readFile(path);
          res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(body);
        } catch {
          res.writeHead(404).end();
        }
      });
      await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
      const close = () => new Promise((ok) => server.close(() => ok()));
      cleanups.push(close);
      return { url: `http://127.0.0.1:${server.address().port}/`, close };
    },
  };
  return { ctx, cleanup: async () => { for (const c of cleanups.reverse()) await c(); } };
}

const fmt = (v) => (v == null ? '-' : typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2)) : String(v));

/** The figures as a table for people. */
export function formatFigures(figures) {
  const rows = [['figure', 'value', 'unit', 'target', 'ok', 'detail'], ...figures.map((f) => [f.name, fmt(f.value), f.unit ?? '', fmt(f.target), f.ok ? 'ok' : 'MISSED', f.detail ?? f.error ?? ''])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

async function main() {
  const filter = process.argv[2] ?? '';
  const files = (await readdir(benchDir)).filter((f) => f.endsWith('.bench.mjs') && f.includes(filter)).sort();
  const figures = [];
  for (const file of files) {
    const label = file.replace(/\.bench\.mjs$/, '');
    process.stderr.write(`bench: ${label}\n`);
    const { ctx, cleanup } = makeContext();
    const t0 = performance.now();
    try {
      const mod = await import(pathToFileURL(join(benchDir, file)).href);
      if (typeof mod.run !== 'function') throw new Error('must export async function run(ctx)');
      const out = await mod.run(ctx);
      if (!Array.isArray(out)) throw new Error('run(ctx) must return an array of figures');
      for (const f of out) figures.push({ ...f, ok: Boolean(f.ok) });
    } catch (error) {
      figures.push({ name: `${label}.error`, value: null, unit: '', target: null, ok: false, error: String(error?.message ?? error).split('\n')[0] });
      process.stderr.write(`${error?.stack ?? error}\n`);
    } finally {
      await cleanup();
    }
    process.stderr.write(`bench: ${label} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  console.log(formatFigures(figures));
  if (!existsSync(distDir)) await mkdir(distDir, { recursive: true });
  await writeFile(join(distDir, 'bench.json'), `${JSON.stringify({ figures }, null, 2)}\n`);
  console.log(`\n${figures.filter((f) => f.ok).length}/${figures.length} figures on target; written to dist/bench.json`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
