import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { LIMITS, validateNote, validatePage, validateRequest, validateSender, validateSettings } from '../../../src/messaging/validate';
import { makeNote } from '../storage/helpers';

const self = { runtimeId: 'abcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnop/' };

describe('validateRequest', () => {
  it('accepts every well-formed request the background and content script answer', () => {
    const good: unknown[] = [
      { type: 'ping' },
      { type: 'notes/forPage', url: 'https://example.com/a' },
      { type: 'notes/save', note: makeNote() },
      { type: 'notes/delete', id: 'n1' },
      { type: 'sources/lookup', names: ['Reuters', 'Oksana Markarova'] },
      { type: 'pages/visit', page: { url: 'https://example.com/a', canonicalUrl: null, title: 'A', siteName: null, publishedAt: null, firstSeenAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-01-01T00:00:00.000Z' } },
      { type: 'settings/get' },
      { type: 'settings/save', settings: DEFAULT_SETTINGS },
      { type: 'page/analysis' },
      { type: 'page/analysis', force: true },
      { type: 'page/toggleHighlights' },
      { type: 'page/focusClaim', claimId: 'c1' },
      { type: 'page/addNoteFromSelection', selectionText: 'x' },
      { type: 'page/stepClaim', direction: -1 },
      { type: 'ui/openPopup' },
    ];
    for (const message of good) expect(validateRequest(message)).toEqual({ ok: true, value: message });
  });

  it('drops fields it does not know (nothing unexpected reaches the database)', () => {
    const note = { ...makeNote(), __proto_pollution: 1, html: '<img onerror=x>' };
    const r = validateRequest({ type: 'notes/save', note, extra: true });
    expect(r.ok && Object.keys(r.value)).toEqual(['note', 'type']);
    expect(r.ok && r.value.type === 'notes/save' && Object.keys(r.value.note)).not.toContain('html');
  });

  it.each([
    [null, /request: must be an object/],
    ['ping', /must be an object/],
    [{}, /unknown request type/],
    [{ type: 'notes/nuke' }, /unknown request type "notes\/nuke"/],
    [{ type: 'toString' }, /unknown request type/],
    [{ type: 'notes/forPage' }, /request.url: must be a string/],
    [{ type: 'notes/forPage', url: 'javascript:alert(1)' }, /request.url: must be an http\(s\) URL/],
    [{ type: 'notes/forPage', url: `https://e.com/${'a'.repeat(LIMITS.url)}` }, /longer than/],
    [{ type: 'notes/delete', id: '' }, /must not be empty/],
    [{ type: 'sources/lookup', names: 'Reuters' }, /must be a list/],
    [{ type: 'sources/lookup', names: Array(LIMITS.names + 1).fill('x') }, /more than 500 items/],
    [{ type: 'sources/lookup', names: [1] }, /names\[0\]: must be a string/],
    [{ type: 'page/stepClaim', direction: 2 }, /must be 1 or -1/],
    [{ type: 'settings/save', settings: { ...DEFAULT_SETTINGS, kindsShown: ['evil'] } }, /kindsShown\[0\]: must be one of/],
  ])('refuses %j', (message, error) => {
    const r = validateRequest(message);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(error);
  });
});

describe('validateNote', () => {
  const bad = (patch: Record<string, unknown>) => {
    const r = validateNote({ ...makeNote(), ...patch }, 'note');
    return r.ok ? 'ok' : r.error;
  };
  it('says which field is wrong and why', () => {
    expect(bad({})).toBe('ok');
    expect(bad({ verdict: 'lies' })).toMatch(/^note.verdict: must be one of unverified/);
    expect(bad({ confidence: 6 })).toMatch(/^note.confidence: must be a whole number from 1 to 5/);
    expect(bad({ confidence: null })).toBe('ok');
    expect(bad({ evidence: ['data:text/html,x'] })).toMatch(/^note.evidence\[0\]: must be an http\(s\) URL/);
    expect(bad({ tags: [''] })).toMatch(/^note.tags\[0\]: must not be empty/);
    expect(bad({ body: 'x'.repeat(LIMITS.body + 1) })).toMatch(/^note.body: is longer than/);
    expect(bad({ createdAt: 'yesterday' })).toMatch(/^note.createdAt: must be an ISO 8601/);
    expect(bad({ selector: { quote: { exact: 'a', prefix: '', suffix: '' }, position: { start: 5, end: 2 } } })).toMatch(/end must not be before start/);
    expect(bad({ selector: { quote: { exact: 'a', prefix: '', suffix: '' }, position: { start: -1, end: 2 } } })).toMatch(/position.start/);
    expect(bad({ attribution: { speaker: 'X', role: null, sourceType: 'alien', cue: null, medium: null, via: null } })).toMatch(/attribution.sourceType/);
    expect(bad({ id: undefined })).toMatch(/^note.id: must be a string/);
  });
});

describe('validatePage', () => {
  const page = { url: 'https://news.example/a', canonicalUrl: null, title: 'A', siteName: null, publishedAt: null, firstSeenAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-01-01T00:00:00.000Z' };
  it('cuts or drops odd site metadata instead of losing the visit', () => {
    const r = validatePage({ ...page, title: 'T'.repeat(5000), canonicalUrl: 'javascript:alert(1)', publishedAt: 'x'.repeat(100) }, 'page');
    expect(r.ok && [r.value.title?.length, r.value.canonicalUrl, r.value.publishedAt?.length]).toEqual([2000, null, 64]);
  });
  it('still refuses a wrong address or time', () => {
    expect(validatePage({ ...page, url: 'about:blank' }, 'page').ok).toBe(false);
    expect(validatePage({ ...page, lastSeenAt: 'now' }, 'page').ok).toBe(false);
    expect(validatePage({ ...page, title: 5 }, 'page').ok).toBe(false);
  });
});

describe('validateSettings', () => {
  it('accepts valid settings and refuses bad hosts and colours', () => {
    expect(validateSettings({ autoScan: false, siteOverrides: { 'www.example.com': false }, kindsShown: ['quote'], colours: { noted: '#fc0' } }, 's').ok).toBe(true);
    const r1 = validateSettings({ ...DEFAULT_SETTINGS, siteOverrides: { '<script>': true } }, 's');
    expect(!r1.ok && r1.error).toMatch(/is not a host name/);
    const r2 = validateSettings({ ...DEFAULT_SETTINGS, colours: { evil: 'red' } }, 's');
    expect(!r2.ok && r2.error).toMatch(/colours/);
    expect(validateSettings({ ...DEFAULT_SETTINGS, autoScan: 'yes' }, 's').ok).toBe(false);
  });
});

describe('validateSender', () => {
  it('accepts our own pages and our content script in a tab', () => {
    expect(validateSender({ id: self.runtimeId, url: 'chrome-extension://abcdefghijklmnop/popup.html' }, self)).toEqual({ ok: true, value: 'extension-page' });
    expect(validateSender({ id: self.runtimeId, url: 'https://news.example/a', tab: { id: 4 } }, self)).toEqual({ ok: true, value: 'content-script' });
    // The popup opened in a tab has a tab too, and is still an extension page.
    expect(validateSender({ id: self.runtimeId, url: 'chrome-extension://abcdefghijklmnop/popup.html', tab: { id: 9 } }, self)).toEqual({ ok: true, value: 'extension-page' });
  });

  it.each([
    [undefined, /did not come from Claimlight/],
    [{ id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }, /did not come from Claimlight/],
    [{ url: 'https://evil.example/' }, /did not come from Claimlight/],
    [{ id: self.runtimeId, url: 'chrome-extension://zzzz/page.html' }, /another extension/],
    [{ id: self.runtimeId, url: 'moz-extension://other-uuid/page.html', tab: { id: 1 } }, /another extension/],
    [{ id: self.runtimeId, url: 'https://news.example/a' }, /neither a Claimlight page nor its content script/],
  ])('refuses %j', (sender, error) => {
    const r = validateSender(sender, self);
    expect(!r.ok && r.error).toMatch(error);
  });
});
