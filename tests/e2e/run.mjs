// End-to-end runner: every test in tests/e2e/specs/*.spec.mjs runs in real Chromium and real Firefox
// with the built extension loaded. Tests run one after another (the machines have 2 cores), each in a
// fresh browser with a throw-away profile. Filters: E2E_BROWSERS=chromium|firefox (comma list),
// E2E_GREP=substring of "spec › test name", E2E_SPECS=substring of the spec file name,
// E2E_TIMEOUT=ms per test (default 60000). Ends with `e2e: N passed, M failed`; exits 1 on any failure.
// The spec format and the Driver API are documented in tests/e2e/README.md.
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './support/chromium.mjs';
import { launchFirefox } from './support/firefox.mjs';
import { fixturesDir, repoRoot, sharedDir, startCatcher, startServer } from './support/server.mjs';

const ALL_BROWSERS = ['chromium', 'firefox'];
const launchers = {
  chromium: (opts) => launchChromium({ ...opts, extensionDir: path.join(opts.builds, 'chrome') }),
  firefox: (opts) => launchFirefox({ ...opts, extensionDir: path.join(opts.builds, 'firefox') }),
};

/**
 * Copy dist/chrome and dist/firefox to a temporary folder, so the whole run tests one build even if
 * `npm run build` or watch mode rewrites dist/ meanwhile. Returns the folder.
 */
async function snapshotBuilds() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimlight-e2e-dist-'));
  for (const name of ['chrome', 'firefox']) await cp(path.join(repoRoot, 'dist', name), path.join(dir, name), { recursive: true });
  return dir;
}
const DEFAULT_TIMEOUT = Number(process.env.E2E_TIMEOUT ?? 60_000);

/** Load every spec module that matches E2E_SPECS; each must export `tests`. */
async function loadSpecs() {
  const dir = path.join(repoRoot, 'tests/e2e/specs');
  const filter = process.env.E2E_SPECS ?? '';
  const files = (await readdir(dir)).filter((f) => f.endsWith('.spec.mjs') && f.includes(filter)).sort();
  const specs = [];
  for (const file of files) {
    const label = file.replace(/\.spec\.mjs$/, '');
    try {
      const mod = await import(pathToFileURL(path.join(dir, file)).href);
      if (!Array.isArray(mod.tests)) throw new Error(`${file} must export \`tests\` (an array of {name, run})`);
      specs.push({ file, label, tests: mod.tests });
    } catch (error) {
      // A spec that cannot load is one failure, not the end of everyone else's run.
      const loadError = error;
      specs.push({ file, label, tests: [{ name: 'loads', browserless: true, run: () => { throw loadError; } }] });
    }
  }
  return specs;
}

