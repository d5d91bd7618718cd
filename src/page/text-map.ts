/**
 * The text map: one string for the article's rendered text, with its block boundaries, and a mapping
 * between offsets in that string and DOM positions (text node + offset) both ways.
 *
 * It shields the claim engine (which works on one plain string) from the DOM, and shields the content
 * script from the string's quirks (collapsed white space, dropped soft hyphens, block separators).
 *
 * How the string is made (one depth-first pass over the root; no innerText or layout, so it gives the
 * same result in jsdom, linkedom and real browsers):
 * - runs of HTML white space collapse to one space; spaces at block starts/ends are dropped;
 * - no-break spaces become ' ' (1:1, so offsets still map), soft hyphens and zero-width spaces are dropped;
 * - `<br>` becomes "\n", `<br><br>` ends the block; blocks (p, h1–h6, li, div, …) are separated by "\n\n",
 *   so no sentence spans two;
 * - a space made only by source formatting around an inline element is dropped before closing
 *   punctuation (`<a>\nlink\n</a>,` → "link,"); a drop-cap letter in its own element joins its word;
 * - script/style/nav/aside/figcaption/button/form… (SKIPPED_TAGS) and elements rejected by
 *   `options.exclude` are skipped with their subtree.
 *
 * Live and huge pages:
 * - `createTextMapBuilder(root, opts).step(deadline)` does the same pass in slices: call it with a
 *   `performance.now()`-based deadline until it returns true, then `.result()`. Each slice stops within a
 *   few hundred nodes of its deadline, so content-script tasks stay under 50 ms.
 * - `appendBlocks(map, elements)` extends a map with elements added after the mapped text (live blogs,
 *   infinite scroll): offsets of the existing text do not change, so earlier claims stay valid. It returns
 *   null when an element is not after the mapped text in document order; rebuild the map then.
 *
 * Offsets are UTF-16 code units, like `String.prototype.slice`.
 */
import { tagOf } from './tag';
import { nextAfterSubtree } from './tree-walk';
import type { TextBlock } from '../core/claims/analyze';

/** Module-level: esbuild lowers a `\p{…}` literal inside a function to a new RegExp on every call. */
const UPPERCASE_LETTER = /\p{Lu}/u;

/** The article text as one string, with its blocks and a two-way mapping to the DOM. */
export interface TextMap {
  readonly root: Element;
  readonly text: string;
  readonly blocks: TextBlock[];
  /** DOM point for a text offset; null when out of range. 'start' prefers the following text node at gaps. */
  pointAt(offset: number, affinity?: 'start' | 'end'): { node: Text; offset: number } | null;
  /** A DOM Range over text offsets [start, end); null when out of range or the DOM has no Range support. */
  toRange(start: number, end: number): Range | null;
  /** Text offsets of a DOM range, clamped to the mapped text; null when the range misses the mapped text. */
  fromRange(range: Range): { start: number; end: number } | null;
}

export interface TextMapOptions {
  /** Elements (and their subtrees) to leave out, e.g. the article detector's boilerplate predicate. */
  exclude?: (el: Element) => boolean;
}

/** Tags whose content is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'NAV', 'ASIDE', 'FIGCAPTION', 'BUTTON', 'FORM',
  'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'LABEL', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'PICTURE', 'IMG', 'HEAD', 'TITLE', 'META', 'LINK', 'DIALOG', 'MENU',
  // Ruby annotations (readings over CJK text) are not part of the sentence.
  'RT', 'RP',
]);

/** Tags that start and end a block (laid out as blocks by the default style sheet). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'SECTION',
  'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT',
  'TR', 'TD', 'TH', 'CAPTION', 'ADDRESS', 'HR', 'DETAILS', 'SUMMARY', 'BODY', 'HTML', 'CENTER', 'FIELDSET',
  'HGROUP', 'LEGEND',
]);

/** Block kind by the tag of the nearest block element. */
const BLOCK_KIND: Readonly<Record<string, TextBlock['kind']>> = {
  P: 'paragraph', DIV: 'paragraph', SECTION: 'paragraph', ARTICLE: 'paragraph', MAIN: 'paragraph', BODY: 'paragraph',
  CENTER: 'paragraph', HEADER: 'paragraph', FOOTER: 'paragraph',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', HGROUP: 'heading',
  LI: 'list-item', DT: 'list-item', DD: 'list-item',
  BLOCKQUOTE: 'blockquote',
  FIGCAPTION: 'caption', CAPTION: 'caption', LEGEND: 'caption',
};

