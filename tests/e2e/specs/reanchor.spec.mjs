// Re-anchoring saved notes (issue 5): notes saved through the background are highlighted again when the
// page loads; after a slight edit (a word changed inside, a paragraph added before) they still anchor;
// a note whose passage was removed is reported to the popup as an orphan, and nothing is deleted.
import assert from 'node:assert/strict';

const P = {
  lead: 'The regional governor said on Monday that the bridge would reopen to traffic by the end of the month.',
  middle: 'Engineers found cracks in two of the supporting pillars during an inspection in early spring, officials said.',
  tail: 'A spokesman for the transport ministry told reporters that repairs had cost about 40 million euros so far.',
};

function page({ before = '', middle = P.middle, tail = true } = {}) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge repairs</title>
<meta property="og:type" content="article"></head><body><article><h1>Bridge to reopen</h1>
${before}<p>${P.lead}</p><p>${middle}</p>${tail ? `<p>${P.tail}</p>` : ''}
<p>Residents have complained for months about long detours through the city centre during rush hour.</p>
</article></body></html>`;
}

/** A note as the background stores it; positions are rough on purpose (the quote decides). */
function note(id, url, exact, prefix, suffix) {
  const now = new Date().toISOString();
  return {
    id, pageUrl: url, pageTitle: 'Bridge repairs', claimText: exact, attribution: null, verdict: 'misleading', confidence: 2,
    body: 'reader note text that must never reach the page', evidence: [], tags: [], createdAt: now, updatedAt: now,
    selector: { quote: { exact, prefix, suffix }, position: { start: 0, end: exact.length } },
  };
}

const notedTexts = () => [...(CSS.highlights.get('cl-n') ?? [])].map((r) => r.toString());

/** Asks the article tab's content script for its report, from an extension page (popup → content script). */
async function reportFromExtension(browser) {
  const articleTab = await browser.currentTab();
  await browser.newTab();
  await browser.openExtensionPage('popup.html');
  const report = await browser.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    for (const tab of tabs) {
      try {
        const answer = await api.tabs.sendMessage(tab.id, { type: 'page/analysis' });
        if (answer?.ok) return answer.value;
      } catch {
        // no content script in that tab (the popup's own tab)
      }
    }
    return null;
  });
  await browser.switchTo(articleTab);
  return report;
}

export const tests = [
  {
    name: 'saved notes re-anchor after reload, after a slight edit, and a removed passage becomes an orphan',
    timeout: 90_000,
    async run({ browser, server }) {
      const url = server.route('/bridge.html', page());
      const notes = [
        note('e2e-n1', url, 'the bridge would reopen to traffic', 'The regional governor said on Monday that ', ' by the end of the month.'),
        note('e2e-n2', url, 'Engineers found cracks in two of the supporting pillars', '', ' during an inspection in early spring'),
        note('e2e-n3', url, 'repairs had cost about 40 million euros so far', 'the transport ministry told reporters that ', '.'),
      ];
      await browser.openExtensionPage('popup.html');
      const saved = await browser.evaluate(async (list) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const out = [];
        for (const n of list) out.push(await api.runtime.sendMessage({ type: 'notes/save', note: n }));
        return out.map((r) => r?.ok);
      }, notes);
      assert.deepEqual(saved, [true, true, true]);

      // 1. Load (and reload): every note is painted in the neutral 'noted' layer.
      await browser.goto(url);
      const first = await browser.waitFor(() => { const t = [...(CSS.highlights.get('cl-n') ?? [])].map((r) => r.toString()); return t.length === 3 ? t : null; }, { timeout: 15_000 });
      assert.deepEqual([...first].sort(), notes.map((n) => n.selector.quote.exact).sort());
      await browser.goto(url);
      await browser.waitFor(() => (CSS.highlights.get('cl-n')?.size ?? 0) === 3, { timeout: 15_000 });
      const leaked = await browser.evaluate(() => document.documentElement.outerHTML.includes('reader note text'));
      assert.equal(leaked, false, 'note text never enters the page');

      // 2. Slight edit: a paragraph added before, a word changed inside note 2, passage of note 3 removed.
      server.route('/bridge.html', page({
        before: '<p>Update: this story was updated on Tuesday with comments from the ministry and residents.</p>',
        middle: P.middle.replace('supporting pillars', 'supporting columns'),
        tail: false,
      }));
      await browser.goto(url);
      const edited = await browser.waitFor(() => { const t = [...(CSS.highlights.get('cl-n') ?? [])].map((r) => r.toString()); return t.length === 2 ? t : null; }, { timeout: 15_000 });
      assert.deepEqual([...edited].sort(), ['Engineers found cracks in two of the supporting columns', 'the bridge would reopen to traffic']);

      // 3. The removed passage's note is an orphan in the popup's report, not deleted.
      const report = await reportFromExtension(browser);
      assert.ok(report, 'the content script answered page/analysis');
      assert.deepEqual(report.orphanNoteIds, ['e2e-n3']);
      await browser.openExtensionPage('popup.html');
      const stored = await browser.evaluate(async (u) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const r = await api.runtime.sendMessage({ type: 'notes/forPage', url: u });
        return r.ok ? r.value.map((n) => n.id).sort() : r.error;
      }, report.url);
      assert.deepEqual(stored, ['e2e-n1', 'e2e-n2', 'e2e-n3']);
    },
  },
];
