// Loads the current page/ + core/ source for Node scripts (gold scorer, corpus run, bench) by bundling
// src/page/analyze-document.ts with esbuild into node_modules/.cache — so results always reflect the
// working tree, with no `npm run build` in between.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = join(repoRoot, '../shared');

/** Bundles `entry` (relative to the repo) for Node and imports it; `name` keys the cache file. */
export async function loadSource(entry, name) {
  const outDir = join(repoRoot, 'node_modules/.cache/claimlight');
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, `${name}-${process.pid}-${Date.now()}.mjs`);
  await build({
    absWorkingDir: repoRoot, entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: ['node20'],
    outfile, logLevel: 'error', define: { __BROWSER__: JSON.stringify('node') },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const mod = await import(pathToFileURL(outfile).href);
  const { rm } = await import('node:fs/promises');
  await rm(outfile, { force: true });
  return mod;
}

/** `{analyzeDocument, parseHtmlPage}` from the working tree. */
export async function loadEngine() {
  return loadSource('tests/gold/engine-entry.ts', 'engine');
}
