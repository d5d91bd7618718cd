// A hostile page in real browsers: its article text holds markup-looking strings (`<img src=x onerror=…>`,
// `"><script>…`) as visible text, and its own scripts watch the DOM and try to read the extension's UI.
// Opening the card on it, writing a note with markup in it and listing it in the popup must execute
// nothing, and the note's text and verdict must never reach the page's DOM or highlight names.
import assert from 'node:assert/strict';
import { cardText, extensionTab, inShadow, sendToTab, setCardField, submitCardForm } from './card-shadow.mjs';

const HOSTILE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<meta property="og:type" content="article">
<script>
  window.__pwned = 0;
  window.__seen = [];
  // Anything the extension adds that the page can see: element names and any text that is not the page's.
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) window.__seen.push(n.nodeName + ':' + (n.textContent || '').slice(0, 80));
  }).observe(document.documentElement, { childList: true, subtree: true });
</script></head>
<body><article><h1>Leaked files</h1>
<p>"We found &lt;img src=x onerror="window.__pwned=1"&gt; in the files," said John Smith, a spokesman for the ministry, Reuters reported.</p>
<p>The prosecutor said the defendant typed "&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt; into the login form 40 times.</p>
<p>"We will appeal," the company's lawyer, Maria Lopez, told the Daily Ledger on Friday.</p>
</article></body></html>`;

const painted = () => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0) > 0;
const BODY = '<img src=x onerror="window.__pwned=3"> "><script>window.__pwned=4</script> SECRET-NOTE-TEXT';

export const tests = [
  {
    name: 'a card opened on a hostile page shows the markup as text and executes nothing',
    async run({ browser, server }) {
      await browser.goto(server.route('/hostile.html', HOSTILE));
      await browser.waitFor(painted, { timeout: 20_000 });
      const pageTab = await browser.currentTab();
      const { tabId } = await extensionTab(browser, pageTab);
      const report = await sendToTab(browser, tabId, { type: 'page/analysis' });
      const claim = report.value.analysis.claims.find((c) => c.text.includes('<img src=x'));
      assert.ok(claim, 'the claim with the markup-looking text was detected');
      await sendToTab(browser, tabId, { type: 'page/focusClaim', claimId: claim.id });
      await browser.switchTo(pageTab);
      const card = await cardText(browser);
      assert.equal(card.quote, claim.text);
      assert.ok(card.quote.includes('<img src=x onerror="window.__pwned=1">'));
      // Nothing in the card is an element the text asked for.
      assert.equal(await browser.evaluate(() => document.querySelectorAll('img, script:not(head script)').length), 0);

      // A note whose body is markup: saved, shown in the card, never in the page.
      assert.equal((await cardText(browser)).buttons.includes('Add note'), true);
      await inShadow(browser, '.card', (c) => { [...c.querySelectorAll('button')].find((b) => b.textContent === 'Add note').click(); return true; });
      await new Promise((r) => setTimeout(r, 200));
      await setCardField(browser, 'verdict', 'false');
      await setCardField(browser, 'body', BODY);
      await new Promise((r) => setTimeout(r, 100));
      await submitCardForm(browser);
      let saved = null;
      for (let i = 0; i < 50 && !saved; i++) {
        const c = await cardText(browser);
        if (c?.all.includes('SECRET-NOTE-TEXT') && c.buttons.includes('Edit note')) saved = c;
        else await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(saved, 'the note was saved and is shown in the card');
      assert.ok(saved.all.includes('<img src=x onerror="window.__pwned=3">'), 'shown as text');

      const page = await browser.evaluate(() => ({
        pwned: window.__pwned,
        seen: window.__seen,
        hostsOpen: [...document.documentElement.children].filter((el) => el.tagName === 'DIV').map((el) => el.shadowRoot),
        domHasNote: document.documentElement.textContent.includes('SECRET-NOTE-TEXT'),
        highlightNames: [...CSS.highlights.keys()],
        images: document.images.length,
      }));
      assert.equal(page.pwned, 0, 'no page-text or note-text script ran');
      assert.equal(page.images, 0);
      assert.equal(page.domHasNote, false, 'the note text is not in the page DOM');
      assert.ok(page.hostsOpen.every((r) => r === null), 'the extension UI roots are closed to the page');
      assert.ok(page.seen.every((s) => !s.includes('SECRET') && !s.includes('Oksana') && !/^(IMG|SCRIPT)/.test(s)), `page saw: ${page.seen}`);
      for (const name of page.highlightNames) assert.doesNotMatch(name, /false|misleading|accurate|verdict|note-text|secret/i);

      // The popup lists the note as text and runs nothing either.
      await browser.newTab();
      await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      const listed = await browser.waitFor(`[...document.querySelectorAll('li.note')].map((li) => li.textContent).find((t) => t.includes('SECRET-NOTE-TEXT')) ?? false`);
      assert.ok(listed.includes('<script>window.__pwned=4</script>'));
      const popup = await browser.evaluate(() => ({ pwned: window.__pwned ?? null, markup: document.querySelectorAll('main img, main script').length }));
      assert.deepEqual(popup, { pwned: null, markup: 0 });
    },
  },
];
