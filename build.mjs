// Builds Claimlight with esbuild: one bundle per entry point, for Chrome and Firefox.
//   node build.mjs                 development build (sourcemaps) → dist/chrome, dist/firefox, dist/cli.js, zips
//   node build.mjs --production    minified, no sourcemaps
//   node build.mjs --watch         rebuild on change
//   node build.mjs --start         build, watch, and open Chromium on the bundled sample article
import * as esbuild from 'esbuild';
import { readFile, writeFile, mkdir, rm, cp, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch') || args.has('--start');
const dist = join(root, 'dist');
const GECKO_ID = 'claimlight@claimlight.example';
/** Firefox 142 is the first to know data_collection_permissions; it also has CSS highlights and Intl.Segmenter. */
const FIREFOX_MIN = '142.0';
const CHROME_MIN = '105';

const browsers = ['chrome', 'firefox'];
const extensionEntries = {
  background: 'src/background/main.ts',
  content: 'src/content/main.ts',
  popup: 'src/popup/main.tsx',
  options: 'src/options/main.tsx',
};
const staticFiles = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css'];

/** Derive each browser's manifest from the one base manifest.json. */
function manifestFor(browser, base) {
  const m = structuredClone(base);
  if (browser === 'chrome') {
    m.minimum_chrome_version = CHROME_MIN;
  } else {
    m.background = { scripts: ['background.js'] };
    m.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN, data_collection_permissions: { required: ['none'] } },
    };
  }
  return m;
}

function extensionOptions(browser) {
  return {
    absWorkingDir: root,
    entryPoints: extensionEntries,
    outdir: join(dist, browser),
    bundle: true,
    format: 'iife',
    target: browser === 'chrome' ? ['chrome105'] : ['firefox115'],
    minify: production,
    sourcemap: production ? false : 'linked',
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'), __BROWSER__: JSON.stringify(browser) },
    logLevel: 'warning',
    plugins: [noHtmlSinks, copyStatic(browser)],
  };
}

const cliOptions = {
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: ['node20'],
  minify: production,
  sourcemap: production ? false : 'linked',
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { __BROWSER__: JSON.stringify('node') },
  logLevel: 'warning',
};

/**
 * Removes Preact's one HTML sink (`dangerouslySetInnerHTML` → `el.innerHTML = …`) from the bundles. Claimlight
 * never inserts markup (page and note text are always text), so the branch is dead code — but it is the
 * one line Mozilla's validator flags (UNSAFE_VAR_ASSIGNMENT), and without it no HTML sink ships at all.
 */
const noHtmlSinks = {
  name: 'claimlight-no-html-sinks',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/][^\\/]+\.m?js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const sink = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g;
      return { contents: source.replace(sink, '$1.textContent=(()=>{throw Error("dangerouslySetInnerHTML is disabled in Claimlight")})()'), loader: 'js' };
    });
  },
};

/** After each build of a browser target: write its manifest, copy html/css/icons, zip it. */
function copyStatic(browser) {
  return {
    name: 'claimlight-static',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length) return;
        const out = join(dist, browser);
        const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
        const manifest = manifestFor(browser, base);
        await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
        for (const file of staticFiles) {
          if (existsSync(join(root, file))) await cp(join(root, file), join(out, file.split('/').pop()));
        }
        await mkdir(join(out, 'icons'), { recursive: true });
        for (const size of [16, 32, 48, 128]) {
          await cp(join(root, `icons/icon-${size}.png`), join(out, `icons/icon-${size}.png`));
        }
        await zipDirectory(out, join(dist, `claimlight-${browser}-${manifest.version}.zip`), (name) => !name.endsWith('.map'));
      });
    },
  };
}

/** Zip a folder for the stores (fflate: small, dependency-free, deterministic). */
async function zipDirectory(dir, target, keep) {
  const files = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath ?? entry.path, entry.name);
    const name = full.slice(dir.length + 1).split('\\').join('/');
    if (keep(name)) files[name] = [new Uint8Array(await readFile(full)), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  await writeFile(target, zipSync(files, { level: 9 }));
}

async function main() {
  if (!watch) await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const configs = [...browsers.map(extensionOptions), cliOptions];
  if (!watch) {
    try {
      await Promise.all(configs.map((c) => esbuild.build(c)));
    } catch (error) {
      // esbuild has already printed its messages; say which step failed and exit non-zero.
      console.error(`build failed: ${error.errors?.length ?? 1} error(s)`);
      process.exit(1);
    }
    console.log(`built dist/chrome, dist/firefox, dist/cli.js${production ? ' (production)' : ''}`);
    return;
  }
  const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
  await Promise.all(contexts.map((c) => c.rebuild().catch(() => undefined)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching src/ for changes (Ctrl+C to stop)');
  if (args.has('--start')) {
    const { startSample } = await import('./tests/e2e/support/start.mjs');
    await startSample({ root, extensionDir: join(dist, 'chrome') });
  }
}

await main();
