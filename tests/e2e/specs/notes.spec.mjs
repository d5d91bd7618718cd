// Notes from a selection in real browsers, by each of the three paths: the context-menu item and the
// add-note shortcut (both make the background send the tab `page/addNoteFromSelection`; a headless
// browser can click neither a context menu nor a manifest shortcut, so an extension page sends the tab
// that same message, as background/context-menu.ts and background/commands.ts do), and the floating
// button. The note is saved through the background and listed when the popup is opened again.
import assert from 'node:assert/strict';
import { ARTICLE, cardText, extensionTab, inShadow, sendToTab, setCardField, submitCardForm } from './card-shadow.mjs';

const painted = () => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0) > 0;

/** Selects `text` in the page (main world; the selection is the document's, shared with the content script). */
function selectText(text) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }
  return false;
}

async function waitForCard(browser, predicate, what) {
  for (let i = 0; i < 60; i++) {
    const card = await cardText(browser);
    if (card && predicate(card)) return card;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`card never showed ${what}: ${JSON.stringify(await cardText(browser))}`);
}

/** Fills and saves the open note form, waits for the saved note to show in the card. */
async function fillAndSave(browser, body) {
  await waitForCard(browser, (c) => c.buttons.includes('Save note'), 'the note form');
  assert.equal(await setCardField(browser, 'verdict', 'misleading'), true);
  assert.equal(await setCardField(browser, 'confidence', '4'), true);
  assert.equal(await setCardField(browser, 'body', body), true);
  assert.equal(await setCardField(browser, 'tags', 'drones, e2e'), true);
  await new Promise((r) => setTimeout(r, 100));
  await submitCardForm(browser);
  return waitForCard(browser, (c) => c.all.includes(body) && c.buttons.includes('Edit note'), 'the saved note');
}

/** Opens the popup for the page tab and waits until it lists a note whose text includes `body`. */
async function popupListsNote(browser, tabId, body) {
  await browser.newTab();
  await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  try {
    // waitFor takes no arguments: the text goes into the expression as a JSON literal.
    return await browser.waitFor(`[...document.querySelectorAll('li.note')].map((li) => li.textContent).find((t) => t.includes(${JSON.stringify(body)})) ?? false`);
  } catch (error) {
    throw new Error(`${error.message}\npopup shows: ${await browser.evaluate(() => document.body.innerText.replace(/\s+/g, " "))}`);
  }
}

const QUOTE = '40 drones had been shot down overnight';

