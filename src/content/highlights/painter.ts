/**
 * Paints ranges into named layers. The normal painter uses the CSS Custom Highlight API, so the page's
 * DOM is not modified (only one <style> element with our static rules is added); where `CSS.highlights`
 * is missing, the fallback wraps the text in `<mark data-cl=…>` elements and can unwrap them again.
 * Callers give DOM Ranges and never deal with either mechanism.
 */
import type { Layer } from './layers';
import { LAYERS, LAYER_NAME, LAYER_PRIORITY } from './layers';
import type { ColourOverrides } from './styles';
import { highlightCss } from './styles';
import type { ViewportEnv, WindowOptions } from './viewport-window';
import { WINDOW_DEFAULTS, inDocumentOrder, insertInOrder, pageViewport, spanBetween } from './viewport-window';

export interface Painter {
  /** 'mark' painters change the DOM (text nodes get split), so text maps must be rebuilt after painting. */
  readonly mechanism: 'highlight' | 'mark';
  /** Replaces all ranges of a layer. */
  set(layer: Layer, ranges: readonly Range[]): void;
  /** Adds ranges to a layer (live pages: only the new claims). */
  add(layer: Layer, ranges: readonly Range[]): void;
  /** Shows or hides every layer without forgetting the ranges. */
  setVisible(on: boolean): void;
  /** Removes all painting and the style sheet. */
  dispose(): void;
}

/** The subset of the Highlight API the painter uses (typed here so tests can pass a fake registry). */
export interface HighlightApi {
  registry: { set(name: string, h: unknown): unknown; delete(name: string): unknown };
  create(): { add(r: Range): unknown; clear(): void; priority?: number };
}

/** The page's Highlight API, or null where the browser lacks it. */
export function nativeHighlightApi(win: Window & typeof globalThis): HighlightApi | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const Ctor = (win as unknown as { Highlight?: new () => ReturnType<HighlightApi['create']> }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  const registry = css.highlights;
  return { registry, create: () => new Ctor() };
}

/** Adds our static style sheet to the document; returns a function that removes it. */
function installStyle(doc: Document, colours: ColourOverrides): () => void {
  const style = doc.createElement('style');
  // Static rules built from our own tables: no page or note text ever goes in here.
  style.textContent = highlightCss(colours);
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

/** A painter for `doc`: Highlight API when available (or given), `<mark>` fallback otherwise. */
export function createPainter(
  doc: Document,
  options: { api?: HighlightApi | null; colours?: ColourOverrides; viewport?: ViewportEnv | null; window?: WindowOptions } = {},
): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const api = options.api !== undefined ? options.api : win ? nativeHighlightApi(win) : null;
  const removeStyle = installStyle(doc, options.colours ?? {});
  const viewport = options.viewport !== undefined ? options.viewport : pageViewport(doc);
  return api ? highlightPainter(api, removeStyle, viewport, options.window ?? WINDOW_DEFAULTS) : markPainter(doc, removeStyle);
}

/**
 * Highlight API painter. Every layer's ranges are kept (in document order); up to `win.threshold` ranges
 * in all they are all registered, above it only those near the viewport (see viewport-window.ts), and the
 * window follows scrolling (once per frame). Hit-testing and focusing use the claims, not the registry.
 */
function highlightPainter(api: HighlightApi, removeStyle: () => void, viewport: ViewportEnv | null, win: WindowOptions): Painter {
  const layers = new Map<Layer, ReturnType<HighlightApi['create']>>();
  const all = new Map<Layer, Range[]>();
  /** Windowed mode: the index span of each layer's list that is registered (missing: must be rebuilt). */
  const shown = new Map<Layer, [number, number]>();
  let visible = true;
  let windowed = false;
  let scheduled = false;
  let stopListening: (() => void) | null = null;
  const total = () => {
    let n = 0;
    for (const list of all.values()) n += list.length;
    return n;
  };
  const refresh = () => {
    scheduled = false;
    if (!windowed || !visible || !viewport) return;
    const h = viewport.viewportHeight();
    for (const [l, list] of all) {
      const span = shown.get(l);
      if (span) {
        const [from, to] = spanBetween(list, viewport.measure, -h * win.slackScreens, h * (1 + win.slackScreens));
        if (from >= span[0] && to <= span[1]) continue;
      }
      const next = spanBetween(list, viewport.measure, -h * win.marginScreens, h * (1 + win.marginScreens));
      const hl = layer(l);
      hl.clear();
      for (let i = next[0]; i < next[1]; i++) hl.add(list[i]!);
      shown.set(l, next);
    }
  };
  const schedule = () => {
    if (scheduled || !viewport) return;
    scheduled = true;
    viewport.schedule(refresh);
  };
  /** Switches windowing on or off as the total crosses the threshold; true when windowed. */
  const updateMode = (): boolean => {
    const want = viewport !== null && total() > win.threshold;
    if (want && !windowed) {
      windowed = true;
      shown.clear();
      // Emptied now, refilled with the window before the next frame: a frame in between would pre-paint them all.
      for (const hl of layers.values()) hl.clear();
      stopListening = viewport.listen(schedule);
    } else if (!want && windowed) {
      windowed = false;
      stopListening?.();
      stopListening = null;
      shown.clear();
      for (const [l, list] of all) {
        const hl = layer(l);
        hl.clear();
        for (const r of list) hl.add(r);
      }
    }
    return windowed;
  };
  const layer = (l: Layer) => {
    let h = layers.get(l);
    if (!h) {
      h = api.create();
      h.priority = LAYER_PRIORITY[l];
      layers.set(l, h);
      if (visible) api.registry.set(LAYER_NAME[l], h);
    }
    return h;
  };
  return {
    mechanism: 'highlight',
    set(l, ranges) {
      // An empty layer is not registered at all: the page learns nothing from names with no ranges.
      if (!layers.has(l) && ranges.length === 0) return;
      const h = layer(l);
      all.set(l, inDocumentOrder(ranges));
      shown.delete(l);
      if (updateMode()) {
        schedule();
        return;
      }
      h.clear();
      for (const r of ranges) h.add(r);
    },
    add(l, ranges) {
      const h = layer(l);
      const list = all.get(l) ?? [];
      all.set(l, list);
      for (const r of ranges) insertInOrder(list, r);
      if (windowed || updateMode()) {
        // Indices moved: rebuild this layer's window before the next frame.
        shown.delete(l);
        schedule();
        return;
      }
      for (const r of ranges) h.add(r);
    },
    setVisible(on) {
      visible = on;
      for (const [l, h] of layers) {
        if (on) api.registry.set(LAYER_NAME[l], h);
        else api.registry.delete(LAYER_NAME[l]);
      }
      if (on && windowed) schedule();
    },
    dispose() {
      for (const l of layers.keys()) api.registry.delete(LAYER_NAME[l]);
      layers.clear();
      all.clear();
      stopListening?.();
      stopListening = null;
      windowed = false;
      removeStyle();
    },
  };
}

