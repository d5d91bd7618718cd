// Storage end-to-end tests (issue 4), in both browsers: a note saved through the background survives a
// browser restart; two options pages stay in sync; a web page can neither reach the background nor see
// the database.
import assert from 'node:assert/strict';

/** Send a request to the background from an extension page (what the content script's send() does). */
const send = (message) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(message);

/** A note as the card saves it, for a page on the fixture server. */
function noteFor(pageUrl, id, body = 'Checked against customs data.') {
  const now = new Date().toISOString();
  return {
    id, pageUrl, pageTitle: 'Budget story',
    selector: { quote: { exact: 'a budget of $2.1 billion', prefix: 'approved ', suffix: ' on Tuesday' }, position: { start: 40, end: 64 } },
    claimText: 'The city council approved a budget of $2.1 billion on Tuesday.',
    attribution: { speaker: 'Jane Doe', role: 'Mayor', sourceType: 'named-person', cue: 'said', medium: null, via: 'Daily Ledger' },
    verdict: 'mostly-accurate', confidence: 4, body, evidence: ['https://ledger.example/budget'], tags: ['budget'],
    createdAt: now, updatedAt: now,
  };
}

const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Budget story</title></head>
<body><article><p>The city council approved a budget of $2.1 billion on Tuesday, the mayor said.</p></article></body></html>`;

export const tests = [
  {
    name: 'a note saved through the background survives a browser restart',
    timeout: 90_000,
    async run({ browser, server }) {
      const pageUrl = server.url('/budget.html');
      await browser.openExtensionPage('options.html');
      const saved = await browser.evaluate(send, { type: 'notes/save', note: noteFor(`${pageUrl}?utm_source=x#top`, 'e2e-restart-1') });
      assert.equal(saved?.ok, true, `notes/save answered ${JSON.stringify(saved)}`);
      assert.equal(saved.value.pageUrl, pageUrl, 'the stored page URL is normalised');

      await browser.restart();
      await browser.openExtensionPage('options.html');
      const listed = await browser.evaluate(send, { type: 'notes/forPage', url: pageUrl });
      assert.equal(listed?.ok, true, JSON.stringify(listed));
      assert.deepEqual(listed.value.map((n) => [n.id, n.body, n.verdict]), [['e2e-restart-1', 'Checked against customs data.', 'mostly-accurate']]);
      // The options page, reading the database directly, lists it too.
      await browser.waitFor(() => !!document.querySelector('[data-note-id="e2e-restart-1"]'), { timeout: 10_000 });
    },
  },
  {
    name: 'two options pages stay in sync: an edit in one appears in the other',
    async run({ browser, server }) {
      await browser.openExtensionPage('options.html');
      const saved = await browser.evaluate(send, { type: 'notes/save', note: noteFor(server.url('/budget.html'), 'e2e-sync-1', '') });
      assert.equal(saved?.ok, true, JSON.stringify(saved));
      const first = await browser.currentTab();
      await browser.waitFor(() => !!document.querySelector('[data-note-id="e2e-sync-1"]'));

      const second = await browser.newTab();
      await browser.openExtensionPage('options.html');
      await browser.waitFor(() => !!document.querySelector('[data-note-id="e2e-sync-1"]'));

      // Edit in the first window through the UI …
      await browser.switchTo(first);
      await browser.evaluate(() => {
        const item = document.querySelector('[data-note-id="e2e-sync-1"]');
        [...item.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Edit').click();
      });
      await browser.waitFor(() => !!document.querySelector('[data-note-id="e2e-sync-1"] textarea'));
      await browser.type('[data-note-id="e2e-sync-1"] textarea', 'Edited in window one');
      await browser.click('[data-note-id="e2e-sync-1"] form.editor button[type="submit"]');
      await browser.waitFor(() => !document.querySelector('[data-note-id="e2e-sync-1"] textarea'));

      // … and the second window shows it without a reload.
      await browser.switchTo(second);
      const text = await browser.waitFor(() => document.querySelector('[data-note-id="e2e-sync-1"] .body')?.textContent, { timeout: 10_000 });
      assert.equal(text, 'Edited in window one');
    },
  },
  {
    name: 'a source rated in the options page is found by the background under another form of its name',
    async run({ browser }) {
      await browser.openExtensionPage('options.html');
      // The background answers first from an empty book (and keeps it in memory) …
      const before = await browser.evaluate(send, { type: 'sources/lookup', names: ['Markarova'] });
      assert.deepEqual(before, { ok: true, value: [{ name: 'Markarova', source: null }] });
      // … then the reader adds and rates the source in the options page, another context.
      await browser.type('#sources form input[type="text"]', 'Oksana Markarova');
      await browser.click('#sources form button[type="submit"]');
      await browser.waitFor(() => !!document.querySelector('#sources [data-source-id] button[aria-expanded]'));
      await browser.click('#sources [data-source-id] button[aria-expanded]');
      await browser.waitFor(() => !!document.querySelector('#sources .editor select'));
      await browser.evaluate(() => {
        const editor = document.querySelector('#sources .editor');
        const select = editor.querySelector('select');
        select.value = '4';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await browser.type('#sources .editor textarea', 'Careful with casualty figures.');
      await browser.evaluate(() => [...document.querySelectorAll('#sources .editor button')].find((b) => b.textContent.trim() === 'Save source').click());
      await browser.waitFor(() => document.querySelector('#sources .editor [role="status"]')?.textContent === 'Saved.');

      const found = await browser.evaluate(send, { type: 'sources/lookup', names: ["Ukraine's ambassador Markarova", 'Someone Else'] });
      assert.equal(found?.ok, true, JSON.stringify(found));
      assert.equal(found.value[0].source?.name, 'Oksana Markarova');
      assert.equal(found.value[0].source?.confidence, 4);
      assert.equal(found.value[0].source?.notes, 'Careful with casualty figures.');
      assert.equal(found.value[1].source, null);
    },
  },
  {
    name: 'a web page cannot reach the background or see the database',
    async run({ browser, server }) {
      // Something to protect: one real note.
      await browser.openExtensionPage('options.html');
      const pageUrl = server.route('/hostile.html', ARTICLE);
      const saved = await browser.evaluate(send, { type: 'notes/save', note: noteFor(pageUrl, 'e2e-keep-1') });
      assert.equal(saved?.ok, true, JSON.stringify(saved));
      const extensionId = new URL(browser.extensionOrigin).host;

      await browser.goto(pageUrl);
      const attempts = await browser.evaluate(async (id, forged) => {
        const out = {};
        const runtime = globalThis.chrome?.runtime ?? globalThis.browser?.runtime;
        if (!runtime?.sendMessage) out.sendMessage = 'no runtime.sendMessage on the page';
        else {
          out.sendMessage = await new Promise((resolve) => {
            try {
              const maybe = runtime.sendMessage(id, forged, (reply) => resolve({ reply: reply ?? null, error: globalThis.chrome?.runtime?.lastError?.message ?? null }));
              if (maybe?.then) maybe.then((reply) => resolve({ reply }), (e) => resolve({ error: String(e) }));
            } catch (e) {
              resolve({ threw: String(e) });
            }
            setTimeout(() => resolve({ timeout: true }), 2000);
          });
        }
        // The content script listens to the extension, not to the page: forged window messages must do nothing.
        window.postMessage({ type: 'notes/delete', id: 'e2e-keep-1' }, '*');
        window.postMessage({ type: 'settings/save', settings: { autoScan: false, siteOverrides: {}, kindsShown: [], colours: {} } }, '*');
        window.postMessage(forged, '*');
        await new Promise((r) => setTimeout(r, 500));
        out.databases = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((d) => d.name) : 'unsupported';
        return out;
      }, extensionId, { type: 'notes/delete', id: 'e2e-keep-1' });

      assert.ok(!attempts.sendMessage?.reply?.ok, `the page got no answer: ${JSON.stringify(attempts.sendMessage)}`);
      assert.ok(Array.isArray(attempts.databases), `indexedDB.databases() works on the page: ${JSON.stringify(attempts.databases)}`);
      assert.ok(!attempts.databases.some((n) => /claimlight/i.test(n ?? '')), `no Claimlight database on the page's origin: ${attempts.databases}`);

      // Nothing changed: the note and the settings are as they were.
      await browser.openExtensionPage('options.html');
      const notes = await browser.evaluate(send, { type: 'notes/forPage', url: pageUrl });
      assert.deepEqual(notes.value.map((n) => n.id), ['e2e-keep-1']);
      const settings = await browser.evaluate(send, { type: 'settings/get' });
      assert.equal(settings.value.autoScan, true);
    },
  },
];

