// Chromium driver: Debian's Chromium through playwright-core, a persistent context in a throw-away
// profile with dist/chrome loaded unpacked. Every request to a host other than loopback is aborted by a
// context route and logged; as a backstop (service-worker fetches can bypass routes) the browser's proxy
// is the logging catcher, which Chromium never uses for loopback.
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { callExpression, describePredicate, isExternal, makeProfile, poll, removeProfile } from './driver.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

// Chromium's own background traffic (Google sign-in probes, on-demand components) would be
// indistinguishable from the extension's at the proxy: point those services at a dead address.
const offlineArgs = [
  '--gaia-url=http://127.0.0.1:9',
  '--google-apis-url=http://127.0.0.1:9',
  '--lso-url=http://127.0.0.1:9',
  '--component-updater=url-source=http://127.0.0.1:9',
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
];

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped to a–p. */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * Launch Chromium with the extension. Options: extensionDir (required), catcher (from startCatcher():
 * the proxy for anything that escapes the route), headless (default true), profileDir (reuse; default a
 * new temp one), offline (default true; false lets pages reach the network, for `npm start`).
 * Returns a Driver (see tests/e2e/README.md).
 */
export async function launchChromium({ extensionDir, catcher, headless = true, profileDir, offline = true } = {}) {
  const profile = profileDir ?? (await makeProfile('chromium'));
  const ownsProfile = !profileDir;
  const extensionId = unpackedExtensionId(extensionDir);
  const external = [];
  let context;
  let page;
  const pages = new Map();
  let nextHandle = 1;

  const launch = async () => {
    const started = Date.now();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless,
      env: { ...process.env, HOME: profile },
      viewport: headless ? { width: 1280, height: 900 } : null,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--no-first-run',
        '--no-default-browser-check',
        ...(offline ? offlineArgs : []),
        ...(catcher ? [`--proxy-server=http://127.0.0.1:${catcher.port}`] : []),
      ],
    });
    if (offline) {
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (!isExternal(url)) return route.continue();
        external.push({ url, host: new URL(url).hostname, via: 'route', at: Date.now() });
        return route.abort('blockedbyclient');
      });
    }
    await context.addInitScript(() => {
      // Long-task probe for the performance tests: main-thread tasks over 50 ms, as Chromium reports them.
      const w = /** @type {any} */ (window);
      w.__claimlightLongTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__claimlightLongTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // no longtask support: the array stays empty
      }
    });
    pages.clear();
    page = context.pages()[0] ?? (await context.newPage());
    pages.set(String(nextHandle), page);
    nextHandle++;
    return Date.now() - started;
  };

  let launchMs;
  try {
    launchMs = await launch();
  } catch (error) {
    if (ownsProfile) await removeProfile(profile);
    throw error;
  }

  const driver = {
    name: 'chromium',
    extensionId,
    extensionOrigin: `chrome-extension://${extensionId}`,
    profileDir: profile,
    launchMs,
    supportsLongTasks: true,
    /** The Playwright objects, for the rare test that needs more than the common interface. */
    get raw() {
      return { context, page };
    },
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async evaluate(fnOrSource, ...args) {
      return page.evaluate(callExpression(fnOrSource, args));
    },
    async evaluateAsync(fnOrSource, ...args) {
      return page.evaluate(callExpression(fnOrSource, args));
    },
    async openExtensionPage(file) {
      await page.goto(`${driver.extensionOrigin}/${file.replace(/^\//, '')}`, { waitUntil: 'load' });
    },
    async evaluateInBackground(fnOrSource, ...args) {
      const worker = context.serviceWorkers().find((w) => w.url().startsWith(driver.extensionOrigin))
        ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
      return worker.evaluate(callExpression(fnOrSource, args));
    },
    async newTab() {
      const p = await context.newPage();
      const handle = String(nextHandle++);
      pages.set(handle, p);
      page = p;
      return handle;
    },
    async currentTab() {
      return [...pages].find(([, p]) => p === page)?.[0];
    },
    async switchTo(handle) {
      const p = pages.get(handle);
      if (!p) throw new Error(`no tab ${handle}`);
      page = p;
      await p.bringToFront();
    },
    async click(selector) {
      await page.click(selector, { timeout: 10_000 });
    },
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async type(selector, text) {
      await page.focus(selector, { timeout: 10_000 });
      await page.keyboard.type(text);
    },
    async waitFor(fnOrSource, { timeout = 10_000, interval = 100 } = {}) {
      return poll(() => driver.evaluate(fnOrSource), { timeout, interval, what: describePredicate(fnOrSource) });
    },
    async longTasks() {
      return page.evaluate(() => /** @type {any} */ (window).__claimlightLongTasks ?? []);
    },
    /** Every non-loopback request since the last clear: aborted by the route or caught by the proxy. */
    externalRequests: () => [...external, ...(catcher?.requests ?? []).map((r) => ({ ...r, via: 'proxy' }))],
    clearExternalRequests: () => { external.length = 0; catcher?.clear(); },
    async restart() {
      await context.close();
      driver.launchMs = await launch();
    },
    async close() {
      try {
        await context?.close();
      } finally {
        if (ownsProfile) await removeProfile(profile);
      }
    },
  };
  return driver;
}
