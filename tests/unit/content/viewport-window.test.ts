/** @jest-environment jsdom */
// Windowed painting on huge pages: above the threshold only ranges near the viewport are registered, and
// the window follows scrolling. Layout is faked: paragraph i is 100 px tall at y = i * 100.
import { createPainter } from '../../../src/content/highlights/painter';
import type { HighlightApi } from '../../../src/content/highlights/painter';
import type { ViewportEnv } from '../../../src/content/highlights/viewport-window';
import { inDocumentOrder, insertInOrder, spanBetween } from '../../../src/content/highlights/viewport-window';

const PARAS = 60;
const WINDOW = { threshold: 20, marginScreens: 2, slackScreens: 0.5 };

function fakeApi() {
  const registry = new Map<string, FakeHighlight>();
  class FakeHighlight {
    ranges = new Set<Range>();
    priority = 0;
    clears = 0;
    add(r: Range) {
      this.ranges.add(r);
    }
    clear() {
      this.clears++;
      this.ranges.clear();
    }
  }
  const api: HighlightApi = {
    registry: { set: (n, h) => registry.set(n, h as FakeHighlight), delete: (n) => registry.delete(n) },
    create: () => new FakeHighlight(),
  };
  /** Paragraph indices painted in a layer, sorted. */
  const painted = (name: string) => [...(registry.get(name)?.ranges ?? [])].map(paraOf).sort((a, b) => a - b);
  return { api, registry, painted };
}

function paraOf(r: Range): number {
  return Number((r.startContainer.parentElement as HTMLElement).dataset.i);
}

