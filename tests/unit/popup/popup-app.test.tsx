/** @jest-environment jsdom */
import { render } from 'preact';
import { PopupApp } from '../../../src/popup/popup-app';
import type { PopupApi } from '../../../src/popup/popup-api';
import type { Claim, Note, Settings, Source } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import type { PageReport, Result } from '../../../src/messaging/protocol';

// Preact runs effects after paint: in jsdom (no rAF) on a ~35 ms timer, so a settle step waits past it.
const flush = () => new Promise((r) => setTimeout(r, 40));

const CLAIMS: Claim[] = [
  { id: 'c0', text: 'Talks will resume Monday, Markarova said.', start: 0, end: 41, kind: 'attributed', checkWorthiness: 0.8,
    attribution: { speaker: 'Oksana Markarova', role: 'ambassador', sourceType: 'named-person', cue: 'said', medium: 'interview', via: 'Reuters' } },
  { id: 'c1', text: 'Prices rose 12% in May.', start: 50, end: 73, kind: 'statistic', checkWorthiness: 0.9, attribution: null },
];
const MARKAROVA: Source = { id: 's1', name: 'Oksana Markarova', key: 'oksana markarova', aliases: [], type: 'named-person', confidence: 4, notes: 'ok', updatedAt: 'x' };

function note(id: string, over: Partial<Note> = {}): Note {
  return {
    id, pageUrl: 'https://news.example/a', pageTitle: null,
    selector: { quote: { exact: 'Prices rose 12%', prefix: '', suffix: '' }, position: { start: 50, end: 65 } },
    claimText: 'Prices rose 12% in May.', attribution: null, verdict: 'misleading', confidence: 3, body: 'Base effect.',
    evidence: [], tags: [], createdAt: 'x', updatedAt: 'x', ...over,
  };
}

interface Fake extends PopupApi { calls: string[]; settings: Settings; notes: Note[]; report: Result<PageReport> }

function fakeApi(report: Result<PageReport>, notes: Note[] = []): Fake {
  const api: Fake = {
    calls: [], settings: { ...DEFAULT_SETTINGS }, notes, report,
    pageReport: async (force) => { api.calls.push(`report:${!!force}`); return api.report; },
    watchNotes: (_url, onNotes) => { onNotes(api.notes); return () => undefined; },
    lookupSources: async (names) => ({ ok: true, value: names.map((name) => ({ name, source: name === 'Oksana Markarova' ? MARKAROVA : null })) }),
    getSettings: async () => ({ ok: true, value: api.settings }),
    saveSettings: async (s) => { api.calls.push(`settings:${JSON.stringify(s.siteOverrides)}`); api.settings = s; return { ok: true, value: s }; },
    setHighlights: async (on) => { api.calls.push(`highlights:${on}`); return { ok: true, value: { on } }; },
    focusClaim: async (id) => { api.calls.push(`focusClaim:${id}`); return { ok: true, value: { found: true } }; },
    focusNote: async (id) => { api.calls.push(`focusNote:${id}`); return { ok: true, value: { found: false } }; },
    openOptions: () => { api.calls.push('options'); },
  };
  return api;
}

const report = (over: Partial<PageReport> = {}, analysisOver: Partial<PageReport['analysis']> = {}): Result<PageReport> => ({
  ok: true,
  value: { url: 'https://news.example/a', host: 'news.example', highlightsOn: true, orphanNoteIds: [],
    analysis: { url: 'https://news.example/a', canonicalUrl: null, title: 'A', isArticle: true, claims: CLAIMS, ...analysisOver }, ...over },
});

let root: HTMLElement;
beforeEach(() => { root = document.createElement('div'); document.body.replaceChildren(root); });
afterEach(() => render(null, root));

/** Renders the app and waits until it has left the loading state. */
async function mount(api: PopupApi) {
  render(<PopupApp api={api} />, root);
  for (let i = 0; i < 50 && root.textContent!.includes('Reading the page'); i++) await flush();
  await flush();
}
const buttons = () => [...root.querySelectorAll('button')];

test('lists claims with attribution and source-book badges, and the notes with verdicts', async () => {
  await mount(fakeApi(report(), [note('n1')]));
  const items = root.querySelectorAll('li.claim');
  expect(items).toHaveLength(2);
  const first = items[0]!;
  expect(first.querySelector('.claim-text')!.textContent).toBe(CLAIMS[0]!.text);
  expect(first.querySelector('.speaker')!.textContent).toBe('Oksana Markarova');
  expect(first.querySelector('.details')!.textContent).toBe(' — ambassador · Named person · via Reuters · interview');
  expect(first.querySelector('.badge')!.textContent).toBe('4/5');
  expect(items[1]!.querySelector('.who')!.textContent).toBe('Unattributed');
  expect(items[1]!.querySelector('.verdict')!.textContent).toBe('Misleading');
  const n = root.querySelector('li.note')!;
  expect(n.textContent).toContain('Misleading');
  expect(n.textContent).toContain('confidence 3/5');
  expect(n.querySelector('.note-body')!.textContent).toBe('Base effect.');
});

