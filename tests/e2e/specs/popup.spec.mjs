// The popup in real browsers, opened as a tab on `popup.html?tab=<id>` (a headless browser cannot click
// the toolbar button): lists the page's claims, focuses one on the page, switches highlights, remembers
// "never on this site", offers "Scan anyway" on a non-article, and says so when the tab cannot be read.
import assert from 'node:assert/strict';
import { ARTICLE, cardText, extensionTab } from './card-shadow.mjs';

const paintedCount = () => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0);

/** Loads `html` at `path`, optionally waits until its claims are painted, then opens the popup for its tab. */
async function openPopupFor(browser, server, html, path, { waitForPaint = false } = {}) {
  await browser.goto(server.route(path, html));
  if (waitForPaint) await browser.waitFor(`(${paintedCount})() > 0`, { timeout: 20_000 });
  const pageTab = await browser.currentTab();
  const { tabId } = await extensionTab(browser, pageTab);
  await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  return { pageTab, tabId };
}

const NOT_AN_ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body>
<nav><a href="/a">News</a> <a href="/b">Sport</a> <a href="/c">Weather</a></nav>
<div class="teaser">Officials said on Wednesday that 40 drones had been shot down overnight, Interfax reported.</div>
<footer>© Portal</footer></body></html>`;

export const tests = [
  {
    name: 'lists the claims with attribution; clicking one opens its card on the page',
    async run({ browser, server }) {
      const { pageTab, tabId } = await openPopupFor(browser, server, ARTICLE, '/popup-article.html', { waitForPaint: true });
      const rows = await browser.waitFor(() => {
        const items = [...document.querySelectorAll('li.claim')];
        return items.length ? items.map((li) => ({ text: li.querySelector('.claim-text').textContent, who: li.querySelector('.who').textContent })) : false;
      });
      assert.ok(rows.length >= 3, `claims listed: ${rows.length}`);
      const markarova = rows.find((r) => r.text.includes('talks will resume'));
      assert.ok(markarova?.who.includes('Oksana Markarova') && markarova.who.includes('Reuters'), `attribution shown: ${markarova?.who}`);
      await browser.click('li.claim:nth-child(2) button');
      await browser.switchTo(pageTab);
      const card = await browser.waitFor(() => document.activeElement?.parentElement === document.documentElement).then(() => cardText(browser));
      assert.equal(card?.quote, rows[1].text);
    },
  },
  {
    name: 'the highlight switch turns painting off and on; "never on this site" is remembered',
    async run({ browser, server }) {
      const { pageTab, tabId } = await openPopupFor(browser, server, ARTICLE, '/popup-article.html', { waitForPaint: true });
      await browser.waitFor(() => document.querySelector('input[role=switch]')?.checked === true);
      await browser.click('input[role=switch]');
      await browser.waitFor(() => document.querySelector('input[role=switch]')?.checked === false);
      const popupTab = await browser.currentTab();
      await browser.switchTo(pageTab);
      await browser.waitFor(`(${paintedCount})() === 0`);
      await browser.switchTo(popupTab);
      await browser.click('input[role=switch]');
      await browser.switchTo(pageTab);
      await browser.waitFor(`(${paintedCount})() > 0`);
      await browser.switchTo(popupTab);
      const never = await browser.waitFor(() => {
        const labels = [...document.querySelectorAll('label.switch')];
        const i = labels.findIndex((l) => l.textContent.startsWith('Never on') && !l.querySelector('input').disabled);
        return i >= 0 ? { i } : false;
      }).then(({ i }) => i);
      assert.ok(never >= 0);
      await browser.click(`label.switch:nth-of-type(${never + 1}) input`);
      await browser.switchTo(pageTab);
      await browser.waitFor(`(${paintedCount})() === 0`);
      await browser.switchTo(popupTab);
      await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      const remembered = await browser.waitFor(() => {
        const label = [...document.querySelectorAll('label.switch')].find((l) => l.textContent.startsWith('Never on 127.0.0.1'));
        // The box is disabled until the settings have loaded; only then does its state mean anything.
        return label && !label.querySelector('input').disabled ? { never: label.querySelector('input').checked } : false;
      });
      assert.deepEqual(remembered, { never: true });
    },
  },
  {
    name: 'a page that is not an article says so and offers "Scan anyway"',
    async run({ browser, server }) {
      await openPopupFor(browser, server, NOT_AN_ARTICLE, '/portal.html');
      await browser.waitFor(() => document.body.textContent.includes('No article found on this page'));
      await browser.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Scan anyway').click());
      const after = await browser.waitFor(() => !document.body.textContent.includes('Scanning…') && document.querySelector('main')?.textContent);
      assert.ok(after.includes('Claims (') || after.includes('No article found'), 'the forced scan answered');
      assert.ok(after.includes('40 drones'), `the teaser's claim is listed after scanning anyway: ${after.slice(0, 300)}`);
    },
  },
  {
    name: 'a tab the content script cannot reach gets a clear message',
    async run({ browser }) {
      await browser.openExtensionPage('options.html');
      const self = await browser.evaluate(async () => (await (globalThis.browser ?? chrome).tabs.getCurrent()).id);
      await browser.openExtensionPage(`popup.html?tab=${self}`);
      const text = await browser.waitFor(() => document.querySelector('[role=status]')?.textContent.includes("can't read") && document.querySelector('[role=status]').textContent);
      assert.match(text, /http and https/);
    },
  },
];
