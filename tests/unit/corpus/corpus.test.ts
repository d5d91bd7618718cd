// Every saved page in ../shared/fixtures/pages goes through the CLI's path (linkedom → page/ → core/)
// without crashing; claim offsets index the text map; pages not in English get no claims attributed
// through English reporting verbs. The table itself: `node tests/gold/corpus.mjs`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtmlPage } from '../../../src/cli/parse-html';
import { analyzeDocument } from '../../../src/page/analyze-document';

const pagesDir = path.resolve(__dirname, '../../..', '../shared/fixtures/pages');
const pages = readdirSync(pagesDir).filter((n) => existsSync(path.join(pagesDir, n, 'source.html'))).sort();
const manifestLang = new Map(readFileSync(path.join(pagesDir, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((l) => l.split('\t')).map((c) => [c[0]!, c[5]!] as const));

/** Cues that only an English rule can produce. */
const ENGLISH_CUES = /\b(said|says|told|tells|according to|added|wrote|tweeted|reported|stated|argued|claimed|warned|announced)\b/i;

jest.setTimeout(120_000);

test('the corpus has the 42 pages of the README', () => {
  expect(pages.length).toBe(42);
});

describe.each(pages)('%s', (name) => {
  test('analyses without crashing, offsets index the text map, no English rules on other languages', () => {
    const parsed = parseHtmlPage(readFileSync(path.join(pagesDir, name, 'source.html'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { analysis, textMap, lang } = analyzeDocument(parsed.document, {});
    // Every page in this corpus is an article (manifest "kind"), so detection must say so.
    expect(analysis.isArticle).toBe(true);
    for (const c of analysis.claims) expect(textMap!.text.slice(c.start, c.end)).toBe(c.text);
    const language = (lang ?? manifestLang.get(name) ?? 'en').toLowerCase();
    if (!language.startsWith('en')) {
      const english = analysis.claims.filter((c) => c.attribution?.cue && ENGLISH_CUES.test(c.attribution.cue));
      expect(english.map((c) => c.text)).toEqual([]);
    }
  });
});
