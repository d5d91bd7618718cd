/** @jest-environment jsdom */
import { cardRoot, fakeDeps, fakeSession, flush, pageWith, shadowRoots } from './card-fixture';
import { installCard } from '../../../src/content/card/install-card';
import type { Attribution, Source } from '../../../src/core/model';

const MARKAROVA: Attribution = {
  speaker: 'Oksana Markarova', role: "Ukraine's ambassador to the US", sourceType: 'named-person',
  cue: 'said', medium: 'interview', via: 'Reuters',
};
const SOURCE: Source = {
  id: 's1', name: 'Oksana Markarova', key: 'oksana markarova', aliases: [], type: 'named-person',
  confidence: 4, notes: 'Reliable on embassy logistics.', updatedAt: '2026-01-01T00:00:00Z',
};
const TEXT = 'Intro sentence. The talks will resume on Monday, Markarova said. Closing line.';
const CLAIM = 'The talks will resume on Monday, Markarova said.';

function setup(attribution: Attribution | null = MARKAROVA, text = TEXT, claimText = CLAIM) {
  const node = pageWith(text);
  const session = fakeSession(node, [{ id: 'c0', text: claimText, kind: 'attributed', checkWorthiness: 0.8, attribution }]);
  const deps = fakeDeps({
    'sources/lookup': (req) => ({ ok: true, value: req.names.map((name) => ({ name, source: name === SOURCE.name ? SOURCE : null })) }),
  });
  const card = installCard(session, deps);
  return { node, session, deps, card };
}

afterEach(() => {
  document.documentElement.querySelectorAll(':scope > div').forEach((d) => d.remove());
});

test('renders the claim, its attribution and the source-book entries for speaker and via', async () => {
  const { card, deps } = setup();
  expect(card.openClaim('c0')).toBe(true);
  await flush();
  const root = cardRoot();
  const dialog = root.querySelector('[role=dialog]')!;
  expect(dialog.getAttribute('aria-labelledby')).toBe('cl-card-title');
  expect(root.querySelector('.quote')!.textContent).toBe(CLAIM);
  const field = (name: string) => root.querySelector(`[data-field=${name}] dd`)?.textContent;
  expect(field('speaker')).toBe("Oksana Markarova, Ukraine's ambassador to the US");
  expect(field('source-type')).toBe('Named person');
  expect(field('medium')).toBe('interview');
  expect(field('via')).toBe('Reuters');
  expect(deps.sent).toContainEqual({ type: 'sources/lookup', names: ['Oksana Markarova', 'Reuters'] });
  const speaker = root.querySelector('[data-relation=speaker]')!;
  expect(speaker.textContent).toContain('4/5');
  expect(speaker.querySelector('.source-notes')!.textContent).toBe('Reliable on embassy logistics.');
  expect(root.querySelector('[data-relation=via]')!.textContent).toContain('not in your source book');
});

test('the card lives in a closed shadow root the page cannot open', () => {
  const { card } = setup();
  card.openClaim('c0');
  const host = [...document.documentElement.children].find((el) => shadowRoots.some((r) => r.host === el)) as HTMLElement;
  expect(host).toBeDefined();
  expect(host.shadowRoot).toBeNull();
  expect(host.style.getPropertyValue('all')).toBe('initial');
  expect(host.style.getPropertyPriority('all')).toBe('important');
  expect(document.body.textContent).not.toContain('Reliable on embassy');
});

test('hostile page text ends up as text, never as markup', async () => {
  const hostile = 'He wrote "><script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2">, police said.';
  const { card } = setup({ ...MARKAROVA, speaker: '<b onmouseover=alert(1)>Bob</b>', via: null }, `Lead. ${hostile} End.`, hostile);
  card.openClaim('c0');
  await flush();
  const root = cardRoot();
  expect(root.querySelector('img, script, b')).toBeNull();
  expect(root.querySelector('.quote')!.textContent).toBe(hostile);
  expect(root.querySelector('[data-field=speaker] dd')!.textContent).toContain('<b onmouseover=alert(1)>Bob</b>');
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
});

test('Escape closes the card and gives focus back to where it was', () => {
  const { card } = setup();
  const button = document.createElement('button');
  document.body.appendChild(button);
  button.focus();
  card.openClaim('c0');
  expect(card.isOpen()).toBe(true);
  expect(document.activeElement).not.toBe(button);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(card.isOpen()).toBe(false);
  expect(document.activeElement).toBe(button);
  expect(cardRoot().querySelector('[role=dialog]')).toBeNull();
});

