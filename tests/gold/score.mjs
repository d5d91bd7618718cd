#!/usr/bin/env node
// Scores the claim engine against the hand-labelled pages in ../shared/fixtures/news/*.gold.json.
//
//   node tests/gold/score.mjs              table of per-page and overall figures (engine from src/, no build needed)
//   node tests/gold/score.mjs --verbose    …plus every miss, false positive, wrong field and violation
//   node tests/gold/score.mjs --json       figures as JSON
//   node tests/gold/score.mjs --cli        take claims from `node dist/cli.js analyze --json` (run `npm run build` first)
//   node tests/gold/score.mjs --page wapo-2
//
// Rules: ../shared/fixtures/news/README.md and each gold file's `about` (implemented in scoring.cjs).
// Exit code 0 when the issue's targets are met, 1 when not (the table is printed either way).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { loadEngine, repoRoot, sharedDir } from './engine.mjs';

const require = createRequire(import.meta.url);
const scoring = require('./scoring.cjs');

const newsDir = join(sharedDir, 'fixtures/news');

/** The gold files and their pages: news/<page> if it exists, else pages/<name>/source.html. */
export function goldPages() {
  return readdirSync(newsDir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(newsDir, f), 'utf8'));
    const name = basename(f, '.gold.json');
    const local = join(newsDir, gold.page ?? '');
    const html = gold.page && existsSync(local) && gold.page.endsWith('.html') ? local : join(sharedDir, 'fixtures/pages', name, 'source.html');
    return { name, goldFile: join(newsDir, f), gold, html };
  });
}

/** Scores every gold page; `useCli` takes the claims from dist/cli.js instead of the source engine. */
export async function scoreAll({ useCli = false, only = null } = {}) {
  const engine = await loadEngine();
  const scores = [];
  for (const p of goldPages()) {
    if (only && p.name !== only) continue;
    const html = readFileSync(p.html, 'utf8');
    const parsed = engine.parseHtmlPage(html);
    if (!parsed.ok) throw new Error(`${p.html}: ${parsed.error}`);
    const result = engine.analyzeDocument(parsed.document, {});
    let analysis = result.analysis;
    if (useCli) {
      const cli = join(repoRoot, 'dist/cli.js');
      if (!existsSync(cli)) throw new Error('dist/cli.js missing: run `npm run build` first');
      analysis = JSON.parse(execFileSync(process.execPath, [cli, 'analyze', p.html, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    }
    scores.push({ ...scoring.scorePage(p.gold, analysis, result.textMap?.text ?? null), page: p.name });
  }
  return scores;
}

async function main() {
  const args = process.argv.slice(2);
  const pageArg = args.indexOf('--page');
  const scores = await scoreAll({ useCli: args.includes('--cli'), only: pageArg >= 0 ? args[pageArg + 1] : null });
  const overall = scoring.figures(scores);
  const targets = scoring.targets(overall);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ pages: scores.map((s) => ({ page: s.page, ...scoring.figures(s) })), overall, targets }, null, 2));
  } else {
    console.log(scoring.formatTable(scores));
    console.log(`\ntargets: ${targets.map((t) => `${t.name} ${t.value == null ? '-' : Number(t.value.toFixed(3))} (${t.name.startsWith('outside') ? '=' : '≥'} ${t.target}) ${t.ok ? 'ok' : 'MISSED'}`).join('; ')}`);
    if (args.includes('--verbose')) for (const s of scores) console.log(`\n${scoring.formatDetails(s)}`);
  }
  process.exitCode = targets.every((t) => t.ok) ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) await main();
