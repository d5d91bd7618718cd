// Highlights on real pages (issue 5): the content script paints the engine's claims with the CSS Custom
// Highlight API under neutral names, on attributed statements of the article body and nowhere outside it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Painted text per highlight name, read from the page's main world (what any page script can see too). */
const paintedByName = () => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())]));
const paintedCount = () => [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0);

/** The gold files' folding: entities are already decoded by the DOM; white space, quotes, soft hyphens. */
const fold = (s) => s.replace(/\u00AD/g, '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();

async function gold(fixtures, name) {
  return JSON.parse(await readFile(path.join(fixtures.sharedDir, 'fixtures/news', `${name}.gold.json`), 'utf8'));
}

async function paintedTexts(browser) {
  await browser.waitFor(paintedCount, { timeout: 20_000 });
  // Let a sliced scan finish: the count stops growing.
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const n = await browser.evaluate(paintedCount);
    if (n === last) break;
    last = n;
    await new Promise((r) => setTimeout(r, 150));
  }
  return browser.evaluate(paintedByName);
}

/** Checks a gold page: attributed statements are highlighted, nothing outside the article is. */
async function checkGoldPage(browser, url, g, minShare) {
  await browser.goto(url);
  const byName = await paintedTexts(browser);
  for (const name of Object.keys(byName)) assert.match(name, /^cl-[a-z]$/, `neutral highlight name, got ${name}`);
  const painted = Object.values(byName).flat().map(fold);
  const required = g.statements.filter((s) => !s.optional);
  const covered = required.filter((s) => painted.some((t) => t.includes(fold(s.key))));
  assert.ok(covered.length >= Math.ceil(required.length * minShare),
    `highlighted ${covered.length}/${required.length} attributed statements; missing e.g. ${JSON.stringify(required.filter((s) => !covered.includes(s)).slice(0, 3).map((s) => s.key))}`);
  for (const key of g.outsideArticle) {
    const hit = painted.find((t) => t.includes(fold(key)));
    assert.equal(hit, undefined, `text outside the article is highlighted: ${key}`);
  }
}

/** Pages from the readability corpus: each must get highlights, all inside article text (not nav/footer/aside). */
const CORPUS = ['nytimes-1', 'bbc-1', 'guardian-1', 'ars-1', 'cnn', 'seattletimes-1'];

