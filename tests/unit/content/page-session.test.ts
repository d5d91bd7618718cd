/** @jest-environment jsdom */
import { buildTextMap } from '../../../src/page/text-map';
import { createPageSession } from '../../../src/content/page-session';
import { createArticleFinder } from '../../../src/page/article-root';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { articleEnv, fakeBackground, fakeRegistry, makeNote, oneStepFinder, wait } from './session-helpers';

const ARTICLE = `<header><p>Site menu said nothing 1</p></header>
<article>
  <h1>Talks collapse</h1>
  <p id="p1">The minister said the talks in Minsk had collapsed.</p>
  <p id="p2">Nobody expected anything else.</p>
  <p id="p3">Prices rose 12 percent in May.</p>
</article>
<footer><p>Footer text said 2024</p></footer>`;

const URL_NOW = () => window.location.href.replace(/#.*$/, '');

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = ARTICLE;
  window.history.replaceState(null, '', '/story-1');
});

describe('page session: scan and paint', () => {
  it('paints the article claims by kind, nothing outside the article, and records the visit', async () => {
    const { api, painted } = fakeRegistry();
    const bg = fakeBackground();
    const session = createPageSession(articleEnv(document, bg.send, api));
    await session.start();
    expect(session.phase).toBe('ready');
    expect(painted('cl-b')).toEqual(['The minister said the talks in Minsk had collapsed.']);
    expect(painted('cl-c')).toEqual(['Prices rose 12 percent in May.']);
    const all = [...session.claims()].map((c) => c.text);
    expect(all.join(' ')).not.toMatch(/Site menu|Footer/);
    expect(session.claims().map((c) => c.id)).toEqual(['c0', 'c1']);
    expect(bg.requests.map((r) => r.type)).toEqual(['settings/get', 'notes/forPage', 'pages/visit']);
    expect(session.analysis.isArticle).toBe(true);
    session.dispose();
  });

  it('honours "never on this site": no scan, no painting, no notes request', async () => {
    const { api, registry } = fakeRegistry();
    const bg = fakeBackground({ settings: { ...DEFAULT_SETTINGS, siteOverrides: { localhost: false } } });
    const session = createPageSession(articleEnv(document, bg.send, api));
    await session.start();
    expect(session.autoScanAllowed).toBe(false);
    expect(registry.size).toBe(0);
    expect(bg.requests.map((r) => r.type)).toEqual(['settings/get']);
    // The popup can still scan on demand.
    await session.scan(true);
    expect(session.claims()).toHaveLength(2);
    session.dispose();
  });

  it('paints only the kinds the settings show', async () => {
    const { api, registry } = fakeRegistry();
    const bg = fakeBackground({ settings: { ...DEFAULT_SETTINGS, kindsShown: ['statistic'] } });
    const session = createPageSession(articleEnv(document, bg.send, api));
    await session.start();
    expect([...registry.keys()]).toEqual(['cl-c']);
    session.dispose();
  });

  it('styles the layers with the reader\'s colour settings', async () => {
    const bg = fakeBackground({ settings: { ...DEFAULT_SETTINGS, colours: { statistic: '#123456' } } });
    const session = createPageSession(articleEnv(document, bg.send, fakeRegistry().api));
    await session.start();
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toMatch(/::highlight\(cl-c\)\{background-color:#123456/);
    session.dispose();
  });

  it('works in slices: a long article yields to the page between slices', async () => {
    const { api } = fakeRegistry();
    document.body.innerHTML = `<article>${Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} said the official.</p>`).join('')}</article>`;
    let yields = 0;
    const session = createPageSession(articleEnv(document, fakeBackground().send, api, {
      sliceMs: 0,
      yieldToPage: () => { yields++; return Promise.resolve(); },
    }));
    await session.start();
    expect(session.claims()).toHaveLength(400);
    expect(yields).toBeGreaterThan(3);
    session.dispose();
  });

  it('fills the claim layers unregistered and registers them once, so no frame between slices repaints a half-filled layer', async () => {
    const { api, registry } = fakeRegistry();
    document.body.innerHTML = `<article>${Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i} said the official.</p>`).join('')}</article>`;
    const seen: number[] = [];
    const session = createPageSession(articleEnv(document, fakeBackground().send, api, {
      sliceMs: 0,
      yieldToPage: () => {
        const layer = registry.get('cl-b');
        if (layer) seen.push(layer.ranges.size);
        return Promise.resolve();
      },
    }));
    await session.start();
    expect(registry.get('cl-b')?.ranges.size).toBe(300);
    // Registered at the yields after painting only, and then complete.
    expect(seen.every((n) => n === 300)).toBe(true);
    session.dispose();
  });

  it('detects the article in slices with the real finder, the page getting its turn between them', async () => {
    const { api } = fakeRegistry();
    const teasers = Array.from({ length: 300 }, (_, i) => `<li><a href="/s${i}">Teaser ${i}</a></li>`).join('');
    const body = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} of the story, in which the agency said the dam held through the night.</p>`).join('');
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = `<nav><ul>${teasers}</ul></nav><div id="story">${body}</div><footer><p>Footer said 2024</p></footer>`;
    const steps: boolean[] = [];
    let yields = 0;
    const session = createPageSession(articleEnv(document, fakeBackground().send, api, {
      createArticleFinder: (d) => {
        const finder = createArticleFinder(d);
        return { step: (deadline) => { const done = finder.step(deadline); steps.push(done); return done; }, result: () => finder.result() };
      },
      sliceMs: 0,
      yieldToPage: () => { yields++; return Promise.resolve(); },
    }));
    await session.start();
    // Several unfinished steps, then one finished one; a yield after each.
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.slice(0, -1).every((done) => !done)).toBe(true);
    expect(steps[steps.length - 1]).toBe(true);
    expect(yields).toBeGreaterThanOrEqual(steps.length);
    expect(session.analysis.isArticle).toBe(true);
    expect(session.claims()).toHaveLength(30);
    expect(session.claims().every((c) => c.text.startsWith('Paragraph'))).toBe(true);
    session.dispose();
  });

  it('a navigation while detection runs abandons it: the old page is never scanned', async () => {
    const { api } = fakeRegistry();
    let steps = 0;
    const env = articleEnv(document, fakeBackground().send, api, {
      // A finder that never finishes on the first page; the second page's finder is the test default.
      createArticleFinder: (d) => (d.location.pathname === '/story-1'
        ? { step: () => { steps++; return false; }, result: () => { throw new Error('unfinished'); } }
        : articleEnv(d, fakeBackground().send, api).createArticleFinder(d)),
      sliceMs: 0,
    });
    const session = createPageSession(env);
    const first = session.start();
    await wait(5);
    expect(steps).toBeGreaterThan(0);
    window.history.pushState(null, '', '/story-2');
    document.body.innerHTML = '<article><p>Second story said 3 things.</p></article>';
    await session.navigate();
    await first;
    const stepsThen = steps;
    await wait(20);
    expect(steps).toBe(stepsThen);
    expect(session.claims().map((c) => c.text)).toEqual(['Second story said 3 things.']);
    session.dispose();
  });

  it('switching highlights off removes them from the registry and hit-testing; on restores them', async () => {
    const { api, registry, painted } = fakeRegistry();
    const session = createPageSession(articleEnv(document, fakeBackground().send, api));
    await session.start();
    let changes = 0;
    session.onChange(() => changes++);
    session.setHighlights(false);
    expect(registry.size).toBe(0);
    expect(session.highlightsOn).toBe(false);
    session.setHighlights(true);
    expect(painted('cl-b')).toHaveLength(1);
    expect(changes).toBe(2);
    session.dispose();
  });
});

describe('page session: notes', () => {
  it('re-anchors saved notes, paints them in the neutral layer and lists orphans without dropping them', async () => {
    const { api, painted } = fakeRegistry();
    const text = buildTextMap(document.querySelector('article')!).text;
    const kept = makeNote('n1', text, 'talks in Minsk', URL_NOW());
    const gone = { ...makeNote('n2', text, 'Nobody expected', URL_NOW()), selector: { quote: { exact: 'a passage that was removed from the story entirely', prefix: '', suffix: '' }, position: { start: 5, end: 40 } } };
    const session = createPageSession(articleEnv(document, fakeBackground({ notes: [kept, gone] }).send, api));
    await session.start();
    expect(painted('cl-n')).toEqual(['talks in Minsk']);
    expect(session.orphanNoteIds()).toEqual(['n2']);
    const notes = session.notes();
    expect(notes.map((n) => [n.note.id, n.range?.toString() ?? null])).toEqual([['n1', 'talks in Minsk'], ['n2', null]]);
    session.dispose();
  });

  it('re-anchors a note after the page was edited (paragraph added before, a word changed)', async () => {
    const { api, painted } = fakeRegistry();
    const text = buildTextMap(document.querySelector('article')!).text;
    const note = makeNote('n1', text, 'The minister said the talks in Minsk had collapsed.', URL_NOW());
    const p1 = document.getElementById('p1')!;
    p1.textContent = 'The minister said the negotiations in Minsk had collapsed.';
    p1.insertAdjacentHTML('beforebegin', '<p>An update was added at the top of the story later.</p>');
    const session = createPageSession(articleEnv(document, fakeBackground({ notes: [note] }).send, api));
    await session.start();
    expect(painted('cl-n')).toEqual(['The minister said the negotiations in Minsk had collapsed.']);
    expect(session.orphanNoteIds()).toEqual([]);
    session.dispose();
  });

  it('upsertNote paints a new note at once and removeNote takes it away', async () => {
    const { api, painted } = fakeRegistry();
    const session = createPageSession(articleEnv(document, fakeBackground().send, api));
    await session.start();
    const range = document.createRange();
    const t = document.getElementById('p2')!.firstChild!;
    range.setStart(t, 0);
    range.setEnd(t, 6);
    const selector = session.describeRange(range)!;
    expect(selector.quote.exact).toBe('Nobody');
    const note = { ...makeNote('n9', 'Nobody', 'Nobody', session.url), selector };
    session.upsertNote(note);
    expect(painted('cl-n')).toEqual(['Nobody']);
    session.removeNote('n9');
    expect(painted('cl-n')).toEqual([]);
    session.dispose();
  });

  it('places notes on a non-article page against the body text, without scanning claims', async () => {
    document.body.innerHTML = '<main><p>A forum post where someone said the figures were made up.</p></main><div><p>Sidebar</p></div>';
    const text = buildTextMap(document.body).text;
    const note = makeNote('n1', text, 'the figures were made up', URL_NOW());
    const { api, painted } = fakeRegistry();
    const env = articleEnv(document, fakeBackground({ notes: [note] }).send, api);
    env.createArticleFinder = oneStepFinder(() => ({ isArticle: false, root: null, reason: 'none', exclude: () => false }));
    const session = createPageSession(env);
    await session.start();
    expect(session.claims()).toHaveLength(0);
    expect(painted('cl-n')).toEqual(['the figures were made up']);
    session.dispose();
  });
});

describe('page session: selections and hit-testing', () => {
  it('claimOverlapping picks the claim that shares most text with a selection', async () => {
    const session = createPageSession(articleEnv(document, fakeBackground().send, fakeRegistry().api));
    await session.start();
    const r = document.createRange();
    r.setStart(document.getElementById('p2')!.firstChild!, 10);
    r.setEnd(document.getElementById('p3')!.firstChild!, 12);
    expect(session.claimOverlapping(r)?.text).toBe('Prices rose 12 percent in May.');
    session.dispose();
  });

  it('describeRange returns null for a selection outside the mapped article', async () => {
    const session = createPageSession(articleEnv(document, fakeBackground().send, fakeRegistry().api));
    await session.start();
    const r = document.createRange();
    r.selectNodeContents(document.querySelector('footer p')!);
    expect(session.describeRange(r)).toBeNull();
    session.dispose();
  });

  it('claimAtPoint maps the caret under the point to the claim there', async () => {
    const session = createPageSession(articleEnv(document, fakeBackground().send, fakeRegistry().api));
    await session.start();
    const p3 = document.getElementById('p3')!.firstChild!;
    const p2 = document.getElementById('p2')!.firstChild!;
    const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range };
    doc.caretRangeFromPoint = (x) => {
      const r = document.createRange();
      r.setStart(x > 100 ? p3 : p2, 3);
      return r;
    };
    try {
      expect(session.claimAtPoint(200, 10)?.kind).toBe('statistic');
      expect(session.claimAtPoint(50, 10)).toBeNull(); // p2 holds no claim
      session.setHighlights(false);
      expect(session.claimAtPoint(200, 10)).toBeNull(); // nothing to click when highlights are off
    } finally {
      Reflect.deleteProperty(doc, 'caretRangeFromPoint');
      session.dispose();
    }
  });
});

describe('page session: hit-testing with the standard caret API', () => {
  it('uses caretPositionFromPoint (Firefox, new Chromium) when the document has it', async () => {
    const session = createPageSession(articleEnv(document, fakeBackground().send, fakeRegistry().api));
    await session.start();
    const p1 = document.getElementById('p1')!.firstChild!;
    const doc = document;
    Object.defineProperty(doc, 'caretPositionFromPoint', { configurable: true, value: () => ({ offsetNode: p1, offset: 10 }) });
    try {
      expect(session.claimAtPoint(5, 5)?.text).toBe('The minister said the talks in Minsk had collapsed.');
    } finally {
      Reflect.deleteProperty(doc, 'caretPositionFromPoint');
      session.dispose();
    }
  });
});

describe('page session: live pages and navigation', () => {
  it('scans appended paragraphs incrementally and paints only the new claims', async () => {
    const { api, painted } = fakeRegistry();
    const session = createPageSession(articleEnv(document, fakeBackground().send, api));
    await session.start();
    const article = document.querySelector('article')!;
    for (let i = 0; i < 3; i++) article.insertAdjacentHTML('beforeend', `<p>Update ${i}: a spokesman said more talks are planned.</p>`);
    await wait(80);
    expect(session.claims().map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(painted('cl-b')).toHaveLength(4);
    expect(painted('cl-b')[3]).toBe('Update 2: a spokesman said more talks are planned.');
    session.dispose();
  });

  it('rescans when mapped text changes in place, keeping and re-placing the notes', async () => {
    const { api, painted } = fakeRegistry();
    const text = buildTextMap(document.querySelector('article')!).text;
    const note = makeNote('n1', text, 'Nobody expected anything else.', URL_NOW());
    const session = createPageSession(articleEnv(document, fakeBackground({ notes: [note] }).send, api));
    await session.start();
    document.getElementById('p2')!.insertAdjacentHTML('beforebegin', '<p>Officials said a ceasefire starts at noon.</p>');
    await wait(120);
    expect(painted('cl-b')).toContain('Officials said a ceasefire starts at noon.');
    expect(painted('cl-n')).toEqual(['Nobody expected anything else.']);
    session.dispose();
  });

  it('a same-document navigation to a new URL rescans and fetches the new page\'s notes', async () => {
    const { api, painted } = fakeRegistry();
    const bg = fakeBackground({ notes: (url) => (url.endsWith('/story-2') ? [makeNote('n7', 'Second story said 3 things.', 'Second story', url)] : []) });
    const session = createPageSession(articleEnv(document, bg.send, api));
    await session.start();
    window.history.pushState(null, '', '/story-2');
    document.body.innerHTML = '<article><p>Second story said 3 things.</p></article>';
    await session.navigate();
    expect(session.url).toMatch(/\/story-2$/);
    expect(session.claims().map((c) => c.text)).toEqual(['Second story said 3 things.']);
    expect(painted('cl-n')).toEqual(['Second story']);
    const forPage = bg.requests.filter((r) => r.type === 'notes/forPage');
    expect(forPage).toHaveLength(2);
    session.dispose();
  });
});

describe('page session: content added while the scan runs', () => {
  it('does not miss a paragraph appended between two slices of the initial scan', async () => {
    const { api, painted } = fakeRegistry();
    document.body.innerHTML = `<article>${Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} of the story, the agency said.</p>`).join('')}</article>`;
    let yields = 0;
    const env = articleEnv(document, fakeBackground().send, api, {
      sliceMs: 0,
      yieldToPage: () => {
        // Halfway through the scan the page appends a post (a live blog does this at any moment).
        if (++yields === 5) document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Late post: the mayor said the road is open.</p>');
        return new Promise((r) => setTimeout(r, 0));
      },
    });
    const session = createPageSession(env);
    await session.start();
    await wait(80);
    expect(painted('cl-b')).toContain('Late post: the mayor said the road is open.');
    expect(session.claims()).toHaveLength(61);
    session.dispose();
  });
});

