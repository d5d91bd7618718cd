// Foundation end-to-end tests (issue 2): the built extension is sane, installs in both browsers, its
// content script runs on an article, its popup talks to the background, and it sends nothing anywhere.
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';

/** Sum of ranges in every registered CSS highlight: the content script's painted claims. */
const paintedRanges = () => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0);

/** A page with article text and no external asset at all, so any request to the catcher is the extension's. */
const QUIET_ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quiet article</title>
<meta property="og:type" content="article"></head><body><article><h1>Council approves budget</h1>
<p>The city council approved a budget of $2.1 billion on Tuesday, according to a statement from the mayor's office.</p>
<p>"We will not raise taxes this year," Mayor Jane Doe told reporters, adding that unemployment fell to 4.2 percent.</p>
<p>Critics said the plan underfunds transit, a claim the council's finance chair, Tom Reyes, disputed in an interview with the Daily Ledger.</p>
</article></body></html>`;

export const tests = [
  {
    name: 'the harness: fixture server stays inside its folders, routes work, the catcher records and refuses',
    browserless: true,
    async run({ server, catcher, fixtures }) {
      const { repoRoot } = fixtures;
      const sample = await fetch(server.url('/fixtures/sample-article.html'));
      assert.equal(sample.status, 200);
      assert.match(sample.headers.get('content-type'), /text\/html/);
      assert.equal((await fetch(server.url('/shared/DESIGN.md'))).status, 200);
      // Raw paths (fetch would normalise the dots away before they reach the server).
      const http = await import('node:http');
      const statusOf = (rawPath) => new Promise((resolve, reject) => {
        http.get({ host: '127.0.0.1', port: server.port, path: rawPath }, (res) => { res.resume(); resolve(res.statusCode); }).on('error', reject);
      });
      assert.equal(await statusOf('/fixtures/sample-article.html'), 200, 'the raw-path helper does reach files');
      for (const escape of ['/fixtures/../../package.json', '/fixtures/..%2f..%2fpackage.json', '/fixtures/%2e%2e%2f%2e%2e%2fpackage.json', `/shared/..%2f${encodeURIComponent(path.basename(repoRoot))}%2fpackage.json`, '/package.json']) {
        assert.equal(await statusOf(escape), 404, `${escape} must not be served`);
      }
      const routed = server.route('/dyn.html', { html: '<p>dynamic</p>', headers: { 'x-test': '1' } });
      const dyn = await fetch(routed);
      assert.equal(await dyn.text(), '<p>dynamic</p>');
      assert.equal(dyn.headers.get('x-test'), '1');

      // Speak to the catcher as a browser speaks to its proxy: a CONNECT for https, an absolute URL for http.
      const net = await import('node:net');
      const ask = (line) => new Promise((resolve, reject) => {
        const socket = net.connect(catcher.port, '127.0.0.1', () => socket.write(`${line}\r\nhost: x\r\n\r\n`));
        let reply = '';
        socket.on('data', (d) => { reply += d; });
        socket.on('end', () => resolve(reply));
        socket.on('error', reject);
      });
      catcher.clear();
      assert.match(await ask('CONNECT tracker.example:443 HTTP/1.1'), /^HTTP\/1\.1 502/);
      assert.match(await ask('GET http://cdn.example/x.js HTTP/1.1'), /^HTTP\/1\.1 502/);
      assert.deepEqual(catcher.requests.map((r) => [r.method, r.host]), [['CONNECT', 'tracker.example'], ['GET', 'cdn.example']]);
      catcher.clear();
    },
  },
  {
    name: 'built manifests and zips are sane for both stores',
    browserless: true,
    async run({ fixtures }) {
      const dist = path.join(fixtures.repoRoot, 'dist');
      const base = JSON.parse(await readFile(path.join(fixtures.repoRoot, 'manifest.json'), 'utf8'));
      const chrome = JSON.parse(await readFile(path.join(dist, 'chrome/manifest.json'), 'utf8'));
      const firefox = JSON.parse(await readFile(path.join(dist, 'firefox/manifest.json'), 'utf8'));
      for (const m of [chrome, firefox]) {
        assert.equal(m.manifest_version, 3);
        assert.equal(m.version, base.version);
        assert.deepEqual(m.permissions, base.permissions, 'permissions come from the base manifest only');
        assert.equal(m.host_permissions, undefined, 'no host permissions');
        assert.equal(m.action.default_popup, 'popup.html');
        assert.match(m.content_security_policy.extension_pages, /connect-src 'none'/);
      }
      assert.equal(chrome.background.service_worker, 'background.js');
      assert.equal(chrome.browser_specific_settings, undefined);
      assert.deepEqual(firefox.background, { scripts: ['background.js'] });
      assert.ok(firefox.browser_specific_settings.gecko.id);
      assert.deepEqual(firefox.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
      for (const [browser, manifest] of [['chrome', chrome], ['firefox', firefox]]) {
        const referenced = [
          ...(manifest.background.service_worker ? [manifest.background.service_worker] : manifest.background.scripts),
          ...manifest.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
          manifest.action.default_popup,
          manifest.options_ui.page,
          ...Object.values(manifest.icons),
        ];
        for (const file of referenced) {
          const info = await stat(path.join(dist, browser, file)).catch(() => null);
          assert.ok(info?.isFile(), `dist/${browser}/${file} is referenced by the manifest but missing`);
        }
        const zip = unzipSync(new Uint8Array(await readFile(path.join(dist, `claimlight-${browser}-${base.version}.zip`))));
        const names = Object.keys(zip);
        assert.ok(names.includes('manifest.json'), `${browser} zip has manifest.json at its root`);
        for (const file of referenced) assert.ok(names.includes(file), `${browser} zip contains ${file}`);
        assert.ok(!names.some((n) => n.endsWith('.map')), `${browser} zip carries no source maps`);
        assert.deepEqual(JSON.parse(new TextDecoder().decode(zip['manifest.json'])), manifest);
      }
    },
  },
  {
    name: 'the content script highlights at least one claim on the sample article',
    async run({ browser, fixtures }) {
      await browser.goto(fixtures.local('sample-article.html'));
      const count = await browser.waitFor(paintedRanges, { timeout: 20_000 });
      assert.ok(count >= 1);
      const texts = await browser.evaluate(() => [...CSS.highlights].flatMap(([, h]) => [...h].map((r) => r.toString())));
      assert.ok(texts.some((t) => t.trim().length > 20), `a painted range covers a sentence, got ${JSON.stringify(texts.slice(0, 3))}`);
    },
  },
  {
    name: 'the popup page gets data from the background and its IndexedDB',
    async run({ browser }) {
      await browser.openExtensionPage('popup.html');
      const send = (message) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(message);
      const first = await browser.evaluate(send, { type: 'ping' });
      const manifestVersion = await browser.evaluate(() => (globalThis.browser ?? globalThis.chrome).runtime.getManifest().version);
      assert.equal(first?.ok, true, `ping answered ${JSON.stringify(first)}`);
      assert.equal(first.value.version, manifestVersion);
      assert.equal(first.value.notes, 0, 'a fresh profile has no notes');

      // The count comes from the database: a note saved through the background shows up in the next ping.
      const now = new Date().toISOString();
      const note = {
        id: '6f1c2a9e-0d4b-4f7a-9c3e-2b8d5e1f7a10', pageUrl: 'https://news.example.com/a', pageTitle: 'A',
        selector: { quote: { exact: 'the claim', prefix: 'before ', suffix: ' after' }, position: { start: 7, end: 16 } },
        claimText: 'the claim', attribution: null, verdict: 'unverified', confidence: null, body: 'checked',
        evidence: [], tags: [], createdAt: now, updatedAt: now,
      };
      const saved = await browser.evaluate(send, { type: 'notes/save', note });
      assert.equal(saved?.ok, true, `notes/save answered ${JSON.stringify(saved)}`);
      const second = await browser.evaluate(send, { type: 'ping' });
      assert.equal(second.value.notes, 1);

      // And the popup itself renders something once it has heard from the background.
      await browser.waitFor(() => (document.body?.innerText ?? '').trim().length > 0, { timeout: 10_000 });
    },
  },
  {
    name: 'the extension makes no network request of its own',
    async run({ browser, server }) {
      const url = server.route('/quiet-article.html', QUIET_ARTICLE);
      browser.clearExternalRequests();
      await browser.goto(url);
      await browser.openExtensionPage('popup.html');
      await browser.openExtensionPage('options.html');
      await browser.goto(url);
      // Give deferred work (idle scans, background start-up) time to try something.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepEqual(browser.externalRequests(), [], 'nothing left 127.0.0.1');

      // Control: the same watch does see a request that really tries to leave, so the empty list above means something.
      await browser.evaluate(() => fetch('https://claimlight-canary.example/ping').then(() => 'reached', () => 'blocked'));
      const seen = await browser.externalRequests();
      assert.ok(seen.some((r) => r.host === 'claimlight-canary.example'), `the canary request was caught: ${JSON.stringify(seen)}`);
    },
  },
];