export const tests = [
  {
    name: 'minsk-talks: attributed statements highlighted, nothing outside the article body',
    async run({ browser, fixtures }) {
      await checkGoldPage(browser, fixtures.shared('fixtures/news/minsk-talks.html'), await gold(fixtures, 'minsk-talks'), 0.5);
    },
  },
  {
    name: 'wapo-2: attributed statements highlighted, nothing outside the article body',
    async run({ browser, fixtures }) {
      await checkGoldPage(browser, fixtures.shared('fixtures/pages/wapo-2/source.html'), await gold(fixtures, 'wapo-2'), 0.5);
    },
  },
  {
    name: `corpus pages (${CORPUS.join(', ')}): highlights appear, only in article text`,
    timeout: 120_000,
    async run({ browser, fixtures }) {
      const failures = [];
      for (const page of CORPUS) {
        await browser.goto(fixtures.shared(`fixtures/pages/${page}/source.html`));
        await paintedTexts(browser).catch(() => null);
        const report = await browser.evaluate(() => {
          const ranges = [...CSS.highlights].flatMap(([, h]) => [...h]);
          const outside = ranges.filter((r) => {
            const node = r.commonAncestorContainer;
            const el = node.nodeType === 1 ? node : node.parentElement;
            return el?.closest('nav, footer, aside, [role=navigation], [role=contentinfo], script, style') != null;
          });
          const texts = ranges.map((r) => r.toString());
          return { count: ranges.length, outside: outside.map((r) => r.toString().slice(0, 80)), short: texts.filter((t) => t.trim().length < 8) };
        });
        if (report.count === 0) failures.push(`${page}: no highlight`);
        if (report.outside.length) failures.push(`${page}: highlighted outside the article: ${JSON.stringify(report.outside.slice(0, 2))}`);
        if (report.short.length) failures.push(`${page}: fragments painted: ${JSON.stringify(report.short.slice(0, 2))}`);
      }
      assert.deepEqual(failures, []);
    },
  },
  {
    name: 'highlights leave the page DOM untouched: no marks, no attributes, only one style element of ours',
    async run({ browser, fixtures }) {
      await browser.goto(fixtures.local('sample-article.html'));
      const before = await browser.evaluate(() => document.querySelectorAll('style').length);
      await paintedTexts(browser);
      const after = await browser.evaluate(() => ({
        marks: document.querySelectorAll('mark[data-cl]').length,
        styles: document.querySelectorAll('style').length,
        ourRules: [...document.querySelectorAll('style')].some((s) => (s.textContent ?? '').includes('::highlight(cl-')),
      }));
      assert.equal(after.marks, 0, 'the Highlight API is used, not <mark>');
      assert.ok(after.ourRules, 'highlight styles are installed');
      assert.ok(after.styles - before <= 1, 'at most one style element added');
    },
  },
  {
    name: 'a hostile article (markup as visible text) is painted as text and executes nothing',
    async run({ browser, server }) {
      const url = server.route('/hostile.html', `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<meta property="og:type" content="article"></head><body><article><h1>Odd markup</h1>
<p>The spokesman said &lt;img src=x onerror="window.__pwned=1"&gt; was in the statement, according to officials.</p>
<p>Another official said "&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt; appeared in the press release on Monday.</p>
<p>Prices rose 12 percent in May, the statistics office said in its monthly report.</p></article></body></html>`);
      await browser.goto(url);
      const byName = await paintedTexts(browser);
      const painted = Object.values(byName).flat().join(' | ');
      assert.match(painted, /<img src=x onerror=/, 'the markup-looking text is painted as text');
      const state = await browser.evaluate(() => ({ pwned: window.__pwned ?? null, imgs: document.querySelectorAll('img').length, scripts: document.querySelectorAll('body script').length }));
      assert.deepEqual(state, { pwned: null, imgs: 0, scripts: 0 });
    },
  },
  {
    name: 'a same-origin iframe article is scanned in its own frame; a cross-origin iframe is skipped without breaking the page',
    async run({ browser, server }) {
      const article = (h) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${h}</title>
<meta property="og:type" content="article"></head><body><article><h1>${h}</h1>
<p>The health ministry said on Friday that 1,200 new cases were recorded in the capital during the past week.</p>
<p>Hospital directors told local radio that staff shortages were the main problem in the northern districts.</p>
<p>The mayor said the city would open two more vaccination centres before the end of the month.</p></article></body></html>`;
      const inner = server.route('/frame-inner.html', article('Embedded story'));
      const foreign = server.route('/frame-foreign.html', article('Foreign story')).replace('127.0.0.1', 'localhost');
      const outer = server.route('/frame-outer.html', article('Outer story').replace('</article>',
        `</article><iframe id="same" src="${inner}" width="600" height="400"></iframe><iframe id="other" src="${foreign}" width="600" height="400"></iframe>`));
      await browser.goto(outer);
      await browser.waitFor(() => [...CSS.highlights].some(([, h]) => h.size > 0), { timeout: 15_000 });
      const framed = await browser.waitFor(() => {
        const w = document.getElementById('same').contentWindow;
        const texts = [...w.CSS.highlights].flatMap(([, h]) => [...h].map((r) => r.toString()));
        return texts.length ? texts : null;
      }, { timeout: 15_000 });
      assert.ok(framed.some((t) => t.includes('health ministry said')), `iframe claims painted: ${JSON.stringify(framed)}`);
      const top = await browser.evaluate(() => [...CSS.highlights].flatMap(([, h]) => [...h].map((r) => r.toString())));
      assert.ok(top.every((t) => !t.includes('Embedded')), 'frame text is painted in the frame, not in the top page');
    },
  },
  {
    name: 'the popup switch turns highlights off and on, and "never on this site" keeps a page unpainted until asked',
    timeout: 90_000,
    async run({ browser, fixtures }) {
      const url = fixtures.local('sample-article.html');
      await browser.goto(url);
      await browser.waitFor(paintedCount, { timeout: 20_000 });
      const article = await browser.currentTab();
      // Talks to the article tab's content script from an extension page, as the popup does.
      const toTab = async (request) => {
        await browser.newTab();
        await browser.openExtensionPage('popup.html');
        const answer = await browser.evaluate(async (req) => {
          const api = globalThis.browser ?? globalThis.chrome;
          for (const tab of await api.tabs.query({})) {
            try {
              const r = await api.tabs.sendMessage(tab.id, req);
              if (r) return r;
            } catch {
              // this tab has no content script
            }
          }
          return null;
        }, request);
        await browser.switchTo(article);
        return answer;
      };
      assert.deepEqual(await toTab({ type: 'page/toggleHighlights', on: false }), { ok: true, value: { on: false } });
      assert.equal(await browser.evaluate(paintedCount), 0, 'no highlight registered while off');
      assert.deepEqual(await toTab({ type: 'page/toggleHighlights', on: true }), { ok: true, value: { on: true } });
      assert.ok((await browser.evaluate(paintedCount)) > 0, 'highlights back');

      // "Never on this site": the next load paints nothing; "Scan anyway" still works.
      await browser.openExtensionPage('options.html');
      const saved = await browser.evaluate(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const cur = await api.runtime.sendMessage({ type: 'settings/get' });
        const settings = { ...cur.value, siteOverrides: { ...cur.value.siteOverrides, '127.0.0.1': false } };
        return (await api.runtime.sendMessage({ type: 'settings/save', settings })).ok;
      });
      assert.equal(saved, true);
      await browser.goto(url);
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await browser.evaluate(paintedCount), 0, 'a site set to never is not painted');
      const report = await toTab({ type: 'page/analysis', force: true });
      assert.ok(report?.ok && report.value.analysis.claims.length > 0, `scan on demand: ${JSON.stringify(report).slice(0, 200)}`);
      assert.ok((await browser.evaluate(paintedCount)) > 0, 'painted after the on-demand scan');
    },
  },
];
