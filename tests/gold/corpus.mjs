#!/usr/bin/env node
// Runs the analysis over every saved page in ../shared/fixtures/pages/*/source.html, as `claimlight analyze`
// does (linkedom + page/ + core/ from the working tree), and prints a table: page, language, article?,
// claims, attributed share, time (parse and analysis).
//
//   node tests/gold/corpus.mjs           table
//   node tests/gold/corpus.mjs --json    rows as JSON
//   node tests/gold/corpus.mjs --markdown
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadEngine, sharedDir } from './engine.mjs';

const pagesDir = join(sharedDir, 'fixtures/pages');

/** manifest.tsv rows by directory name (language, site, words). */
export function readManifest() {
  const [head, ...lines] = readFileSync(join(pagesDir, 'manifest.tsv'), 'utf8').trim().split('\n');
  const cols = head.split('\t');
  return new Map(lines.map((l) => {
    const cells = l.split('\t');
    return [cells[0], Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']))];
  }));
}

/** Analyses every page; each row says what happened, errors included (a crash is a row, not an exit). */
export async function runCorpus(engine = null) {
  const eng = engine ?? (await loadEngine());
  const manifest = readManifest();
  const rows = [];
  for (const name of readdirSync(pagesDir).sort()) {
    const file = join(pagesDir, name, 'source.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const row = { page: name, manifestLang: manifest.get(name)?.language ?? null, bytes: html.length };
    try {
      const t0 = performance.now();
      const parsed = eng.parseHtmlPage(html);
      if (!parsed.ok) throw new Error(parsed.error);
      const t1 = performance.now();
      const r = eng.analyzeDocument(parsed.document, {});
      const t2 = performance.now();
      const claims = r.analysis.claims;
      Object.assign(row, {
        lang: r.lang, isArticle: r.analysis.isArticle, textChars: r.textMap?.text.length ?? 0, claims: claims.length,
        attributed: claims.filter((c) => c.attribution).length, parseMs: t1 - t0, analyzeMs: t2 - t1, reason: r.reason,
        analysis: r.analysis,
      });
    } catch (error) {
      row.error = String(error?.stack ?? error);
    }
    rows.push(row);
  }
  return rows;
}

const share = (r) => (r.claims ? `${Math.round((100 * r.attributed) / r.claims)}%` : '-');

/** Plain or Markdown table of corpus rows. */
export function formatCorpus(rows, markdown = false) {
  const head = ['page', 'lang', 'article', 'chars', 'claims', 'attributed', 'parse ms', 'analyse ms'];
  const body = rows.map((r) => (r.error
    ? [r.page, r.manifestLang ?? '?', 'CRASH', '', '', '', '', r.error.split('\n')[0]]
    : [r.page, r.lang ?? r.manifestLang ?? '?', r.isArticle ? 'yes' : 'no', String(r.textChars), String(r.claims), share(r), r.parseMs.toFixed(0), r.analyzeMs.toFixed(0)]));
  const ok = rows.filter((r) => !r.error);
  const sum = (f) => ok.reduce((n, r) => n + f(r), 0);
  body.push(['TOTAL', `${rows.length} pages`, `${ok.filter((r) => r.isArticle).length} yes`, String(sum((r) => r.textChars)), String(sum((r) => r.claims)),
    share({ claims: sum((r) => r.claims), attributed: sum((r) => r.attributed) }), sum((r) => r.parseMs).toFixed(0), sum((r) => r.analyzeMs).toFixed(0)]);
  if (markdown) return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const rows = await runCorpus();
  const args = process.argv.slice(2);
  if (args.includes('--json')) console.log(JSON.stringify(rows.map(({ analysis, ...r }) => r), null, 2));
  else console.log(formatCorpus(rows, args.includes('--markdown')));
  process.exitCode = rows.some((r) => r.error) ? 1 : 0;
}