/** Text nodes a range covers, with the covered slice of each. */
function textSlices(range: Range): Array<{ node: Text; start: number; end: number }> {
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    out.push({ node: root as Text, start: range.startOffset, end: range.endOffset });
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.length;
    if (end > start) out.push({ node: t, start, end });
  }
  return out;
}

/** A range as offsets into the concatenated data of every text node under `base` (stable across wrapping). */
interface TextSpan {
  start: number;
  end: number;
}

function spanOf(doc: Document, base: Node, range: Range): TextSpan | null {
  if (!base.contains(range.startContainer) || !base.contains(range.endContainer)) return null;
  const before = doc.createRange();
  before.setStart(base, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** Ranges for spans (sorted or not), found with one walk over the text nodes under `base`. */
function rangesOf(doc: Document, base: Node, spans: readonly TextSpan[]): Range[] {
  const points = spans.flatMap((s, i) => [{ at: s.start, i, end: false }, { at: s.end, i, end: true }]).sort((a, b) => a.at - b.at);
  const out = spans.map(() => doc.createRange());
  const walker = doc.createTreeWalker(base, 4 /* SHOW_TEXT */);
  let offset = 0;
  let p = 0;
  for (let n = walker.nextNode(); n && p < points.length; n = walker.nextNode()) {
    const t = n as Text;
    // A start exactly at a node boundary goes into the next node; an end stays in this one.
    while (p < points.length && (points[p]!.at < offset + t.length || (points[p]!.end && points[p]!.at === offset + t.length))) {
      const point = points[p]!;
      if (point.end) out[point.i]!.setEnd(t, point.at - offset);
      else out[point.i]!.setStart(t, point.at - offset);
      p++;
    }
    offset += t.length;
  }
  return out;
}

function markPainter(doc: Document, removeStyle: () => void): Painter {
  const base: Node = doc.body ?? doc.documentElement;
  // Spans, not Ranges: wrapping and unwrapping move text nodes, which would collapse stored Ranges.
  const spans = new Map<Layer, TextSpan[]>();
  const marks: HTMLElement[] = [];
  let visible = true;

  function unwrapAll(): void {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    marks.length = 0;
  }

  function wrap(l: Layer, list: readonly Range[]): void {
    for (const range of list) {
      // Collect first, then split: wrapping changes the nodes the range walks over.
      for (const { node, start, end } of textSlices(range)) {
        let target = node;
        if (start > 0) target = target.splitText(start);
        if (end - start < target.length) target.splitText(end - start);
        const mark = doc.createElement('mark');
        mark.setAttribute('data-cl', LAYER_NAME[l]);
        target.parentNode?.insertBefore(mark, target);
        mark.appendChild(target);
        marks.push(mark);
      }
    }
  }

  function repaintAll(): void {
    unwrapAll();
    if (!visible) return;
    // Lowest priority first, so a higher layer's marks end up innermost and win the styling.
    for (const l of [...LAYERS].sort((a, b) => LAYER_PRIORITY[a] - LAYER_PRIORITY[b])) {
      wrap(l, rangesOf(doc, base, spans.get(l) ?? []));
    }
  }

  const toSpans = (list: readonly Range[]) => list.map((r) => spanOf(doc, base, r)).filter((s): s is TextSpan => s !== null);

  return {
    mechanism: 'mark',
    set(l, list) {
      spans.set(l, toSpans(list));
      repaintAll();
    },
    add(l, list) {
      spans.set(l, [...(spans.get(l) ?? []), ...toSpans(list)]);
      repaintAll();
    },
    setVisible(on) {
      if (on === visible) return;
      visible = on;
      repaintAll();
    },
    dispose() {
      visible = false;
      unwrapAll();
      spans.clear();
      removeStyle();
    },
  };
}
