/**
 * Viewport windowing for huge pages. Every frame that repaints highlights makes Chromium pre-paint all
 * registered ranges: on the 1,000,000-character live blog 13,600 ranges cost a 70-100 ms frame, 500 ranges
 * near the viewport ~13 ms (measured with a trace; the cost follows the number of ranges, not the page).
 * Above a threshold the painter therefore registers only the ranges near the viewport; this module keeps
 * ranges in document order and finds that window with binary searches over their boxes.
 */

/** When and how wide to window (in ranges and in viewport heights). */
export interface WindowOptions {
  /** More ranges than this in all layers together switch windowing on. */
  readonly threshold: number;
  /** Ranges within this many screens above and below the viewport are registered. */
  readonly marginScreens: number;
  /** The window is rebuilt once the viewport ± this many screens is no longer inside it (< margin). */
  readonly slackScreens: number;
}

export const WINDOW_DEFAULTS: WindowOptions = { threshold: 2000, marginScreens: 2, slackScreens: 0.5 };

/** What windowing needs from the page (injectable so tests run without layout). */
export interface ViewportEnv {
  /** A range's vertical extent in viewport coordinates. */
  measure(range: Range): { top: number; bottom: number };
  viewportHeight(): number;
  /** Runs `fn` before the next frame (coalescing is the caller's job). */
  schedule(fn: () => void): void;
  /** Calls `fn` when the viewport moves or resizes; returns a function that stops listening. */
  listen(fn: () => void): () => void;
}

/** The real page's viewport: range boxes, scroll events of any scroller (capture), rAF. */
export function pageViewport(doc: Document): ViewportEnv | null {
  const win = doc.defaultView;
  if (!win || typeof win.requestAnimationFrame !== 'function') return null;
  return {
    measure: (r) => {
      const box = r.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    },
    viewportHeight: () => win.innerHeight || doc.documentElement.clientHeight,
    schedule: (fn) => void win.requestAnimationFrame(() => fn()),
    listen: (fn) => {
      const opts = { capture: true, passive: true } as const;
      doc.addEventListener('scroll', fn, opts);
      win.addEventListener('resize', fn, opts);
      return () => {
        doc.removeEventListener('scroll', fn, opts);
        win.removeEventListener('resize', fn, opts);
      };
    },
  };
}

/** Document order of two ranges' starts; ranges that cannot be compared count as equal. */
function order(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(0 /* START_TO_START */, b);
  } catch {
    return 0;
  }
}

/** Inserts `range` into `list` kept in document order: O(1) when it comes last, as during a scan. */
export function insertInOrder(list: Range[], range: Range): void {
  const last = list[list.length - 1];
  if (!last || order(last, range) <= 0) {
    list.push(range);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order(list[mid]!, range) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, range);
}

/** A copy of `ranges` in document order (one pass when they already are, as claims come). */
export function inDocumentOrder(ranges: readonly Range[]): Range[] {
  const out = [...ranges];
  for (let i = 1; i < out.length; i++) {
    if (order(out[i - 1]!, out[i]!) > 0) return out.sort(order);
  }
  return out;
}

/**
 * Index span [from, to) of the ranges (in document order, so top to bottom in a normal flow) whose boxes
 * reach into viewport band [top, bottom]. Two binary searches: O(log n) boxes measured.
 */
export function spanBetween(list: readonly Range[], measure: ViewportEnv['measure'], top: number, bottom: number): [number, number] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (measure(list[mid]!).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (measure(list[mid]!).top <= bottom) lo = mid + 1;
    else hi = mid;
  }
  return [from, lo];
}