/** Class/id words of a drop-cap element: its letter belongs to the next word even if the markup has a space. */
const DROP_CAP = /(?:^|[\s_-])(?:drop-?cap|dropcap|initial-?letter|first-?letter)(?:$|[\s_-])/i;

/** Characters before which a formatting-only space is dropped. */
const CLOSING_PUNCTUATION = /^[,.;:!?)\]%]/;
/** Characters after which a formatting-only space is dropped. */
const OPENING_PUNCTUATION = /[([]$/;

/** HTML white space collapses; soft hyphen, zero-width space and BOM are dropped. */
const SPLIT = /[ \t\n\r\f]+|[\u00AD\u200B\uFEFF]/g;

const NODE_ELEMENT = 1;
const NODE_TEXT = 3;
const DEADLINE_CHECK_EVERY = 256;

/** Mutable state of a map under construction, shared by the builder and `appendBlocks`. */
interface MapState {
  root: Element;
  exclude: ((el: Element) => boolean) | undefined;
  parts: string[];
  length: number;
  /** Runs: output offsets [runStart, runStart + runLen) equal node data [nodeOffset, nodeOffset + runLen). */
  runStart: number[];
  runLen: number[];
  runNodeOffset: number[];
  runNode: Text[];
  /** First run index of each mapped node (a node's runs are consecutive). */
  firstRun: Map<Text, number>;
  blocks: TextBlock[];
  /** Open block: start offset (−1 while it has no text), kind. */
  blockStart: number;
  blockKind: TextBlock['kind'];
  lastChar: string;
  pending: { node: Text; offset: number } | null;
  /** An element boundary was crossed since the last emitted character (formatting-space heuristics). */
  crossedTag: boolean;
  /** The block so far is only a drop-cap letter. */
  dropCap: boolean;
  /** Bumped on every append, so a stale map is not extended in place. */
  generation: number;
}

function newState(root: Element, options: TextMapOptions): MapState {
  return {
    root, exclude: options.exclude, parts: [], length: 0, runStart: [], runLen: [], runNodeOffset: [], runNode: [],
    firstRun: new Map(), blocks: [], blockStart: -1, blockKind: 'paragraph', lastChar: '', pending: null,
    crossedTag: false, dropCap: false, generation: 0,
  };
}

function isSkipped(state: MapState, el: Element): boolean {
  if (el === state.root) return false;
  if (SKIPPED_TAGS.has(tagOf(el))) return true;
  return state.exclude !== undefined && state.exclude(el);
}

function isDropCap(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  if (!DROP_CAP.test(cls) && !DROP_CAP.test(el.getAttribute('id') ?? '')) return false;
  return (el.textContent ?? '').trim().length <= 2;
}

function push(state: MapState, s: string): void {
  state.parts.push(s);
  state.length += s.length;
  state.lastChar = s[s.length - 1] ?? state.lastChar;
}

function addRun(state: MapState, node: Text, nodeOffset: number, len: number): void {
  const i = state.runStart.length - 1;
  if (i >= 0 && state.runNode[i] === node && state.runStart[i]! + state.runLen[i]! === state.length
    && state.runNodeOffset[i]! + state.runLen[i]! === nodeOffset) {
    state.runLen[i] = state.runLen[i]! + len;
    return;
  }
  if (!state.firstRun.has(node)) state.firstRun.set(node, i + 1);
  state.runStart.push(state.length);
  state.runLen.push(len);
  state.runNodeOffset.push(nodeOffset);
  state.runNode.push(node);
}

/** Appends visible characters `s` (already 1:1 with node data from `nodeOffset`). */
function emit(state: MapState, node: Text, nodeOffset: number, s: string): void {
  if (state.blockStart < 0) {
    if (state.length > 0) push(state, '\n\n');
    state.blockStart = state.length;
    state.pending = null;
  } else if (state.pending) {
    const keep = state.lastChar !== '\n' && !state.dropCap
      && !(state.crossedTag && (CLOSING_PUNCTUATION.test(s) || OPENING_PUNCTUATION.test(state.lastChar)));
    if (keep) {
      addRun(state, state.pending.node, state.pending.offset, 1);
      push(state, ' ');
    }
    state.pending = null;
  }
  state.dropCap = false;
  state.crossedTag = false;
  addRun(state, node, nodeOffset, s.length);
  push(state, s);
}

function emitText(state: MapState, node: Text): void {
  const data = node.data;
  SPLIT.lastIndex = 0;
  let from = 0;
  for (let m = SPLIT.exec(data); m !== null; m = SPLIT.exec(data)) {
    if (m.index > from) emit(state, node, from, data.slice(from, m.index).replace(/\u00A0/g, ' '));
    const c = m[0].charCodeAt(0);
    if (c !== 0xad && c !== 0x200b && c !== 0xfeff && state.blockStart >= 0 && !state.pending) {
      state.pending = { node, offset: m.index };
    }
    from = m.index + m[0].length;
  }
  if (from < data.length) emit(state, node, from, (from === 0 ? data : data.slice(from)).replace(/\u00A0/g, ' '));
}

/** Ends the open block (if it has text) so the next text starts a new one. */
function closeBlock(state: MapState): void {
  if (state.blockStart >= 0) {
    let end = state.length;
    // A trailing <br> leaves a "\n" that belongs to no sentence.
    while (end > state.blockStart && state.lastChar === '\n' && state.parts.length > 0 && state.parts[state.parts.length - 1] === '\n') {
      state.parts.pop();
      state.length -= 1;
      end -= 1;
      const prev = state.parts[state.parts.length - 1];
      state.lastChar = prev ? prev[prev.length - 1]! : '';
    }
    state.blocks.push({ start: state.blockStart, end, kind: state.blockKind });
  }
  state.blockStart = -1;
  state.pending = null;
  state.dropCap = false;
}

function blockKindFor(el: Element, inQuote: boolean): TextBlock['kind'] {
  const kind = BLOCK_KIND[tagOf(el)] ?? 'other';
  return inQuote && kind !== 'heading' && kind !== 'caption' ? 'blockquote' : kind;
}

/** A depth-first cursor over one subtree; `advance` does up to `budget` nodes. */
interface Walk {
  top: Node;
  node: Node | null;
  /** Kinds of the open block elements, innermost last, and how many are blockquotes. */
  kinds: TextBlock['kind'][];
  blockEls: Node[];
  quoteDepth: number;
}

function enterElement(state: MapState, walk: Walk, el: Element): boolean {
  if (isSkipped(state, el)) {
    if (BLOCK_TAGS.has(tagOf(el))) closeBlock(state);
    else state.crossedTag = true;
    return false;
  }
  const tag = tagOf(el);
  if (tag === 'BR') {
    if (state.blockStart >= 0) {
      state.pending = null;
      // <br><br> is how pages without <p> separate paragraphs: end the block there.
      if (state.lastChar === '\n' && state.parts[state.parts.length - 1] === '\n') closeBlock(state);
      else push(state, '\n');
    }
    return false;
  }
  if (BLOCK_TAGS.has(tag) && !isDropCap(el)) {
    closeBlock(state);
    if (tag === 'BLOCKQUOTE') walk.quoteDepth += 1;
    walk.kinds.push(blockKindFor(el, walk.quoteDepth > 0));
    walk.blockEls.push(el);
    state.blockKind = walk.kinds[walk.kinds.length - 1]!;
  } else {
    state.crossedTag = true;
  }
  return true;
}

function leaveElement(state: MapState, walk: Walk, el: Element): void {
  if (walk.blockEls[walk.blockEls.length - 1] === el) {
    closeBlock(state);
    walk.blockEls.pop();
    walk.kinds.pop();
    if (tagOf(el) === 'BLOCKQUOTE') walk.quoteDepth -= 1;
    state.blockKind = walk.kinds[walk.kinds.length - 1] ?? 'paragraph';
  } else {
    state.crossedTag = true;
    if (state.blockStart >= 0 && state.lastChar.length === 1 && state.length - state.blockStart === 1
      && UPPERCASE_LETTER.test(state.lastChar) && isDropCap(el)) {
      state.dropCap = true;
    }
  }
}

/** Walks up to `budget` nodes; returns true when the subtree is done. */
function advance(state: MapState, walk: Walk, budget: number): boolean {
  let node = walk.node;
  let n = 0;
  const leave = (el: Element): void => leaveElement(state, walk, el);
  while (node !== null && n < budget) {
    n += 1;
    let descend = false;
    if (node.nodeType === NODE_TEXT) emitText(state, node as Text);
    else if (node.nodeType === NODE_ELEMENT) descend = enterElement(state, walk, node as Element);
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) leaveElement(state, walk, node as Element);
    node = nextAfterSubtree(node, walk.top, leave);
  }
  walk.node = node;
  return node === null;
}

function startWalk(state: MapState, top: Element, inherited: TextBlock['kind'][], quoteDepth: number): Walk {
  return { top, node: top, kinds: inherited, blockEls: [], quoteDepth };
}

/** Index of the last run starting at or before `offset` (−1 if none). */
function runBefore(runStart: number[], count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runStart[mid]! <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

const STATE = Symbol('textMapState');
const GENERATION = Symbol('textMapGeneration');
const RUNS = Symbol('textMapRuns');
const FOLLOWING = 4;
const CONTAINED_BY = 16;

function snapshot(state: MapState): TextMap {
  const text = state.parts.length === 1 ? state.parts[0]! : state.parts.join('');
  state.parts = text.length ? [text] : [];
  const count = state.runStart.length;
  const blocks = state.blocks.slice();
  const { runStart, runLen, runNodeOffset, runNode, firstRun } = state;
  const runEnd = (i: number): number => runStart[i]! + runLen[i]!;

  function pointAt(offset: number, affinity: 'start' | 'end' = 'start'): { node: Text; offset: number } | null {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length || count === 0) return null;
    if (affinity === 'end' && offset > 0) {
      // The end of the last run that starts before `offset` (a gap maps to the end of the text before it).
      const i = runBefore(runStart, count, offset - 1);
      if (i >= 0) return { node: runNode[i]!, offset: runNodeOffset[i]! + Math.min(offset - runStart[i]!, runLen[i]!) };
    }
    const i = runBefore(runStart, count, offset);
    if (i >= 0 && offset < runEnd(i)) return { node: runNode[i]!, offset: runNodeOffset[i]! + offset - runStart[i]! };
    if (i + 1 < count) return { node: runNode[i + 1]!, offset: runNodeOffset[i + 1]! };
    const last = count - 1;
    return { node: runNode[last]!, offset: runNodeOffset[last]! + runLen[last]! };
  }

  function toRange(start: number, end: number): Range | null {
    if (start > end) return null;
    const a = pointAt(start, 'start');
    const b = pointAt(end, start === end ? 'start' : 'end');
    if (!a || !b) return null;
    const range = state.root.ownerDocument.createRange();
    if (typeof range.setStart !== 'function') return null; // linkedom has no live Ranges
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /** First run whose node is at or after the DOM point (container, offset), in document order. */
  function firstRunAtOrAfter(container: Node, offset: number): number {
    let ref: Node | null = null;
    let afterAll = false;
    if (container.nodeType === NODE_TEXT) {
      ref = container;
      afterAll = true; // a point inside an unmapped text node: runs of that node do not exist
    } else {
      ref = container.childNodes[offset] ?? container;
      afterAll = container.childNodes[offset] === undefined;
    }
    const isAtOrAfter = (node: Node): boolean => {
      if (node === ref) return !afterAll;
      const pos = ref!.compareDocumentPosition(node);
      if (pos & CONTAINED_BY) return !afterAll;
      return (pos & FOLLOWING) !== 0;
    };
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (isAtOrAfter(runNode[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  function offsetOf(container: Node, offset: number, side: 'start' | 'end'): number {
    const first = container.nodeType === NODE_TEXT ? firstRun.get(container as Text) : undefined;
    if (first !== undefined && first < count) {
      let i = first;
      while (i + 1 < count && runNode[i + 1] === container && runNodeOffset[i + 1]! <= offset) i += 1;
      const rel = offset - runNodeOffset[i]!;
      if (rel < 0) return runStart[i]!; // before the node's first mapped character
      if (rel <= runLen[i]!) return runStart[i]! + rel;
      // In skipped characters between two runs (collapsed space, soft hyphen).
      return side === 'start' && i + 1 < count ? runStart[i + 1]! : runEnd(i);
    }
    const i = firstRunAtOrAfter(container, offset);
    if (side === 'start') return i < count ? runStart[i]! : text.length;
    return i > 0 ? runEnd(i - 1) : 0;
  }

  function fromRange(range: Range): { start: number; end: number } | null {
    if (count === 0) return null;
    const start = offsetOf(range.startContainer, range.startOffset, 'start');
    const end = Math.max(start, offsetOf(range.endContainer, range.endOffset, 'end'));
    if (!range.collapsed && start === end) return null;
    if (range.collapsed && !state.root.contains(range.startContainer)) return null;
    return { start, end };
  }

  const map: TextMap & { [STATE]: MapState; [GENERATION]: number; [RUNS]: number } = {
    root: state.root, text, blocks, pointAt, toRange, fromRange,
    [STATE]: state, [GENERATION]: state.generation, [RUNS]: count,
  };
  return map;
}


/** An incremental text-map pass: `step(deadline)` until it returns true, then `result()`. */
export interface TextMapBuilder {
  /** Works until `deadline` (a `performance.now()` / `Date.now()`-style clock value, see `now`); true when done. */
  step(deadline: number): boolean;
  /** The finished map. @throws {Error} when called before `step` returned true. */
  result(): TextMap;
}

const clock: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/** The clock `step` deadlines are compared against (performance.now where available). */
export function now(): number {
  return clock();
}

/** Starts an incremental text-map pass over `root` (same result as `buildTextMap`). */
export function createTextMapBuilder(root: Element, options: TextMapOptions = {}): TextMapBuilder {
  const state = newState(root, options);
  const walk = startWalk(state, root, [], 0);
  let done = false;
  return {
    step(deadline: number): boolean {
      while (!done) {
        done = advance(state, walk, DEADLINE_CHECK_EVERY);
        if (!done && clock() >= deadline) return false;
      }
      closeBlock(state);
      return true;
    },
    result(): TextMap {
      if (!done) throw new Error('text map not finished: call step() until it returns true');
      return snapshot(state);
    },
  };
}

/** Builds the text map of `root` in one pass. */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const builder = createTextMapBuilder(root, options);
  builder.step(Number.POSITIVE_INFINITY);
  return builder.result();
}

/**
 * Extends `map` with `elements` (new content after the mapped text, in document order). Offsets of the
 * existing text are unchanged. Returns null when an element is not after the mapped text (rebuild then).
 */
export function appendBlocks(map: TextMap, elements: readonly Element[]): TextMap | null {
  const internal = map as TextMap & { [STATE]?: MapState; [GENERATION]?: number; [RUNS]?: number };
  const shared = internal[STATE];
  if (!shared) return null;
  let state = shared;
  if (internal[GENERATION] !== shared.generation) {
    // `map` is not the latest snapshot: continue from a copy of its own state.
    const n = internal[RUNS]!;
    state = {
      ...shared, parts: [map.text], length: map.text.length, runStart: shared.runStart.slice(0, n),
      runLen: shared.runLen.slice(0, n), runNodeOffset: shared.runNodeOffset.slice(0, n), runNode: shared.runNode.slice(0, n),
      firstRun: new Map([...shared.firstRun].filter(([, i]) => i < n)), blocks: map.blocks.slice(),
      lastChar: map.text[map.text.length - 1] ?? '', generation: 0,
    };
  }
  const lastNode = state.runNode[state.runNode.length - 1];
  for (const el of elements) {
    if (!map.root.contains(el) || el === map.root) return null;
    if (lastNode && (lastNode.compareDocumentPosition(el) & FOLLOWING) === 0) return null;
  }
  state.generation += 1;
  for (const el of elements) {
    // Ancestors decide whether the element is excluded and whether it sits in a quotation.
    let skipped = false;
    let quoteDepth = 0;
    for (let a = el.parentElement; a && a !== map.root; a = a.parentElement) {
      if (isSkipped(state, a)) skipped = true;
      if (tagOf(a) === 'BLOCKQUOTE') quoteDepth += 1;
    }
    if (skipped) continue;
    closeBlock(state);
    state.blockKind = quoteDepth > 0 ? 'blockquote' : 'paragraph';
    const walk = startWalk(state, el, [state.blockKind], quoteDepth);
    advance(state, walk, Number.POSITIVE_INFINITY);
    closeBlock(state);
  }
  return snapshot(state);
}
