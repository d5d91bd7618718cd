/** @jest-environment jsdom */
import { createRequestHub, pageRequestHandler, scrollFocus } from '../../../src/content/messages';
import type { RuntimeLike } from '../../../src/content/messages';
import { createPageSession } from '../../../src/content/page-session';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import type { PageReport } from '../../../src/messaging/protocol';
import { articleEnv, fakeBackground, fakeRegistry } from './session-helpers';

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

function fakeRuntime() {
  const listeners: Listener[] = [];
  const runtime: RuntimeLike = {
    id: 'ext-1',
    onMessage: { addListener: (fn) => listeners.push(fn), removeListener: (fn) => listeners.splice(listeners.indexOf(fn), 1) },
  };
  const deliver = (message: unknown, sender = { id: 'ext-1' }) => listeners[0]?.(message, sender);
  return { runtime, listeners, deliver };
}

describe('request hub', () => {
  it('routes a request to the first handler that owns it and wraps plain values in a Result', async () => {
    const { runtime, deliver } = fakeRuntime();
    const hub = createRequestHub(runtime);
    hub.listen((r) => (r.type === 'page/stepClaim' ? Promise.resolve({ claimId: 'c3' }) : undefined));
    hub.listen((r) => (r.type === 'page/focusClaim' ? Promise.resolve({ ok: true, value: { found: true } }) : undefined));
    await expect(deliver({ type: 'page/stepClaim', direction: 1 })).resolves.toEqual({ ok: true, value: { claimId: 'c3' } });
    await expect(deliver({ type: 'page/focusClaim', claimId: 'c1' })).resolves.toEqual({ ok: true, value: { found: true } });
    expect(deliver({ type: 'ping' })).toBeUndefined();
  });

  it('turns a handler failure into an error value and ignores foreign senders and malformed messages', async () => {
    const { runtime, deliver } = fakeRuntime();
    const hub = createRequestHub(runtime);
    hub.listen(() => Promise.reject(new Error('boom')));
    await expect(deliver({ type: 'page/analysis' })).resolves.toEqual({ ok: false, error: 'boom' });
    expect(deliver({ type: 'page/analysis' }, { id: 'other-extension' })).toBeUndefined();
    expect(deliver('page/analysis')).toBeUndefined();
    hub.dispose();
  });
});

describe('popup requests', () => {
  beforeEach(() => {
    document.body.innerHTML = '<article><p>The minister said the talks failed.</p><p>Prices rose 12 percent.</p></article>';
  });

  it('page/analysis reports the claims, the URL, the switch and the orphans', async () => {
    const session = createPageSession(articleEnv(document, fakeBackground().send, fakeRegistry().api));
    void session.start();
    const handle = pageRequestHandler(session, scrollFocus(session));
    const report = (await handle({ type: 'page/analysis' })) as PageReport;
    expect(report.analysis.claims.map((c) => c.kind)).toEqual(['attributed', 'statistic']);
    expect(report.highlightsOn).toBe(true);
    expect(report.orphanNoteIds).toEqual([]);
    expect(report.host).toBe(window.location.hostname);
    session.dispose();
  });

  it('"Scan anyway" (force) scans a site set to never; toggleHighlights flips the switch', async () => {
    const bg = fakeBackground({ settings: { ...DEFAULT_SETTINGS, siteOverrides: { localhost: false } } });
    const { api, registry } = fakeRegistry();
    const session = createPageSession(articleEnv(document, bg.send, api));
    await session.start();
    const handle = pageRequestHandler(session, scrollFocus(session));
    expect(((await handle({ type: 'page/analysis' })) as PageReport).analysis.claims).toHaveLength(0);
    expect(((await handle({ type: 'page/analysis', force: true })) as PageReport).analysis.claims).toHaveLength(2);
    await expect(handle({ type: 'page/toggleHighlights' })).resolves.toEqual({ on: false });
    expect(registry.size).toBe(0);
    await expect(handle({ type: 'page/toggleHighlights', on: true })).resolves.toEqual({ on: true });
    expect(registry.size).toBe(2);
    session.dispose();
  });

  it('page/focusClaim scrolls to a known claim and reports an unknown one as not found', async () => {
    const session = createPageSession(articleEnv(document, fakeBackground().send, fakeRegistry().api));
    await session.start();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) { scrolled.push(this); };
    const handle = pageRequestHandler(session, scrollFocus(session));
    await expect(handle({ type: 'page/focusClaim', claimId: 'c1' })).resolves.toEqual({ found: true });
    expect(scrolled[0]?.textContent).toBe('Prices rose 12 percent.');
    await expect(handle({ type: 'page/focusClaim', claimId: 'c99' })).resolves.toEqual({ found: false });
    await expect(handle({ type: 'page/focusNote', noteId: 'nope' })).resolves.toEqual({ found: false });
    expect(handle({ type: 'ping' })).toBeUndefined();
    session.dispose();
  });
});