function fakeViewport() {
  let scrollTop = 0;
  let queued: Array<() => void> = [];
  const listeners = new Set<() => void>();
  const env: ViewportEnv = {
    measure: (r) => {
      const top = paraOf(r) * 100 - scrollTop;
      return { top, bottom: top + 100 };
    },
    viewportHeight: () => 300,
    schedule: (fn) => void queued.push(fn),
    listen: (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  const flush = () => {
    const q = queued;
    queued = [];
    for (const fn of q) fn();
  };
  const scrollTo = (y: number) => {
    scrollTop = y;
    for (const fn of listeners) fn();
    flush();
  };
  return { env, flush, scrollTo, listeners, pending: () => queued.length };
}

/** A range over paragraph i's text. */
function para(i: number): Range {
  const t = document.querySelector(`p[data-i="${i}"]`)!.firstChild!;
  const r = document.createRange();
  r.setStart(t, 0);
  r.setEnd(t, (t as Text).length);
  return r;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = range(0, PARAS).map((i) => `<p data-i="${i}">Paragraph ${i} said something.</p>`).join('');
});

describe('viewport-windowed highlight painter', () => {
  it('registers every range on pages up to the threshold, without listening to scrolling', () => {
    const { api, painted } = fakeApi();
    const vp = fakeViewport();
    const painter = createPainter(document, { api, viewport: vp.env, window: WINDOW });
    painter.set('attributed', range(0, 20).map(para));
    expect(painted('cl-b')).toEqual(range(0, 20));
    expect(vp.listeners.size).toBe(0);
    expect(vp.pending()).toBe(0);
  });

  it('above the threshold registers only ranges within two screens of the viewport, and follows scrolling', () => {
    const { api, painted } = fakeApi();
    const vp = fakeViewport();
    const painter = createPainter(document, { api, viewport: vp.env, window: WINDOW });
    painter.set('attributed', range(0, PARAS).map(para));
    vp.flush();
    // Band [-600, 900] px: paragraphs whose box reaches into it.
    expect(painted('cl-b')).toEqual(range(0, 10));
    vp.scrollTo(3000);
    // Band [2400, 3900] in page coordinates: paragraphs 23 (bottom 2400) to 39 (top 3900).
    expect(painted('cl-b')).toEqual(range(23, 40));
    vp.scrollTo(PARAS * 100);
    expect(painted('cl-b')).toEqual(range(53, PARAS));
  });

  it('does not rebuild the window for a small scroll inside it', () => {
    const { api, registry } = fakeApi();
    const vp = fakeViewport();
    const painter = createPainter(document, { api, viewport: vp.env, window: WINDOW });
    painter.set('statistic', range(0, PARAS).map(para));
    vp.scrollTo(3000);
    const h = registry.get('cl-c')!;
    const clears = h.clears;
    const before = [...h.ranges];
    vp.scrollTo(3100);
    expect(h.clears).toBe(clears);
    expect([...h.ranges]).toEqual(before);
    vp.scrollTo(4000); // the viewport ± half a screen leaves the painted band: rebuilt
    expect(h.clears).toBe(clears + 1);
  });

  it('keeps ranges added out of order (a live blog prepending posts) and notes in the window', () => {
    const { api, painted } = fakeApi();
    const vp = fakeViewport();
    const painter = createPainter(document, { api, viewport: vp.env, window: WINDOW });
    painter.add('quote', range(30, PARAS).map(para));
    painter.add('quote', range(0, 30).map(para)); // newer posts at the top, added later
    painter.set('noted', [para(2), para(45)]);
    vp.flush();
    expect(painted('cl-a')).toEqual(range(0, 10));
    expect(painted('cl-n')).toEqual([2]);
    vp.scrollTo(4500);
    expect(painted('cl-a')).toEqual(range(38, 55));
    expect(painted('cl-n')).toEqual([45]);
  });

  it('fills while hidden, paints the window when shown, and goes back to painting all below the threshold', () => {
    const { api, registry, painted } = fakeApi();
    const vp = fakeViewport();
    const painter = createPainter(document, { api, viewport: vp.env, window: WINDOW });
    painter.setVisible(false);
    for (const i of range(0, PARAS)) painter.add('assertion', [para(i)]);
    vp.flush();
    expect(registry.has('cl-d')).toBe(false);
    painter.setVisible(true);
    vp.flush();
    expect(painted('cl-d')).toEqual(range(0, 10));
    painter.set('assertion', range(40, 50).map(para));
    expect(painted('cl-d')).toEqual(range(40, 50));
    expect(vp.listeners.size).toBe(0);
  });

  it('stops listening to scrolling when disposed', () => {
    const { api, registry } = fakeApi();
    const vp = fakeViewport();
    const painter = createPainter(document, { api, viewport: vp.env, window: WINDOW });
    painter.set('attributed', range(0, PARAS).map(para));
    expect(vp.listeners.size).toBe(1);
    painter.dispose();
    expect(vp.listeners.size).toBe(0);
    expect(registry.size).toBe(0);
  });
});

describe('document-order helpers', () => {
  it('sorts ranges into document order and inserts in place', () => {
    const sorted = inDocumentOrder([para(5), para(1), para(3)]);
    expect(sorted.map(paraOf)).toEqual([1, 3, 5]);
    insertInOrder(sorted, para(4));
    insertInOrder(sorted, para(0));
    insertInOrder(sorted, para(9));
    expect(sorted.map(paraOf)).toEqual([0, 1, 3, 4, 5, 9]);
  });

  it('finds the span of ranges reaching into a band with binary search', () => {
    const list = range(0, 1000).map(para2);
    let measured = 0;
    const measure = (r: Range) => {
      measured++;
      const top = paraOf(r) * 10;
      return { top, bottom: top + 10 };
    };
    expect(spanBetween(list, measure, 2005, 3000)).toEqual([200, 301]);
    expect(measured).toBeLessThan(30);
    expect(spanBetween(list, measure, 20_000, 30_000)).toEqual([1000, 1000]);
    expect(spanBetween([], measure, 0, 10)).toEqual([0, 0]);
  });
});

/** A detached-from-layout range labelled i (for the pure span search only). */
function para2(i: number): Range {
  const p = document.createElement('p');
  p.dataset.i = String(i);
  p.textContent = 'x';
  const r = document.createRange();
  r.setStart(p.firstChild!, 0);
  return r;
}
