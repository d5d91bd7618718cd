/** @jest-environment jsdom */
import { cardRoot, fakeDeps, fakeSession, flush, pageWith, rangeOf, shadowRoots } from './card-fixture';
import { installCard } from '../../../src/content/card/install-card';
import { installSelectionNotes } from '../../../src/content/selection/install-selection-notes';
import type { Attribution, Note } from '../../../src/core/model';

const WHO: Attribution = { speaker: 'Anton Gerashchenko', role: 'adviser', sourceType: 'named-person', cue: 'wrote', medium: 'Facebook post', via: 'Reuters' };
const TEXT = 'Background words here. Gerashchenko wrote that 40 drones were shot down overnight. More text follows.';
const CLAIM = 'Gerashchenko wrote that 40 drones were shot down overnight.';

function setup() {
  const node = pageWith(TEXT);
  const session = fakeSession(node, [{ id: 'c0', text: CLAIM, kind: 'statistic', checkWorthiness: 0.9, attribution: WHO }]);
  const deps = fakeDeps({
    'sources/lookup': (req) => ({ ok: true, value: req.names.map((name) => ({ name, source: null })) }),
    'notes/save': (req) => ({ ok: true, value: req.note }),
  });
  const card = installCard(session, deps);
  const notes = installSelectionNotes(session, card, deps);
  return { node, session, deps, card, notes };
}

function select(range: Range) {
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}

afterEach(() => {
  window.getSelection()?.removeAllRanges();
  document.documentElement.querySelectorAll(':scope > div').forEach((d) => d.remove());
});

test('the context-menu/shortcut message turns the selection into a draft note with selectors and attribution', async () => {
  const { node, deps, card } = setup();
  const start = TEXT.indexOf('40 drones');
  select(rangeOf(node, start, start + '40 drones were shot down'.length));
  const reply = await deps.deliver({ type: 'page/addNoteFromSelection' });
  expect(reply).toEqual({ opened: true });
  expect(card.isOpen()).toBe(true);
  const root = cardRoot();
  expect(root.querySelector('.quote')!.textContent).toBe('40 drones were shot down');
  expect(root.querySelector('form')).not.toBeNull();
  expect(root.querySelector<HTMLSelectElement>('select[name=verdict]')!.value).toBe('unverified');

  root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
  const save = deps.sent.find((r) => r.type === 'notes/save');
  const note = (save as { note: Note }).note;
  expect(note).toMatchObject({
    id: 'note-1', pageUrl: 'https://news.example/article', verdict: 'unverified', claimText: CLAIM, attribution: WHO,
    selector: { quote: { exact: '40 drones were shot down', prefix: TEXT.slice(start - 8, start), suffix: TEXT.slice(start + 24, start + 32) }, position: { start, end: start + 24 } },
    createdAt: '2026-11-25T12:00:00.000Z',
  });
});

test('a selection outside any claim makes a note without attribution', async () => {
  const { node, deps } = setup();
  select(rangeOf(node, 0, 'Background words'.length));
  await deps.deliver({ type: 'page/addNoteFromSelection' });
  cardRoot().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
  const note = (deps.sent.find((r) => r.type === 'notes/save') as { note: Note }).note;
  expect(note.attribution).toBeNull();
  expect(note.claimText).toBe('Background words');
});

test('with no selection the message answers why, and no card opens', async () => {
  const { deps, card } = setup();
  const reply = await deps.deliver({ type: 'page/addNoteFromSelection' });
  expect(reply).toEqual({ opened: false, reason: 'Select the text you want to note first.' });
  expect(card.isOpen()).toBe(false);
  const status = shadowRoots.at(-1)!.querySelector('[role=status]')!;
  expect(status.textContent).toBe('Select the text you want to note first.');
});

test('text outside the mapped article is refused with a reason', async () => {
  const { deps } = setup();
  const other = document.createElement('div');
  other.textContent = 'Footer navigation';
  document.body.appendChild(other);
  const r = document.createRange();
  r.selectNodeContents(other);
  select(r);
  const reply = (await deps.deliver({ type: 'page/addNoteFromSelection' })) as { opened: boolean; reason: string };
  expect(reply.opened).toBe(false);
  expect(reply.reason).toMatch(/outside the part of the page/);
});

test('the floating button appears after a selection and opens the note form', async () => {
  const { node, card } = setup();
  select(rangeOf(node, TEXT.indexOf('shot down'), TEXT.indexOf('shot down') + 9));
  document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  await flush();
  const root = shadowRoots.filter((r) => r.querySelector('button.pill')).at(-1)!;
  const pill = root.querySelector<HTMLButtonElement>('button.pill')!;
  expect(pill.hidden).toBe(false);
  expect(pill.getAttribute('aria-label')).toBe('Add fact-check note for the selected text');
  pill.click();
  expect(pill.hidden).toBe(true);
  expect(card.isOpen()).toBe(true);
  expect(cardRoot().querySelector('.quote')!.textContent).toBe('shot down');
});

test('the button stays hidden for a collapsed selection', async () => {
  const { node } = setup();
  select(rangeOf(node, 5, 5));
  document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  await flush();
  expect(shadowRoots.some((r) => r.host.isConnected && r.querySelector('button.pill:not([hidden])'))).toBe(false);
});

test('page/stepClaim opens the next claim card and answers its id', async () => {
  const { deps, card } = setup();
  await expect(deps.deliver({ type: 'page/stepClaim', direction: 1 })).resolves.toEqual({ claimId: 'c0' });
  expect(card.isOpen()).toBe(true);
});

test('dispose stops answering messages', () => {
  const { deps, notes, card } = setup();
  notes.dispose();
  card.dispose();
  expect(deps.deliver({ type: 'page/addNoteFromSelection' })).toBeUndefined();
});

test('a selection the page cleared before the menu message arrives is found again from the menu\'s selectedText', async () => {
  const { deps, card } = setup();
  const reply = await deps.deliver({ type: 'page/addNoteFromSelection', selectionText: ' shot down overnight ' });
  expect(reply).toEqual({ opened: true });
  expect(card.isOpen()).toBe(true);
  expect(cardRoot().querySelector('.quote')!.textContent).toBe('shot down overnight');
});
