import 'fake-indexeddb/auto';
import { DEFAULT_SETTINGS, type Page } from '../../../src/core/model';
import { type Repositories, createDatabase, liveQuery, openRepositories, withDefaults } from '../../../src/storage/index';
import { freshRepositories, makeNote } from './helpers';

const page = (overrides: Partial<Page> = {}): Page => ({
  url: 'https://www.example.com/a?utm_source=x',
  canonicalUrl: null,
  title: 'A',
  siteName: null,
  publishedAt: null,
  firstSeenAt: '2026-01-02T00:00:00.000Z',
  lastSeenAt: '2026-01-02T00:00:00.000Z',
  ...overrides,
});

describe('pages repository', () => {
  let repos: Repositories;
  beforeEach(() => {
    repos = freshRepositories();
  });
  afterEach(() => repos.db.close());

  it('keeps the first visit time, advances the last, and never erases known fields', async () => {
    await repos.pages.visit(page({ siteName: 'Example' }));
    const second = await repos.pages.visit(page({ title: 'A, updated', firstSeenAt: '2026-01-05T00:00:00.000Z', lastSeenAt: '2026-01-05T00:00:00.000Z' }));
    expect(second).toEqual({
      url: 'https://www.example.com/a', canonicalUrl: null, title: 'A, updated', siteName: 'Example', publishedAt: null,
      firstSeenAt: '2026-01-02T00:00:00.000Z', lastSeenAt: '2026-01-05T00:00:00.000Z',
    });
    expect(await repos.pages.count()).toBe(1);
  });

  it('lists the most recently seen pages first', async () => {
    await repos.pages.visit(page({ url: 'https://a.example/1', lastSeenAt: '2026-01-01T00:00:00.000Z' }));
    await repos.pages.visit(page({ url: 'https://a.example/2', lastSeenAt: '2026-01-03T00:00:00.000Z' }));
    await repos.pages.visit(page({ url: 'https://a.example/3', lastSeenAt: '2026-01-02T00:00:00.000Z' }));
    expect((await repos.pages.recent(2)).map((p) => p.url)).toEqual(['https://a.example/2', 'https://a.example/3']);
  });
});

describe('settings repository', () => {
  let repos: Repositories;
  beforeEach(() => {
    repos = freshRepositories();
  });
  afterEach(() => repos.db.close());

  it('gives the defaults before anything is saved, and what was saved afterwards', async () => {
    expect(await repos.settings.get()).toEqual(DEFAULT_SETTINGS);
    const saved = await repos.settings.save({ autoScan: false, siteOverrides: { 'example.com': true }, kindsShown: ['quote'], colours: { quote: '#f00' } });
    expect(await repos.settings.get()).toEqual(saved);
    expect(saved.siteOverrides).toEqual({ 'example.com': true });
  });

  it('repairs malformed stored settings field by field', () => {
    expect(withDefaults({ autoScan: 'yes', siteOverrides: { a: true, b: 'no' }, kindsShown: ['quote', 'bogus'], colours: { quote: 1, noted: 'red', evil: 'x' } })).toEqual({
      autoScan: true, siteOverrides: { a: true }, kindsShown: ['quote'], colours: { noted: 'red' },
    });
    expect(withDefaults(null)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('liveQuery', () => {
  it('re-runs a repository query when another connection (another window) writes', async () => {
    const repos = freshRepositories();
    const name = repos.db.name;
    const other = openRepositories(createDatabase({ name }));
    const seen: number[][] = [];
    const sub = liveQuery(() => repos.notes.forPage('https://www.example.com/news/story')).subscribe({
      next: (notes) => seen.push(notes.map((n) => n.selector.position.start)),
    });
    const sleep = () => new Promise((r) => setTimeout(r, 25));
    for (let i = 0; i < 80 && seen.length === 0; i += 1) await sleep();
    expect(seen[0]).toEqual([]);
    await other.notes.save(makeNote({ id: 'live' }));
    for (let i = 0; i < 80 && seen.at(-1)?.length !== 1; i += 1) await sleep();
    sub.unsubscribe();
    expect(seen.at(-1)).toEqual([100]);
    repos.db.close();
    other.db.close();
  });
});
