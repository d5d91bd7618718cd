// Firefox driver: Debian's firefox-esr over Marionette (its built-in automation server) with our own
// client, because no geckodriver may be downloaded here. The add-on is installed as a temporary add-on
// from dist/firefox with a pinned internal UUID so moz-extension:// pages have a known address. Every
// host is sent to the logging catcher as proxy (Firefox never proxies loopback), which both blocks and
// records anything that tries to leave the machine.
import { spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { connectMarionette } from './marionette.mjs';
import { callExpression, describePredicate, makeProfile, poll, removeProfile, WEBDRIVER_KEYS } from './driver.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The internal UUID the tests pin, so the popup lives at moz-extension://<this>/popup.html. */
export const FIREFOX_EXTENSION_UUID = '4d1c7a5e-6b0f-4c1e-9a53-c1a1e1f0a001';
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

async function geckoId(extensionDir) {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Prefs for a quiet, offline, automatable profile. `proxyPort` receives every non-loopback request. */
function userPrefs({ id, proxyPort }) {
  const prefs = {
    'marionette.port': 0,
    'remote.prefs.recommended': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.aboutwelcome.enabled': false,
    'browser.tabs.warnOnClose': false,
    'browser.warnOnQuit': false,
    'browser.sessionstore.resume_from_crash': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': 'http://127.0.0.1:9/',
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
    // Temporary add-ons are uninstalled at shutdown; keep their data and UUID so restart() tests persistence.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'xpinstall.signatures.required': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.discovery.enabled': false,
    'browser.ping-centre.telemetry': false,
    'dom.push.enabled': false,
    'geo.provider.network.url': '',
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'identity.fxaccounts.enabled': false,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
  return Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n') + '\n';
}

/** Firefox processes this module started and that are still alive. */
const running = new Set();
// Whatever ends this process (a failure, Ctrl+C, process.exit) ends the Firefoxes it started: they run
// detached in their own process groups and would otherwise outlive it.
process.on('exit', () => {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/**
 * Start firefox-esr on `profile` and open a Marionette session. Returns {client, kill}; kill() quits
 * Firefox (force-killing its own process group if it does not go) and resolves once it has exited.
 */
async function startFirefox(profile) {
  const portFile = path.join(profile, 'MarionetteActivePort');
  await removeProfile(portFile);
  let stderrTail = '';
  const child = spawn(FIREFOX_PATH, ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile, 'about:blank'], {
    // MOZ_REMOTE_SETTINGS_DEVTOOLS lets services.settings.server (a dead address) take effect in release builds.
    env: { ...process.env, HOME: profile, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group, so kill() can end exactly the processes it started
  });
  child.stderr.on('data', (d) => { stderrTail = (stderrTail + d).slice(-2000); });
  running.add(child);
  const exited = new Promise((resolve) => child.once('exit', resolve)).finally(() => running.delete(child));
  let client;
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        await Promise.race([client?.command('Marionette:Quit', { flags: ['eForceQuit'] }), new Promise((r) => setTimeout(r, 3000))]);
      } catch {
        // the connection drops as Firefox quits; that is the expected answer
      }
    }
    client?.close();
    const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
    if (!done) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
    }
  };
  try {
    const port = await poll(async () => {
      if (child.exitCode !== null) throw new Error(`firefox exited early: ${stderrTail}`);
      const text = await readFile(portFile, 'utf8').catch(() => '');
      return Number(text.trim()) || 0;
    }, { timeout: 30_000, interval: 50, what: 'Firefox to open its Marionette port' });
    client = await connectMarionette(port);
    await client.command('WebDriver:NewSession', { capabilities: { pageLoadStrategy: 'normal' } });
    await client.command('WebDriver:SetTimeouts', { script: 60_000, pageLoad: 30_000, implicit: 0 });
  } catch (error) {
    await kill();
    throw error;
  }
  return { client, kill };
}

/**
 * A first start of Firefox on an empty profile spends seconds creating its databases and caches. Do that
 * once per process, before any add-on is installed, and give every test a copy of the result.
 */
let templatePromise = null;
function profileTemplate(prefs) {
  templatePromise ??= (async () => {
    const dir = await makeProfile('firefox-template');
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, 'user.js'), prefs);
    const { kill } = await startFirefox(dir);
    await kill();
    for (const stale of ['MarionetteActivePort', 'lock', '.parentlock', 'sessionstore-backups']) await removeProfile(path.join(dir, stale));
    return dir;
  })();
  return templatePromise;
}

