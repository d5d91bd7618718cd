// `claimlight analyze` through run(argv, io) with an in-memory file system: output formats, stdin,
// several files, and the errors and exit codes for bad input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, run, type CliIo } from '../../../src/cli/run';
import type { Analysis } from '../../../src/core/model';

const repoRoot = path.resolve(__dirname, '../../..');
const small = (name: string): string => path.join(repoRoot, 'tests/unit/fixtures-small', name);
const minsk = path.resolve(repoRoot, '../shared/fixtures/news/minsk-talks.html');

function fakeIo(files: Record<string, string | Error>, stdin = ''): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readFile: async (p: string) => {
      const v = files[p];
      if (v === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      if (v instanceof Error) throw v;
      return v;
    },
    readStdin: async () => stdin,
    stdout: (t: string) => { io.out += t; },
    stderr: (t: string) => { io.err += t; },
    now: () => 0,
  };
  return io;
}

const article = readFileSync(small('short-article.html'), 'utf8');
const home = readFileSync(small('home-page.html'), 'utf8');

describe('claimlight analyze', () => {
  test('--json prints the analysis object of DESIGN.md', async () => {
    const io = fakeIo({ 'a.html': article });
    expect(await run(['analyze', 'a.html', '--json', '--url', 'https://paper.example/business/factory-to-close?utm_source=x'], io)).toBe(EXIT_OK);
    const a = JSON.parse(io.out) as Analysis;
    expect(Object.keys(a).sort()).toEqual(['canonicalUrl', 'claims', 'isArticle', 'title', 'url']);
    expect(a.isArticle).toBe(true);
    expect(a.url).toBe('https://paper.example/business/factory-to-close?utm_source=x');
    expect(a.canonicalUrl).toBe('https://paper.example/business/factory-to-close');
    expect(a.title).toBe('Factory to close'); // the JSON-LD headline, not the <title> with the site suffix
    for (const c of a.claims) {
      expect(Object.keys(c).sort()).toEqual(['attribution', 'checkWorthiness', 'end', 'id', 'kind', 'start', 'text']);
      expect(c.text).not.toContain('Officials say new mall'); // teaser in the related box
    }
    expect(io.err).toBe('');
  });

  test('without --json: a readable report naming the file, the article verdict and the claims', async () => {
    const io = fakeIo({ [minsk]: readFileSync(minsk, 'utf8') });
    expect(await run(['analyze', minsk], io)).toBe(EXIT_OK);
    expect(io.out).toContain(minsk);
    expect(io.out).toMatch(/article: +yes/);
    expect(io.out).toMatch(/claims: +\d+, \d+ attributed/);
    expect(io.out).toContain('Kharkiv has just been massively fired upon');
  });

  test('- reads the page from stdin', async () => {
    const io = fakeIo({}, article);
    expect(await run(['analyze', '-', '--json'], io)).toBe(EXIT_OK);
    expect((JSON.parse(io.out) as Analysis).isArticle).toBe(true);
  });

  test('several files print one JSON object per line (NDJSON)', async () => {
    const io = fakeIo({ 'a.html': article, 'b.html': home });
    expect(await run(['analyze', 'a.html', 'b.html', '--json'], io)).toBe(EXIT_OK);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as Analysis).isArticle)).toEqual([true, false]);
  });

  test('a page that is not an article gives isArticle false and no claims', async () => {
    const io = fakeIo({ 'home.html': home });
    expect(await run(['analyze', 'home.html', '--json'], io)).toBe(EXIT_OK);
    expect(JSON.parse(io.out)).toMatchObject({ isArticle: false, claims: [] });
  });

  test.each([
    ['missing file', {}, 'nope.html', /nope\.html: cannot read: no such file/],
    ['directory', { 'dir': Object.assign(new Error('EISDIR'), { code: 'EISDIR' }) }, 'dir', /dir: cannot read: it is a directory/],
    ['unreadable file', { 'x.html': Object.assign(new Error('EACCES'), { code: 'EACCES' }) }, 'x.html', /permission denied/],
    ['empty file', { 'e.html': '  \n' }, 'e.html', /not an HTML page: the file is empty/],
    ['JSON file', { 'd.json': '{"a": 1}' }, 'd.json', /not an HTML page: it is JSON/],
    ['PDF file', { 'f.pdf': '%PDF-1.7\n...' }, 'f.pdf', /not an HTML page: it is a PDF file/],
    ['plain text', { 'n.txt': 'Just some notes, no markup at all.' }, 'n.txt', /not an HTML page: it has no HTML tags/],
  ])('%s: clear error on stderr, exit 1', async (_name, files, file, message) => {
    const io = fakeIo(files as Record<string, string | Error>);
    expect(await run(['analyze', file, '--json'], io)).toBe(EXIT_FAILED);
    expect(io.err).toMatch(message);
    expect(io.out).toBe('');
  });

  test('one bad file among good ones: the good ones are still analysed, exit is 1', async () => {
    const io = fakeIo({ 'a.html': article });
    expect(await run(['analyze', 'missing.html', 'a.html', '--json'], io)).toBe(EXIT_FAILED);
    expect(io.out.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain('missing.html');
  });

  test.each([
    [['analyze'], /no input/],
    [['analyze', 'a.html', '--bogus'], /unknown option: --bogus/],
    [['analyze', 'a.html', '--url'], /--url needs a value/],
    [['analyze', 'a.html', '--url', 'not a url'], /not an absolute URL/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /^Usage: claimlight analyze/],
  ])('usage error %j → exit 2 with the usage text', async (argv, message) => {
    const io = fakeIo({ 'a.html': article });
    expect(await run(argv, io)).toBe(EXIT_USAGE);
    expect(io.err).toMatch(message);
    expect(io.err).toContain('Usage: claimlight analyze');
  });

  test('--help prints usage and exits 0', async () => {
    const io = fakeIo({});
    expect(await run(['analyze', '--help'], io)).toBe(EXIT_OK);
    expect(io.out).toContain('--json');
    const io2 = fakeIo({});
    expect(await run(['--help'], io2)).toBe(EXIT_OK);
  });
});