test('a click on a claim opens its card; a click elsewhere closes it', () => {
  const { card, session } = setup();
  session.pointClaim = 'c0';
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 5 }));
  expect(card.isOpen()).toBe(true);
  session.pointClaim = null;
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 500, clientY: 500 }));
  expect(card.isOpen()).toBe(false);
});

test('no card opens from clicks while highlights are off', () => {
  const { card, session } = setup();
  session.pointClaim = 'c0';
  (session as { highlightsOn: boolean }).highlightsOn = false;
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  expect(card.isOpen()).toBe(false);
});

test('step walks the claims in order and wraps around', () => {
  const node = pageWith('A said x. B said y. C said z.');
  const session = fakeSession(node, ['A said x.', 'B said y.', 'C said z.'].map((text, i) => ({ id: `c${i}`, text, kind: 'attributed' as const, checkWorthiness: 0.5, attribution: null })));
  const card = installCard(session, fakeDeps());
  expect(card.step(1)).toBe('c0');
  expect(card.step(1)).toBe('c1');
  expect(card.step(1)).toBe('c2');
  expect(card.step(1)).toBe('c0');
  expect(card.step(-1)).toBe('c2');
  expect(cardRoot().querySelector('.quote')!.textContent).toBe('C said z.');
});

test('add note: the form saves through notes/save and keeps the text when saving fails', async () => {
  const { card, deps, session } = setup();
  let fail = true;
  deps.replies['notes/save'] = (req) => (fail ? { ok: false, error: 'Storage is full' } : { ok: true, value: req.note });
  card.openClaim('c0');
  const root = cardRoot();
  const addButton = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add note')!;
  addButton.click();
  await flush();
  const form = root.querySelector('form')!;
  const body = form.querySelector<HTMLTextAreaElement>('textarea[name=body]')!;
  body.value = 'Embassy denied it the next day.';
  body.dispatchEvent(new Event('input', { bubbles: true }));
  const verdict = form.querySelector<HTMLSelectElement>('select[name=verdict]')!;
  verdict.value = 'misleading';
  verdict.dispatchEvent(new Event('change', { bubbles: true }));
  const evidence = form.querySelector<HTMLTextAreaElement>('textarea[name=evidence]')!;
  evidence.value = 'https://embassy.example/statement';
  evidence.dispatchEvent(new Event('input', { bubbles: true }));
  await flush();

  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
  expect(root.querySelector('[role=alert]')!.textContent).toBe('Not saved: Storage is full');
  expect(root.querySelector<HTMLTextAreaElement>('textarea[name=body]')!.value).toBe('Embassy denied it the next day.');
  expect(session.upserted).toHaveLength(0);

  fail = false;
  root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
  const saved = deps.sent.filter((r) => r.type === 'notes/save').at(-1);
  expect(saved?.type === 'notes/save' && saved.note).toMatchObject({
    pageUrl: 'https://news.example/article', verdict: 'misleading', body: 'Embassy denied it the next day.',
    evidence: ['https://embassy.example/statement'], claimText: CLAIM, attribution: MARKAROVA,
    selector: { quote: { exact: CLAIM }, position: { start: TEXT.indexOf(CLAIM), end: TEXT.indexOf(CLAIM) + CLAIM.length } },
  });
  expect(session.upserted).toHaveLength(1);
  expect(root.querySelector('form')).toBeNull();
  expect(root.querySelector('.note-body')!.textContent).toBe('Embassy denied it the next day.');
  expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Edit note')).toBe(true);
});

