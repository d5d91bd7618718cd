import 'fake-indexeddb/auto';
import { backgroundHandlers } from '../../../src/background/handlers';
import { createRouter } from '../../../src/messaging/router';
import type { Note } from '../../../src/core/model';
import { newSource } from '../../../src/storage/index';
import { freshRepositories, makeNote } from '../storage/helpers';

// handlers.ts imports the commands module, which imports the polyfill; only ui/openPopup uses it.
const openPopup = jest.fn(async () => undefined);
const createTab = jest.fn(async (_options: unknown) => ({}));
jest.mock('webextension-polyfill', () => ({
  __esModule: true,
  default: { action: { openPopup: () => openPopup() }, tabs: { create: (o: unknown) => createTab(o) }, runtime: { getURL: (p: string) => `chrome-extension://self/${p}` } },
}));

const self = { runtimeId: 'self', extensionOrigin: 'chrome-extension://self/' };
const page = { id: 'self', url: 'chrome-extension://self/options.html' };
const content = { id: 'self', url: 'https://news.example/story', tab: { id: 7 } };

function setup() {
  const repos = freshRepositories();
  const handle = createRouter(backgroundHandlers(() => repos, '9.9.9'), self);
  return { repos, handle };
}

describe('background router', () => {
  it('answers ping with the version and the number of notes', async () => {
    const { repos, handle } = setup();
    await repos.notes.save(makeNote());
    expect(await handle({ type: 'ping' }, page)).toEqual({ ok: true, value: { version: '9.9.9', notes: 1 } });
    repos.db.close();
  });

  it('saves, lists and deletes notes for a content script', async () => {
    const { repos, handle } = setup();
    const note = makeNote({ pageUrl: 'https://news.example/story?utm_source=x' });
    const saved = await handle({ type: 'notes/save', note }, content);
    expect(saved.ok && (saved.value as Note).pageUrl).toBe('https://news.example/story');
    const listed = await handle({ type: 'notes/forPage', url: 'https://news.example/story#x' }, content);
    expect(listed.ok && (listed.value as Note[]).map((n) => n.id)).toEqual([note.id]);
    expect(await handle({ type: 'notes/delete', id: note.id }, content)).toEqual({ ok: true, value: { deleted: true } });
    expect(await repos.notes.count()).toBe(0);
    repos.db.close();
  });

  it('looks up speakers in the source book, records visits, and reads settings', async () => {
    const { repos, handle } = setup();
    const wapo = await repos.sources.save({ ...newSource('The Washington Post', 'news-outlet'), confidence: 4 });
    const lookup = await handle({ type: 'sources/lookup', names: ['WaPo', 'Nobody Known'] }, content);
    expect(lookup).toEqual({ ok: true, value: [{ name: 'WaPo', source: wapo }, { name: 'Nobody Known', source: null }] });
    const visit = await handle({ type: 'pages/visit', page: { url: 'https://news.example/story', canonicalUrl: null, title: 'S', siteName: null, publishedAt: null, firstSeenAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-01-01T00:00:00.000Z' } }, content);
    expect(visit.ok).toBe(true);
    expect(await repos.pages.count()).toBe(1);
    const settings = await handle({ type: 'settings/get' }, content);
    expect(settings.ok && (settings.value as { autoScan: boolean }).autoScan).toBe(true);
    repos.db.close();
  });

  it('lets only extension pages change settings', async () => {
    const { repos, handle } = setup();
    const settings = { autoScan: false, siteOverrides: {}, kindsShown: [], colours: {} };
    const fromPage = await handle({ type: 'settings/save', settings }, content);
    expect(!fromPage.ok && fromPage.error).toMatch(/not accepted from a content-script/);
    expect((await repos.settings.get()).autoScan).toBe(true);
    expect((await handle({ type: 'settings/save', settings }, page)).ok).toBe(true);
    expect((await repos.settings.get()).autoScan).toBe(false);
    repos.db.close();
  });

  it('refuses forged senders and malformed requests before touching the database', async () => {
    const { repos, handle } = setup();
    const note = makeNote();
    const forged = [
      await handle({ type: 'notes/save', note }, undefined),
      await handle({ type: 'notes/save', note }, { id: 'other-extension', url: 'chrome-extension://other/x.html' }),
      await handle({ type: 'notes/save', note }, { id: 'self', url: 'https://evil.example/' }),
      await handle({ type: 'notes/save', note: { ...note, verdict: 'hacked' } }, content),
      await handle({ type: 'db/drop' }, page),
    ];
    expect(forged.map((r) => r.ok)).toEqual([false, false, false, false, false]);
    expect(forged.map((r) => (!r.ok ? r.error : '')).slice(3)).toEqual([
      expect.stringMatching(/^Invalid request: request.note.verdict/),
      expect.stringMatching(/unknown request type/),
    ]);
    expect(await repos.notes.count()).toBe(0);
    repos.db.close();
  });

  it('says when a request is not for the background, and turns storage failures into error values', async () => {
    const { repos, handle } = setup();
    expect(await handle({ type: 'page/analysis' }, page)).toEqual({ ok: false, error: 'Not handled here: page/analysis' });
    repos.db.notes.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const r = await handle({ type: 'notes/save', note: makeNote() }, content);
    expect(!r.ok && r.error).toMatch(/^Storage is full/);
    repos.db.close();
  });

  it('opens the popup for the card\'s tab', async () => {
    const { repos, handle } = setup();
    expect(await handle({ type: 'ui/openPopup' }, content)).toEqual({ ok: true, value: { opened: true } });
    expect(openPopup).toHaveBeenCalled();
    repos.db.close();
  });
});