function selectedBrowsers() {
  const wanted = (process.env.E2E_BROWSERS ?? ALL_BROWSERS.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((b) => !ALL_BROWSERS.includes(b));
  if (unknown.length) throw new Error(`E2E_BROWSERS: unknown browser(s) ${unknown.join(', ')}; use ${ALL_BROWSERS.join(' / ')}`);
  return wanted;
}

/** Reject after `ms` so a hung browser cannot stall the whole run. */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)}s`;

async function main() {
  for (const dir of ['dist/chrome', 'dist/firefox']) {
    if (!existsSync(path.join(repoRoot, dir, 'manifest.json'))) {
      console.error(`e2e: ${dir}/manifest.json is missing — run \`npm run build\` first.`);
      process.exit(1);
    }
  }
  const browsers = selectedBrowsers();
  const grep = process.env.E2E_GREP ?? '';
  const specs = await loadSpecs();
  const builds = await snapshotBuilds();
  // Ctrl+C: close the browser of the running test and remove the snapshot, then stop.
  let current = null;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await withTimeout(current?.close() ?? Promise.resolve(), 10_000, 'closing the browser').catch(() => undefined);
      rmSync(builds, { recursive: true, force: true });
      process.exit(130);
    });
  }
  const server = await startServer();
  const catcher = await startCatcher();
  const fixtures = {
    sharedDir,
    fixturesDir,
    repoRoot,
    /** URL of a file under ../shared, e.g. shared('fixtures/news/minsk-talks.html'). */
    shared: (rel) => server.url(`/shared/${rel.replace(/^\//, '')}`),
    /** URL of a file under tests/fixtures, e.g. local('sample-article.html'). */
    local: (rel) => server.url(`/fixtures/${rel.replace(/^\//, '')}`),
  };

  let passed = 0;
  const failures = [];
  const stats = Object.fromEntries(browsers.map((b) => [b, { launches: [], tests: 0, ms: 0 }]));
  const started = Date.now();

  // Tests marked `browserless` (checks on dist/ itself) run once, in Node, before the browsers start.
  for (const spec of specs) {
    for (const test of spec.tests) {
      const title = `${spec.label} › ${test.name}`;
      if (!test.browserless || (grep && !title.includes(grep))) continue;
      const t0 = Date.now();
      try {
        await withTimeout(Promise.resolve().then(() => test.run({ browser: null, server, fixtures, catcher })), test.timeout ?? DEFAULT_TIMEOUT, title);
        passed++;
        console.log(`  ✓ [node] ${title} (${seconds(Date.now() - t0)})`);
      } catch (error) {
        failures.push({ title, browserName: 'node', error });
        console.log(`  ✗ [node] ${title} (${seconds(Date.now() - t0)})`);
        console.log(indent(String(error?.stack ?? error)));
      }
      server.resetRoutes();
    }
  }

  for (const browserName of browsers) {
    for (const spec of specs) {
      for (const test of spec.tests) {
        const title = `${spec.label} › ${test.name}`;
        if (test.browserless || (grep && !title.includes(grep))) continue;
        if (!(test.browsers ?? ALL_BROWSERS).includes(browserName)) continue;
        const t0 = Date.now();
        let browser;
        let error;
        const launching = launchers[browserName]({ catcher, builds });
        try {
          await withTimeout((async () => {
            browser = await launching;
            current = browser;
            stats[browserName].launches.push(browser.launchMs);
            await test.run({ browser, server, fixtures, catcher });
          })(), test.timeout ?? DEFAULT_TIMEOUT, title);
        } catch (e) {
          error = e;
        } finally {
          // A timeout can hit while the browser is still starting: wait for it, so it can be closed too.
          browser ??= await withTimeout(launching, 30_000, 'launching the browser').catch(() => undefined);
          await withTimeout(browser?.close() ?? Promise.resolve(), 20_000, 'closing the browser').catch((e) => {
            error ??= e;
          });
          current = null;
          server.resetRoutes();
          catcher.clear();
        }
        const ms = Date.now() - t0;
        stats[browserName].tests++;
        stats[browserName].ms += ms;
        const launch = browser?.launchMs !== undefined ? `, launch ${seconds(browser.launchMs)}` : '';
        if (error) {
          failures.push({ title, browserName, error });
          console.log(`  ✗ [${browserName}] ${title} (${seconds(ms)}${launch})`);
          console.log(indent(String(error?.stack ?? error)));
        } else {
          passed++;
          console.log(`  ✓ [${browserName}] ${title} (${seconds(ms)}${launch})`);
        }
      }
    }
  }

  await server.close();
  await catcher.close();
  await rm(builds, { recursive: true, force: true });
  console.log('');
  for (const [name, s] of Object.entries(stats)) {
    if (!s.tests) continue;
    const launches = [...s.launches].sort((a, b) => a - b);
    const median = launches.length ? launches[Math.floor(launches.length / 2)] : 0;
    console.log(`  ${name}: ${s.tests} test(s) in ${seconds(s.ms)}, median launch ${seconds(median)}`);
  }
  if (failures.length) {
    console.log('\nfailed:');
    for (const f of failures) console.log(`  [${f.browserName}] ${f.title}: ${String(f.error?.message ?? f.error).split('\n')[0]}`);
  }
  console.log(`  total ${seconds(Date.now() - started)}`);
  console.log(`e2e: ${passed} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}

function indent(text) {
  return text.split('\n').slice(0, 12).map((l) => `      ${l}`).join('\n');
}

main().catch((error) => {
  console.error(`e2e: ${error?.stack ?? error}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
});