export const tests = [
  {
    name: 'context-menu path: the menu\'s message turns the selection into a note with the claim\'s attribution; the popup lists it',
    async run({ browser, server }) {
      await browser.goto(server.route('/notes-article.html', ARTICLE));
      await browser.waitFor(painted, { timeout: 20_000 });
      const pageTab = await browser.currentTab();
      assert.equal(await browser.evaluate(selectText, QUOTE), true);
      const { tabId } = await extensionTab(browser, pageTab);
      const reply = await sendToTab(browser, tabId, { type: 'page/addNoteFromSelection', selectionText: QUOTE });
      assert.deepEqual(reply, { ok: true, value: { opened: true } });
      await browser.switchTo(pageTab);
      const card = await waitForCard(browser, (c) => c.quote === QUOTE, 'the selected quote');
      assert.ok(card.all.includes('Interfax') || card.fields.speaker, 'the overlapping claim\'s attribution is shown');
      await fillAndSave(browser, 'Menu path: the ministry later said 12.');
      const listed = await popupListsNote(browser, tabId, 'Menu path: the ministry later said 12.');
      assert.match(listed, /Misleading/);
      assert.match(listed, /confidence 4\/5/);
      assert.ok(listed.includes(QUOTE));
      // The note is in the extension's database, with its selectors, not in the page.
      const stored = await browser.evaluate(async () => {
        const db = await new Promise((res, rej) => { const r = indexedDB.open('claimlight'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
        const all = await new Promise((res) => { const r = db.transaction('notes').objectStore('notes').getAll(); r.onsuccess = () => res(r.result); });
        db.close();
        return all.map((n) => ({ exact: n.selector.quote.exact, start: n.selector.position.start, verdict: n.verdict, tags: n.tags, url: n.pageUrl }));
      });
      assert.equal(stored.length, 1);
      assert.equal(stored[0].exact, QUOTE);
      assert.equal(stored[0].verdict, 'misleading');
      assert.deepEqual(stored[0].tags, ['drones', 'e2e']);
      assert.match(stored[0].url, /\/notes-article\.html$/);
    },
  },
  {
    name: 'shortcut path: the add-note command\'s message makes the same kind of note; with no selection it says why',
    async run({ browser, server }) {
      await browser.goto(server.route('/notes-article.html', ARTICLE));
      await browser.waitFor(painted, { timeout: 20_000 });
      const pageTab = await browser.currentTab();
      const { tabId } = await extensionTab(browser, pageTab);
      const empty = await sendToTab(browser, tabId, { type: 'page/addNoteFromSelection' });
      assert.equal(empty.ok, true);
      assert.equal(empty.value.opened, false);
      assert.match(empty.value.reason, /Select/);
      await browser.switchTo(pageTab);
      assert.equal(await browser.evaluate(selectText, 'Mayor Jane Doe told reporters'), true);
      await browser.switchTo((await extensionTab(browser, pageTab)).extTab);
      const reply = await sendToTab(browser, tabId, { type: 'page/addNoteFromSelection' });
      assert.deepEqual(reply, { ok: true, value: { opened: true } });
      await browser.switchTo(pageTab);
      await waitForCard(browser, (c) => c.quote === 'Mayor Jane Doe told reporters', 'the selected quote');
      await fillAndSave(browser, 'Shortcut path: check the council minutes.');
      await popupListsNote(browser, tabId, 'Shortcut path: check the council minutes.');
    },
  },
  {
    name: 'floating button: appears next to a selection and opens the note form',
    async run({ browser, server }) {
      await browser.goto(server.route('/notes-article.html', ARTICLE));
      await browser.waitFor(painted, { timeout: 20_000 });
      assert.equal(await browser.evaluate(selectText, 'underfunds transit'), true);
      await browser.evaluate(() => document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
      let shown = null;
      for (let i = 0; i < 30 && !shown; i++) {
        shown = await inShadow(browser, 'button.pill:not([hidden])', (b) => b.getAttribute('aria-label'));
        if (!shown) await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(shown, 'Add fact-check note for the selected text');
      await inShadow(browser, 'button.pill', (b) => { b.click(); return true; });
      await waitForCard(browser, (c) => c.quote === 'underfunds transit' && c.buttons.includes('Save note'), 'the note form');
    },
  },
  {
    name: 'any page: a note on text of a page that is not an article is saved, reopens on a click on its passage, and is listed',
    async run({ browser, server }) {
      await browser.goto(server.route('/portal.html', PORTAL));
      const pageTab = await browser.currentTab();
      // page/analysis waits until the content script has decided: not an article, nothing painted.
      const { tabId } = await extensionTab(browser, pageTab);
      const report = await sendToTab(browser, tabId, { type: 'page/analysis' });
      assert.equal(report.value.analysis.isArticle, false);
      await browser.switchTo(pageTab);
      assert.equal(await browser.evaluate(selectText, 'Weekend weather: storms expected'), true);
      await browser.switchTo((await extensionTab(browser, pageTab)).extTab);
      assert.deepEqual(await sendToTab(browser, tabId, { type: 'page/addNoteFromSelection' }), { ok: true, value: { opened: true } });
      await browser.switchTo(pageTab);
      await fillAndSave(browser, 'Portal teaser: no source given.');
      // Close the card; a click on the noted passage (painted in the neutral note layer) opens it again with the note.
      await browser.press('Escape');
      assert.equal(await cardText(browser), null);
      await browser.evaluate(() => getSelection().removeAllRanges());
      const point = await browser.waitFor(() => {
        for (const [, h] of CSS.highlights) for (const r of h) {
          if (!r.toString().includes('storms expected')) continue;
          const b = [...r.getClientRects()][0];
          if (b) return { x: b.left + 10, y: b.top + b.height / 2 };
        }
        return false;
      });
      await browser.clickAt(point.x, point.y);
      await waitForCard(browser, (c) => c.all.includes('Portal teaser: no source given.') && c.buttons.includes('Edit note'), 'the note on click');
      await popupListsNote(browser, tabId, 'Portal teaser: no source given.');
    },
  },
];

const PORTAL = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body>
<nav><a href="/a">News</a> <a href="/b">Sport</a></nav>
<div class="teaser">Weekend weather: storms expected across the north.</div>
<footer>© Portal</footer></body></html>`;
