// Claim card in real browsers: opens by click and by keyboard (the next-claim command's message), shows
// the speaker, the via outlet and the source-book entry, and closes on Escape with focus given back.
import assert from 'node:assert/strict';
import { ARTICLE, cardText, clickCardButton, extensionTab, inShadow, pointOnHighlight, putSource, sendToTab } from './card-shadow.mjs';

const painted = () => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0) > 0;

/** Loads the article, finds its tab id from an extension page, and returns the analysis the content script made. */
async function setup(browser, server) {
  await browser.goto(server.route('/card-article.html', ARTICLE));
  await browser.waitFor(painted, { timeout: 20_000 });
  const pageTab = await browser.currentTab();
  const tabs = await extensionTab(browser, pageTab);
  const report = await sendToTab(browser, tabs.tabId, { type: 'page/analysis' });
  assert.equal(report.ok, true, `page/analysis failed: ${report.error}`);
  return { ...tabs, claims: report.value.analysis.claims };
}

/** The same article inside a fixed-height box that scrolls (the page itself does not). */
const SCROLLER = ARTICLE
  .replace('<body>', '<body style="margin:0;overflow:hidden"><div id="scroller" style="height:420px;overflow-y:auto;padding:0 16px">')
  .replace('</article>', '<div style="height:1200px"></div></article></div>')
  .replace('<article>', '<article><div style="height:260px"></div>');

/** The card frame's box and the painted lines of the claim whose text starts with `head`. */
async function boxes(browser, head) {
  const frame = await inShadow(browser, '.frame', (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, content: el.scrollHeight, visible: getComputedStyle(el).visibility };
  });
  const lines = await browser.evaluate((t) => {
    for (const [, h] of CSS.highlights) for (const r of h) if (r.toString().startsWith(t)) return [...r.getClientRects()].map((b) => ({ top: b.top, bottom: b.bottom, left: b.left, right: b.right }));
    return [];
  }, head);
  return { frame, lines };
}

/** The card touches the claim's first line from above or its last line from below (a few px of gap). */
function adjacent({ frame, lines }) {
  const top = Math.min(...lines.map((l) => l.top));
  const bottom = Math.max(...lines.map((l) => l.bottom));
  const below = frame.top - bottom;
  const above = top - frame.bottom;
  return (below >= 0 && below <= 12) || (above >= 0 && above <= 12);
}

const overlaps = (a, b) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