describe('page session: <mark> fallback (no CSS.highlights)', () => {
  it('paints claims and notes as marks, keeps offsets valid after wrapping, and unwraps when switched off', async () => {
    const text = buildTextMap(document.querySelector('article')!).text;
    const note = makeNote('n1', text, 'Nobody expected', URL_NOW());
    const session = createPageSession(articleEnv(document, fakeBackground({ notes: [note] }).send, null));
    await session.start();
    const marks = () => [...document.querySelectorAll('mark[data-cl]')].map((m) => `${m.getAttribute('data-cl')}:${m.textContent}`);
    expect(marks()).toEqual(['cl-b:The minister said the talks in Minsk had collapsed.', 'cl-n:Nobody expected', 'cl-c:Prices rose 12 percent in May.']);
    // The text nodes were split by the wrapping; selectors made now still point at the right text.
    const r = document.createRange();
    r.selectNodeContents(document.getElementById('p3')!);
    expect(session.describeRange(r)?.quote.exact).toBe('Prices rose 12 percent in May.');
    expect(session.claimRange('c1')?.toString()).toBe('Prices rose 12 percent in May.');
    let changes = 0;
    session.onChange(() => changes++);
    session.setHighlights(false);
    expect(marks()).toEqual([]);
    expect(document.getElementById('p1')!.textContent).toBe('The minister said the talks in Minsk had collapsed.');
    // Our own unwrapping is not mistaken for a page change (which would rescan and notify again).
    await wait(60);
    expect(changes).toBe(1);
    expect(marks()).toEqual([]);
    expect(session.claims().map((c) => c.id)).toEqual(['c0', 'c1']);
    session.dispose();
  });
});
