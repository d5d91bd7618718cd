#!/usr/bin/env node
// Checks that page/ gives the same result in a real browser as in the CLI: for every saved page in
// ../shared/fixtures/pages, the text map and claim count from Chromium (bundle injected into the page)
// must equal linkedom's, and every claim's DOM Range must map back to the claim's offsets.
//   node tests/gold/chromium-parity.mjs      (exit 1 on any difference)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadEngine, repoRoot, sharedDir } from './engine.mjs';

/** Saved pages run their own inline scripts in a browser; keep only JSON-LD, which detection reads. */
const withoutScripts = (html) => html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');

const engine = await loadEngine();
const out = await build({ absWorkingDir: repoRoot, entryPoints: ['tests/gold/engine-entry.ts'], bundle: true, write: false, format: 'iife', globalName: 'ClaimlightParity', logLevel: 'error' });
const iife = out.outputFiles[0].text;
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', headless: true, args: ['--disable-gpu', '--no-first-run'] });
let failures = 0;
try {
  const context = await browser.newContext();
  await context.route('**/*', (route) => route.abort()); // saved pages point at live assets: load nothing
  const dir = join(sharedDir, 'fixtures/pages');
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'source.html');
    if (!existsSync(file)) continue;
    const html = withoutScripts(readFileSync(file, 'utf8'));
    const parsed = engine.parseHtmlPage(html);
    const node = engine.analyzeDocument(parsed.document, {});
    const tab = await context.newPage();
    await tab.setContent(html, { waitUntil: 'domcontentloaded' });
    await tab.addScriptTag({ content: iife });
    const web = await tab.evaluate(() => {
      const r = globalThis.ClaimlightParity.analyzeDocument(document, {});
      let badRanges = 0;
      for (const c of r.analysis.claims) {
        const back = r.textMap.fromRange(r.textMap.toRange(c.start, c.end));
        if (!back || back.start !== c.start || back.end !== c.end) badRanges += 1;
      }
      return { text: r.textMap ? r.textMap.text : '', claims: r.analysis.claims.length, badRanges };
    });
    await tab.close();
    const text = node.textMap ? node.textMap.text : '';
    const ok = text === web.text && node.analysis.claims.length === web.claims && web.badRanges === 0;
    if (!ok) failures += 1;
    console.log(`${name.padEnd(26)} ${ok ? 'same' : 'DIFF'}  chars ${text.length}/${web.text.length}  claims ${node.analysis.claims.length}/${web.claims}  bad ranges ${web.badRanges}`);
  }
} finally {
  await browser.close();
}
console.log(failures ? `${failures} page(s) differ` : 'all pages: same text map, same claims, ranges round-trip');
process.exitCode = failures ? 1 : 0;
