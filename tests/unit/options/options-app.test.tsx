/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../src/options/options-app';
import { hostFromInput } from '../../../src/options/settings-panel';
import { parseTags } from '../../../src/options/notes-panel';
import { newSource, type Repositories } from '../../../src/storage/index';
import { attribution, freshRepositories, makeNote } from '../storage/helpers';

// jsdom lacks structuredClone in some versions; fake-indexeddb needs it.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
}

async function waitFor<T>(check: () => T | null | undefined | false, what: string, timeout = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}

/** Retry an assertion on the database until it holds (writes from the UI land asynchronously). */
async function eventually(assertion: () => Promise<void>, timeout = 3000) {
  const start = Date.now();
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() - start > timeout) throw error;
      await act(async () => {
        await new Promise((r) => setTimeout(r, 20));
      });
    }
  }
}

const q = <E extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<E & Element>(selector);
function buttonByText(root: ParentNode, text: string): HTMLButtonElement | null {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) ?? null;
}
async function click(el: HTMLElement | null) {
  if (!el) throw new Error('nothing to click');
  await act(async () => el.click());
}
async function typeInto(el: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  if (!el) throw new Error('no field');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(el: HTMLSelectElement | null, value: string) {
  if (!el) throw new Error('no select');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('options page', () => {
  let repos: Repositories;
  let root: HTMLElement;
  beforeEach(async () => {
    repos = freshRepositories();
    root = document.createElement('div');
    document.body.append(root);
    await repos.notes.saveMany([
      makeNote({ id: 'n1', body: 'Satellite images contradict this.', verdict: 'false', tags: ['war'], attribution: attribution('Oksana Markarova'), updatedAt: '2026-01-02T00:00:00.000Z' }),
      makeNote({ id: 'n2', body: 'Matches customs data.', verdict: 'accurate', tags: ['economy'], attribution: attribution('Someone', 'Reuters'), updatedAt: '2026-01-01T00:00:00.000Z' }),
    ]);
    await act(async () => render(<OptionsApp repos={repos} />, root));
  });
  afterEach(async () => {
    await act(async () => render(null, root));
    root.remove();
    repos.db.close();
  });

  const noteIds = () => [...root.querySelectorAll('[data-note-id]')].map((e) => e.getAttribute('data-note-id'));

  it('lists notes newest first and narrows them by full-text search and verdict', async () => {
    await waitFor(() => noteIds().length === 2, 'notes');
    expect(noteIds()).toEqual(['n1', 'n2']);
    await typeInto(q<HTMLInputElement>(root, '#notes input[type="search"]'), 'customs');
    await waitFor(() => noteIds().join() === 'n2', 'search result');
    await typeInto(q<HTMLInputElement>(root, '#notes input[type="search"]'), '');
    await choose(q<HTMLSelectElement>(root, '#notes .filters label:nth-of-type(2) select'), 'false');
    await waitFor(() => noteIds().join() === 'n1', 'verdict filter');
  });

  it('shows page and note text as text, never as markup', async () => {
    await repos.notes.save(makeNote({ id: 'evil', body: '<img src=x onerror="window.pwned=1">', claimText: '<script>window.pwned=1</script>', updatedAt: '2026-03-01T00:00:00.000Z' }));
    await waitFor(() => noteIds().includes('evil'), 'evil note');
    const item = q(root, '[data-note-id="evil"]')!;
    expect(item.querySelector('img, script')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror="window.pwned=1">');
  });

  it('edits a note; a failed save keeps the typed text and says why', async () => {
    await waitFor(() => noteIds().length === 2, 'notes');
    const item = q(root, '[data-note-id="n2"]')!;
    await click(buttonByText(item, 'Edit'));
    const body = q<HTMLTextAreaElement>(item, 'textarea')!;
    await typeInto(body, 'Customs data says 18%, not 20%.');
    const fail = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    repos.db.notes.hook('updating', fail);
    await act(async () => q<HTMLFormElement>(item, 'form.editor')!.requestSubmit());
    await waitFor(() => q(item, '[role="alert"]'), 'error message');
    expect(q(item, '[role="alert"]')!.textContent).toMatch(/Storage is full/);
    expect(q<HTMLTextAreaElement>(item, 'textarea')!.value).toBe('Customs data says 18%, not 20%.');
    repos.db.notes.hook('updating').unsubscribe(fail);
    await act(async () => q<HTMLFormElement>(item, 'form.editor')!.requestSubmit());
    await eventually(async () => expect((await repos.notes.get('n2'))?.body).toBe('Customs data says 18%, not 20%.'));
  });

  it('deletes a note only after confirmation, and Undo brings it back', async () => {
    await waitFor(() => noteIds().length === 2, 'notes');
    const item = q(root, '[data-note-id="n1"]')!;
    await click(buttonByText(item, 'Delete'));
    expect(await repos.notes.get('n1')).toBeDefined();
    await click(buttonByText(item, 'Delete note'));
    await waitFor(() => noteIds().join() === 'n2', 'note gone');
    expect(await repos.notes.get('n1')).toBeUndefined();
    await click(buttonByText(q(root, '.undo-bar')!, 'Undo'));
    await waitFor(() => noteIds().length === 2, 'note back');
    expect((await repos.notes.get('n1'))?.body).toBe('Satellite images contradict this.');
  });

  it('sets confidence and notes on a source and renames it', async () => {
    const s = await repos.sources.save(newSource('Oksana Markarova'));
    const row = await waitFor(() => q(root, `[data-source-id="${s.id}"]`), 'source row');
    await click(buttonByText(row, 'Edit'));
    await choose(q<HTMLSelectElement>(row, `#src-${s.id}-conf`), '4');
    await typeInto(q<HTMLTextAreaElement>(row, `#src-${s.id}-notes`), 'Careful with casualty numbers.');
    await click(buttonByText(row, 'Save source'));
    await waitFor(() => row.textContent?.includes('Saved.'), 'saved');
    const stored = await repos.sources.get(s.id);
    expect([stored?.confidence, stored?.notes]).toEqual([4, 'Careful with casualty numbers.']);
    expect(row.textContent).toMatch(/1 note on claims by or via this source/);
    const nameField = [...row.querySelectorAll<HTMLInputElement>('input[type="text"]')].find((i) => i.value === 'Oksana Markarova')!;
    await typeInto(nameField, 'Oksana S. Markarova');
    await click(buttonByText(row, 'Rename'));
    await eventually(async () => expect((await repos.sources.lookup(['Oksana Markarova']))[0]?.source?.name).toBe('Oksana S. Markarova'));
  });

  it('merges two sources after confirmation', async () => {
    const keep = await repos.sources.save(newSource('The Washington Post', 'news-outlet'));
    const drop = await repos.sources.save(newSource('Wash. Post', 'news-outlet'));
    const row = await waitFor(() => q(root, `[data-source-id="${keep.id}"]`), 'source row');
    await click(buttonByText(row, 'Edit'));
    const mergeSelect = await waitFor(() => [...row.querySelectorAll<HTMLSelectElement>('select')].find((s) => [...s.options].some((o) => o.value === drop.id)), 'merge choice');
    await choose(mergeSelect, drop.id);
    await click(buttonByText(row, 'Merge'));
    await click(buttonByText(q(row, '.confirm')!, 'Merge'));
    await waitFor(() => !q(root, `[data-source-id="${drop.id}"]`), 'merged row gone');
    expect((await repos.sources.get(keep.id))?.aliases).toEqual(['Wash. Post']);
  });

  it('deletes everything only after the phrase is typed', async () => {
    const button = buttonByText(q(root, '#danger')!, 'Delete everything')!;
    expect(button.disabled).toBe(true);
    await typeInto(q<HTMLInputElement>(root, '#delete-phrase'), 'delete');
    expect(button.disabled).toBe(true);
    await typeInto(q<HTMLInputElement>(root, '#delete-phrase'), 'Delete everything');
    expect(button.disabled).toBe(false);
    await click(button);
    await waitFor(() => noteIds().length === 0, 'empty list');
    expect(await repos.notes.count()).toBe(0);
  });

  it('saves settings at once, including a per-site choice', async () => {
    const auto = await waitFor(() => q<HTMLInputElement>(root, '#settings input[type="checkbox"]'), 'settings');
    await click(auto);
    await eventually(async () => expect((await repos.settings.get()).autoScan).toBe(false));
    await typeInto(q<HTMLInputElement>(root, '#settings input[type="text"]'), 'https://www.Example.com/news');
    await click(buttonByText(root, 'Add site'));
    await waitFor(() => root.textContent?.includes('www.example.com'), 'site listed');
    expect((await repos.settings.get()).siteOverrides).toEqual({ 'www.example.com': false });
  });
});

describe('options helpers', () => {
  it('reads a host from what the reader typed', () => {
    expect(hostFromInput('https://www.bbc.com/news')).toBe('www.bbc.com');
    expect(hostFromInput('Example.org')).toBe('example.org');
    expect(hostFromInput('not a host')).toBeNull();
    expect(hostFromInput('')).toBeNull();
  });
  it('splits tags', () => {
    expect(parseTags(' war, economy ,war,, ')).toEqual(['war', 'economy']);
  });
});