/**
 * Launch firefox-esr headless with the add-on installed. Options: extensionDir (required), catcher (from
 * startCatcher(), used as proxy; without one, closed port 9, so everything external fails at once),
 * profileDir (reuse). Returns a Driver (see tests/e2e/README.md).
 */
export async function launchFirefox({ extensionDir, catcher, profileDir } = {}) {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`firefox-esr not found at ${FIREFOX_PATH} (apt-get install -y firefox-esr)`);
  const id = await geckoId(extensionDir);
  const prefs = userPrefs({ id, proxyPort: catcher?.port ?? 9 });
  const profile = profileDir ?? (await makeProfile('firefox'));
  const ownsProfile = !profileDir;
  let client;
  let kill = async () => undefined;

  const launch = async () => {
    const started = Date.now();
    if (ownsProfile && !existsSync(path.join(profile, 'prefs.js'))) {
      await cp(await profileTemplate(prefs), profile, { recursive: true });
    }
    await writeFile(path.join(profile, 'user.js'), prefs);
    ({ client, kill } = await startFirefox(profile));
    await client.command('Addon:Install', { path: path.resolve(extensionDir), temporary: true });
    return Date.now() - started;
  };

  let launchMs;
  try {
    launchMs = await launch();
  } catch (error) {
    await kill().catch(() => undefined);
    if (ownsProfile) await removeProfile(profile);
    throw error;
  }
  const execute = async (fnOrSource, args) => {
    const result = await client.command('WebDriver:ExecuteScript', {
      script: `return ${callExpression(fnOrSource, args)};`,
      args: [],
    });
    return result?.value ?? null;
  };
  const find = async (selector) => {
    const found = await client.command('WebDriver:FindElement', { using: 'css selector', value: selector });
    const ref = found?.value ?? found;
    return ref[ELEMENT_KEY] ?? ref.ELEMENT;
  };
  const keyActions = (key) => {
    const parts = key.split('+').map((k) => WEBDRIVER_KEYS[k] ?? k);
    return [...parts.map((value) => ({ type: 'keyDown', value })), ...parts.reverse().map((value) => ({ type: 'keyUp', value }))];
  };

  const driver = {
    name: 'firefox',
    extensionId: id,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    profileDir: profile,
    launchMs,
    supportsLongTasks: false,
    /** The Marionette client, for the rare test that needs more than the common interface. */
    get raw() {
      return { client };
    },
    async goto(url) {
      await client.command('WebDriver:Navigate', { url });
    },
    evaluate: (fnOrSource, ...args) => execute(fnOrSource, args),
    evaluateAsync: (fnOrSource, ...args) => execute(fnOrSource, args),
    async openExtensionPage(file) {
      await driver.goto(`${driver.extensionOrigin}/${file.replace(/^\//, '')}`);
    },
    async newTab() {
      const result = await client.command('WebDriver:NewWindow', { type: 'tab', focus: true });
      const handle = (result?.value ?? result).handle;
      await driver.switchTo(handle);
      return handle;
    },
    async currentTab() {
      const result = await client.command('WebDriver:GetWindowHandle');
      return result?.value ?? result;
    },
    async switchTo(handle) {
      await client.command('WebDriver:SwitchToWindow', { handle, name: handle, focus: true });
    },
    async click(selector) {
      await client.command('WebDriver:ElementClick', { id: await find(selector) });
    },
    async clickAt(x, y) {
      await client.command('WebDriver:PerformActions', {
        actions: [{
          type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        }],
      });
      await client.command('WebDriver:ReleaseActions');
    },
    async press(key) {
      await client.command('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions: keyActions(key) }] });
      await client.command('WebDriver:ReleaseActions');
    },
    async type(selector, text) {
      await client.command('WebDriver:ElementSendKeys', { id: await find(selector), text });
    },
    async waitFor(fnOrSource, { timeout = 10_000, interval = 100 } = {}) {
      return poll(() => driver.evaluate(fnOrSource), { timeout, interval, what: describePredicate(fnOrSource) });
    },
    /** Firefox reports no longtask entries; performance tests check `supportsLongTasks` first. */
    async longTasks() {
      return [];
    },
    /** Every non-loopback request since the last clear, as the proxy catcher saw it. */
    externalRequests: () => (catcher?.requests ?? []).map((r) => ({ ...r, via: 'proxy' })),
    clearExternalRequests: () => { catcher?.clear(); },
    async restart() {
      await kill();
      driver.launchMs = await launch();
    },
    async close() {
      try {
        await kill();
      } finally {
        if (ownsProfile) await removeProfile(profile);
      }
    },
  };
  return driver;
}