test('the kind filter narrows the list', async () => {
  await mount(fakeApi(report(), [note('n1')]));
  const select = root.querySelector('select')!;
  select.value = 'statistic';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
  expect([...root.querySelectorAll('li.claim')].map((li) => li.getAttribute('data-claim-id'))).toEqual(['c1']);
  expect(root.querySelector('#claims-title')!.textContent).toBe('Claims (1 of 2)');
  select.value = 'quote';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
  expect(root.querySelectorAll('li.claim')).toHaveLength(0);
  expect(root.textContent).toContain('No claims of this kind');
});

test('clicking a claim asks the page to focus it', async () => {
  const api = fakeApi(report());
  await mount(api);
  root.querySelector<HTMLButtonElement>('li.claim button')!.click();
  await flush();
  expect(api.calls).toContain('focusClaim:c0');
});

test('orphan notes are listed with their quote and marked, and are not focusable', async () => {
  await mount(fakeApi(report({ orphanNoteIds: ['gone'] }), [note('gone', { selector: { quote: { exact: 'a removed passage', prefix: '', suffix: '' }, position: { start: 900, end: 917 } }, claimText: 'x' })]));
  const li = root.querySelector('li.note')!;
  expect(li.classList.contains('orphan-note')).toBe(true);
  expect(li.querySelector('.note-quote')!.textContent).toBe('a removed passage');
  expect(li.textContent).toContain('not found on the page now');
  expect(li.querySelector('button')).toBeNull();
});

test('no content script: says the tab cannot be read', async () => {
  await mount(fakeApi({ ok: false, error: 'Could not establish connection. Receiving end does not exist.' }));
  expect(root.querySelector('[role=status]')!.textContent).toContain("Claimlight can't read this tab");
  expect(root.querySelector('li')).toBeNull();
});

test('not an article: says so and Scan anyway asks for a forced scan', async () => {
  const api = fakeApi(report({}, { isArticle: false, claims: [] }));
  await mount(api);
  expect(root.textContent).toContain('No article found on this page');
  api.report = report();
  buttons().find((b) => b.textContent === 'Scan anyway')!.click();
  await flush();
  await flush();
  expect(api.calls).toEqual(['report:false', 'report:true']);
  expect(root.querySelectorAll('li.claim')).toHaveLength(2);
});

test('highlight switch and never-on-this-site save through the api', async () => {
  const api = fakeApi(report());
  await mount(api);
  const [highlights, never] = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  expect(highlights!.checked).toBe(true);
  expect(never!.parentElement!.textContent).toContain('Never on news.example');
  never!.checked = true;
  never!.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
  await flush();
  expect(api.calls).toContain('settings:{"news.example":false}');
  expect(api.calls).toContain('highlights:false');
  expect(root.querySelector<HTMLInputElement>('input[role=switch]')!.checked).toBe(false);
  never!.checked = false;
  never!.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
  expect(api.calls).toContain('settings:{}');
});

test('"never on this site" is keyed by the host the page is served from, not its canonical link', async () => {
  // A syndicated copy: served by one site, canonical link to the publisher's.
  const api = fakeApi(report({ url: 'https://publisher.example/story', host: 'syndicator.example' }));
  await mount(api);
  const never = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')][1]!;
  expect(never.parentElement!.textContent).toContain('Never on syndicator.example');
  never.checked = true;
  never.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
  await flush();
  expect(api.calls).toContain('settings:{"syndicator.example":false}');
});

test('page text shows as text in the popup', async () => {
  const evil = '"><img src=x onerror="window.__pwned=1">';
  await mount(fakeApi(report({}, { claims: [{ ...CLAIMS[1]!, text: evil }] }), [note('n', { body: '<script>window.__pwned=2</script>' })]));
  expect(root.querySelector('img, script')).toBeNull();
  expect(root.querySelector('.claim-text')!.textContent).toBe(evil);
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
});

test('a focus on a note that is gone says so', async () => {
  const api = fakeApi(report(), [note('n1')]);
  await mount(api);
  root.querySelector<HTMLButtonElement>('li.note button')!.click();
  await flush();
  await flush();
  expect(root.querySelector('[role=alert]')!.textContent).toBe('That passage is no longer on the page.');
});

test('the Options button opens the options page', async () => {
  const api = fakeApi(report());
  await mount(api);
  buttons().find((b) => b.textContent === 'Options')!.click();
  expect(api.calls).toContain('options');
});

test('a page with hundreds of claims renders a page of them, with a button for more', async () => {
  const many: Claim[] = Array.from({ length: 320 }, (_, i) => ({ id: `c${i}`, text: `Claim number ${i}.`, start: i * 20, end: i * 20 + 16, kind: 'assertion', checkWorthiness: 0.5, attribution: null }));
  await mount(fakeApi(report({}, { claims: many })));
  expect(root.querySelectorAll('li.claim')).toHaveLength(150);
  const more = () => buttons().find((b) => b.textContent!.startsWith('Show '))!;
  expect(more().textContent).toBe('Show 150 more');
  more().click();
  await flush();
  expect(root.querySelectorAll('li.claim')).toHaveLength(300);
  expect(more().textContent).toBe('Show 20 more');
  more().click();
  await flush();
  expect(root.querySelectorAll('li.claim')).toHaveLength(320);
  expect(buttons().some((b) => b.textContent!.startsWith('Show '))).toBe(false);
});