export const tests = [
  {
    name: 'clicking a claim opens its card with speaker, via and the source-book entry; Escape closes it',
    async run({ browser, server }) {
      const { pageTab, claims } = await setup(browser, server);
      const claim = claims.find((c) => c.attribution?.speaker && c.attribution?.via) ?? claims.find((c) => c.attribution?.speaker);
      assert.ok(claim, `no attributed claim among ${JSON.stringify(claims.map((c) => c.text))}`);
      const { speaker, via } = claim.attribution;
      const key = speaker.toLowerCase();
      await putSource(browser, {
        id: 'e2e-source', name: speaker, key, aliases: [], aliasKeys: [key], type: 'named-person',
        confidence: 2, notes: 'E2E: contradicted twice last year.', updatedAt: new Date().toISOString(),
      });
      await browser.switchTo(pageTab);
      const point = await pointOnHighlight(browser, claim.text.slice(0, 30));
      assert.ok(point, 'the claim is painted');
      await browser.clickAt(point.x, point.y);
      await browser.waitFor(() => document.activeElement?.tagName === 'DIV' && document.activeElement.parentElement === document.documentElement);
      let card = null;
      for (let i = 0; i < 50; i++) {
        card = await cardText(browser);
        if (card && card.sources.some((s) => s.includes('E2E: contradicted'))) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(card, 'a card opened');
      assert.equal(card.quote, claim.text);
      assert.ok(card.fields.speaker.startsWith(speaker), `speaker shown: ${card.fields.speaker}`);
      if (via) assert.equal(card.fields.via, via);
      const entry = card.sources.find((s) => s.startsWith('Speaker:'));
      assert.ok(entry?.includes('2/5') && entry.includes('E2E: contradicted twice last year.'), `source-book entry shown: ${entry}`);
      assert.ok(card.buttons.includes('Add note') && card.buttons.includes('Open Claimlight'));
      await browser.press('Escape');
      assert.equal(await cardText(browser), null, 'Escape closed the card');
      assert.equal(await browser.evaluate(() => document.activeElement === document.body), true, 'focus back on the page');
    },
  },
  {
    name: 'the next-claim command opens the first claim card with focus in it, and the next one after it',
    async run({ browser, server }) {
      // Headless browsers cannot press a manifest shortcut; the command handler sends exactly this message.
      const { pageTab, tabId, claims } = await setup(browser, server);
      assert.ok(claims.length >= 2);
      const first = await sendToTab(browser, tabId, { type: 'page/stepClaim', direction: 1 });
      assert.deepEqual(first, { ok: true, value: { claimId: claims[0].id } });
      await browser.switchTo(pageTab);
      const card = await cardText(browser);
      assert.equal(card?.quote, claims[0].text);
      // Keyboard: Tab moves through the card's controls (focus stays inside the shadow host).
      await browser.press('Tab');
      assert.equal(await browser.evaluate(() => document.activeElement?.parentElement === document.documentElement && document.activeElement.tagName === 'DIV'), true);
      await browser.press('Escape');
      assert.equal(await cardText(browser), null);
      await browser.switchTo((await extensionTab(browser, pageTab)).extTab);
      const second = await sendToTab(browser, tabId, { type: 'page/stepClaim', direction: 1 });
      assert.deepEqual(second, { ok: true, value: { claimId: claims[1].id } });
    },
  },
  {
    name: 'the card is keyboard operable: Tab to "Add note", Enter opens the note form',
    async run({ browser, server }) {
      const { pageTab, tabId, claims } = await setup(browser, server);
      await sendToTab(browser, tabId, { type: 'page/focusClaim', claimId: claims[0].id });
      await browser.switchTo(pageTab);
      assert.equal((await cardText(browser))?.quote, claims[0].text);
      // Focus starts on the dialog; Tab reaches Close, then Add note.
      await browser.press('Tab');
      await browser.press('Tab');
      assert.equal(await inShadow(browser, '.card', (card) => card.getRootNode().activeElement?.textContent), 'Add note');
      await browser.press('Enter');
      await new Promise((r) => setTimeout(r, 200));
      const form = await cardText(browser);
      assert.ok(form.buttons.includes('Save note') && form.buttons.includes('Cancel'), `form open: ${form.buttons}`);
    },
  },
  {
    name: 'in a scrolling container the card sits beside the claim, never over it, and follows it when the box scrolls',
    async run({ browser, server }) {
      await browser.goto(server.route('/card-scroller.html', SCROLLER));
      await browser.waitFor(painted, { timeout: 20_000 });
      const pageTab = await browser.currentTab();
      const { tabId } = await extensionTab(browser, pageTab);
      const report = await sendToTab(browser, tabId, { type: 'page/analysis' });
      const claim = report.value.analysis.claims[0];
      const head = claim.text.slice(0, 25);
      await browser.switchTo(pageTab);
      const point = await pointOnHighlight(browser, head);
      await browser.clickAt(point.x, point.y);
      await browser.waitFor(() => document.activeElement?.parentElement === document.documentElement);
      await new Promise((r) => setTimeout(r, 300));
      const before = await boxes(browser, head);
      assert.ok(before.lines.length > 0 && before.frame, 'claim painted and card open');
      for (const line of before.lines) assert.equal(overlaps(before.frame, line), false, `card ${JSON.stringify(before.frame)} covers line ${JSON.stringify(line)}`);
      await browser.evaluate(() => { document.getElementById('scroller').scrollTop += 120; });
      await new Promise((r) => setTimeout(r, 300));
      const after = await boxes(browser, head);
      assert.ok(Math.abs((before.lines[0].top - after.lines[0].top) - 120) < 2, 'the claim moved with the box');
      assert.ok(adjacent(before), `card next to the claim before scrolling: ${JSON.stringify(before)}`);
      assert.ok(adjacent(after), `card followed the claim: ${JSON.stringify(after)}`);
      for (const line of after.lines) assert.equal(overlaps(after.frame, line), false, 'still not covering the claim after scrolling');
      // The note form makes the card taller: it is re-placed, still beside the claim.
      assert.equal(await clickCardButton(browser, 'Add note'), true);
      await new Promise((r) => setTimeout(r, 400));
      const taller = await boxes(browser, head);
      assert.ok(taller.frame.content > after.frame.content, 'the card\'s content grew (it scrolls inside when capped)');
      for (const line of taller.lines) assert.equal(overlaps(taller.frame, line), false, `the grown card ${JSON.stringify(taller.frame)} does not cover ${JSON.stringify(line)}`);
      assert.ok(adjacent(taller), `the grown card is still beside the claim: ${JSON.stringify(taller)}`);
    },
  },
  {
    name: '"Open Claimlight" in the card opens the popup for the tab (the real popup, or popup.html?tab= in a tab where the browser refuses)',
    async run({ browser, server }) {
      const { pageTab, tabId, claims } = await setup(browser, server);
      await sendToTab(browser, tabId, { type: 'page/focusClaim', claimId: claims[0].id });
      await browser.switchTo(pageTab);
      const before = await openExtensionPages(browser);
      assert.equal(await clickCardButton(browser, 'Open Claimlight'), true);
      let after = before;
      for (let i = 0; i < 50 && after.length <= before.length; i++) {
        await new Promise((r) => setTimeout(r, 100));
        after = await openExtensionPages(browser);
      }
      const added = after.filter((u) => !before.includes(u));
      assert.ok(added.some((u) => /\/popup\.html(\?tab=\d+)?$/.test(u)), `a popup page opened: ${JSON.stringify(after)}`);
    },
  },
];

/** URLs of the open extension pages: action popups and tabs. */
async function openExtensionPages(browser) {
  if (browser.name === 'chromium') {
    // Popups opened by action.openPopup() are not Playwright pages; the service worker can list them.
    const popups = await browser.evaluateInBackground(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).map((c) => c.documentUrl));
    const tabs = browser.raw.context.pages().map((p) => p.url());
    return [...popups, ...tabs].filter((u) => u.startsWith(browser.extensionOrigin));
  }
  const { client } = browser.raw;
  const current = await browser.currentTab();
  const handles = await client.command('WebDriver:GetWindowHandles');
  const urls = [];
  for (const handle of handles?.value ?? handles) {
    await browser.switchTo(handle);
    const url = await client.command('WebDriver:GetCurrentURL');
    urls.push(url?.value ?? url);
    if (String(url?.value ?? url).startsWith(browser.extensionOrigin)) {
      urls.push(...await browser.evaluate(() => browser.extension.getViews({ type: 'popup' }).map((w) => w.location.href)));
    }
  }
  await browser.switchTo(current);
  return urls.filter((u) => u.startsWith(browser.extensionOrigin));
}