test('an invalid evidence link is refused before anything is sent', async () => {
  const { card, deps } = setup();
  card.openClaim('c0');
  const root = cardRoot();
  [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add note')!.click();
  await flush();
  const evidence = root.querySelector<HTMLTextAreaElement>('textarea[name=evidence]')!;
  evidence.value = 'javascript:alert(1)';
  evidence.dispatchEvent(new Event('input', { bubbles: true }));
  await flush();
  root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
  expect(root.querySelector('[role=alert]')!.textContent).toContain('must start with http');
  expect(deps.sent.some((r) => r.type === 'notes/save')).toBe(false);
});

test('a saved note on the claim shows its verdict and body, and the button says Edit note', async () => {
  const { card, session } = setup();
  const start = TEXT.indexOf(CLAIM);
  session.upsertNote({
    id: 'n1', pageUrl: session.url, pageTitle: null,
    selector: { quote: { exact: CLAIM, prefix: '', suffix: '' }, position: { start, end: start + CLAIM.length } },
    claimText: CLAIM, attribution: MARKAROVA, verdict: 'false', confidence: 2, body: '<i>not html</i>',
    evidence: [], tags: ['ukraine'], createdAt: 'x', updatedAt: 'x',
  });
  card.openClaim('c0');
  const root = cardRoot();
  expect(root.querySelector('.verdict')!.textContent).toBe('False');
  expect(root.querySelector('.note-body')!.textContent).toBe('<i>not html</i>');
  expect(root.querySelector('i')).toBeNull();
  expect(root.querySelector('.tags')!.textContent).toBe('#ukraine');
  expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('Edit note');
});

test('Open Claimlight asks the background to open the popup', () => {
  const { card, deps } = setup();
  card.openClaim('c0');
  [...cardRoot().querySelectorAll('button')].find((b) => b.textContent === 'Open Claimlight')!.click();
  expect(deps.sent).toContainEqual({ type: 'ui/openPopup' });
});

test('dispose removes the host and stops listening', () => {
  const { card, session } = setup();
  card.openClaim('c0');
  card.dispose();
  expect([...document.documentElement.children].some((el) => shadowRoots.some((r) => r.host === el))).toBe(false);
  session.pointClaim = 'c0';
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  expect(card.isOpen()).toBe(false);
});

test('closing the card mid-edit keeps the unsaved text; reopening on the same claim brings the form back', async () => {
  const { card } = setup();
  card.openClaim('c0');
  let root = cardRoot();
  [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add note')!.click();
  await flush();
  const body = root.querySelector<HTMLTextAreaElement>('textarea[name=body]')!;
  body.value = 'Half-written thought';
  body.dispatchEvent(new Event('input', { bubbles: true }));
  const tags = root.querySelector<HTMLInputElement>('input[name=tags]')!;
  tags.value = 'later';
  tags.dispatchEvent(new Event('input', { bubbles: true }));
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(card.isOpen()).toBe(false);

  card.openClaim('c0');
  root = cardRoot();
  expect(root.querySelector<HTMLTextAreaElement>('textarea[name=body]')!.value).toBe('Half-written thought');
  expect(root.querySelector<HTMLInputElement>('input[name=tags]')!.value).toBe('later');

  // Cancel is the explicit way to drop it.
  [...root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
  await flush();
  card.close();
  card.openClaim('c0');
  expect(cardRoot().querySelector('form')).toBeNull();
});

test('Edit note saves the same note (same id and createdAt) with the new text', async () => {
  const { card, session, deps } = setup();
  deps.replies['notes/save'] = (req) => ({ ok: true, value: req.note });
  const start = TEXT.indexOf(CLAIM);
  session.upsertNote({
    id: 'n-old', pageUrl: session.url, pageTitle: null,
    selector: { quote: { exact: CLAIM, prefix: '', suffix: '' }, position: { start, end: start + CLAIM.length } },
    claimText: CLAIM, attribution: MARKAROVA, verdict: 'unverified', confidence: null, body: 'first take',
    evidence: [], tags: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  });
  card.openClaim('c0');
  const root = cardRoot();
  [...root.querySelectorAll('button')].find((b) => b.textContent === 'Edit note')!.click();
  await flush();
  const body = root.querySelector<HTMLTextAreaElement>('textarea[name=body]')!;
  expect(body.value).toBe('first take');
  body.value = 'second take';
  body.dispatchEvent(new Event('input', { bubbles: true }));
  root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
  const saved = (deps.sent.filter((r) => r.type === 'notes/save').at(-1) as { note: { id: string; body: string; createdAt: string; updatedAt: string } }).note;
  expect(saved).toMatchObject({ id: 'n-old', body: 'second take', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-11-25T12:00:00.000Z' });
  expect(session.notes()).toHaveLength(1);
  expect(root.querySelector('.note-body')!.textContent).toBe('second take');
});
