// What the content and reanchor benches need from src/, bundled as an IIFE and injected into a plain page
// (no extension): the real page session with a stub background, and the anchoring core.
import { createPageSession } from '../../src/content/page-session';
import type { SessionEnv } from '../../src/content/page-session';
import { createPainter } from '../../src/content/highlights/painter';
import { createBlockAnalyzer } from '../../src/content/scan';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import type { Note } from '../../src/core/model';
import { normalizeUrl } from '../../src/core/url';
import { createArticleFinder, findArticle } from '../../src/page/article-root';
import type { ArticleFinder, ArticleInfo } from '../../src/page/article-root';
import { buildTextMap } from '../../src/page/text-map';
import { anchor } from '../../src/core/anchoring/anchor';
import { describeSelector } from '../../src/core/anchoring/describe-quote';
import { placeNotes } from '../../src/content/reanchor';

export { anchor, buildTextMap, describeSelector, findArticle, placeNotes };

/** A background that answers at once: default settings, the given notes, visits accepted. */
function stubSend(notes: Note[]): SessionEnv['send'] {
  return (async (req: { type: string; page?: unknown }) => {
    if (req.type === 'settings/get') return { ok: true, value: DEFAULT_SETTINGS };
    if (req.type === 'notes/forPage') return { ok: true, value: notes };
    if (req.type === 'pages/visit') return { ok: true, value: req.page };
    return { ok: false, error: 'bench' };
  }) as SessionEnv['send'];
}

let detected: ArticleInfo | null = null;

/** This page's article, detected once: the scan-paint figure and its baseline both start from it. */
function detectedArticle(): ArticleInfo {
  detected ??= findArticle(document);
  return detected;
}

/** A finder that hands over an already detected article in its first step (detection timed separately). */
function givenFinder(info: ArticleInfo): ArticleFinder {
  return { step: () => true, result: () => info };
}

/**
 * Runs the real session (detect, map, analyse, paint, place notes) on this document. `unsliced` makes
 * every yield immediate (pure work time); otherwise yields are real and every synchronous stretch between
 * two yields is timed. `detected` skips detection (the article found once by `findArticle`), for the
 * scan-paint figure. Returns elapsed ms, the longest stretch, the claim count; call dispose() after.
 */
export async function runSession(options: { unsliced?: boolean; notes?: Note[]; trace?: Record<string, number>; detected?: boolean } = {}) {
  let longest = 0;
  /** Longest stretch that did not include a step of article detection (page/article-root): the rest of our code. */
  let longestOther = 0;
  let stretchHasDetection = false;
  let mark = performance.now();
  const realYield = () => new Promise<void>((r) => setTimeout(r, 0));
  const timedYield = async () => {
    longest = Math.max(longest, performance.now() - mark);
    if (!stretchHasDetection) longestOther = Math.max(longestOther, performance.now() - mark);
    stretchHasDetection = false;
    await (options.unsliced ? Promise.resolve() : realYield());
    mark = performance.now();
  };
  const trace = options.trace;
  const timed = <A extends unknown[], R>(name: string, f: (...a: A) => R) => (...a: A): R => {
    if (!trace) return f(...a);
    const t0 = performance.now();
    const r = f(...a);
    const d = performance.now() - t0;
    trace[name] = (trace[name] ?? 0) + d;
    trace[`${name}.calls`] = (trace[`${name}.calls`] ?? 0) + 1;
    if (d > (trace[`${name}.max`] ?? 0)) trace[`${name}.maxAt`] = trace[`${name}.calls`]!;
    trace[`${name}.max`] = Math.max(trace[`${name}.max`] ?? 0, d);
    if (d > 30) trace[`${name}.over30`] = (trace[`${name}.over30`] ?? 0) + 1;
    return r;
  };
  const env: SessionEnv = {
    doc: document,
    send: stubSend(options.notes ?? []),
    createArticleFinder: (d: Document) => {
      if (options.detected) return givenFinder(detectedArticle());
      const finder = createArticleFinder(d);
      const step = timed('detect', (deadline: number) => finder.step(deadline));
      return {
        step: (deadline: number) => {
          stretchHasDetection = true;
          return step(deadline);
        },
        result: () => finder.result(),
      };
    },
    normalizeUrl,
    createAnalyzer: (lang) => {
      const a = createBlockAnalyzer(lang);
      return { analyzeBlocks: timed('engine', (t: string, b: Parameters<typeof a.analyzeBlocks>[1]) => a.analyzeBlocks(t, b)) };
    },
    createPainter: timed('createPainter', (d: Document) => createPainter(d)),
    yieldToPage: timedYield,
  };
  if (options.unsliced) env.sliceMs = Number.POSITIVE_INFINITY;
  const t0 = performance.now();
  mark = t0;
  const session = createPageSession(env);
  await session.start();
  longest = Math.max(longest, performance.now() - mark);
  if (!stretchHasDetection) longestOther = Math.max(longestOther, performance.now() - mark);
  const ms = performance.now() - t0;
  return { ms, longest, longestOther, claims: session.claims().length, painted: [...CSS.highlights].reduce((n, [, h]) => n + (h as unknown as Set<Range>).size, 0), session };
}

/**
 * The scan-paint numerator, `reps` times: the real session on the already detected article, unsliced
 * (text map, engine, painting, plus the notes request and visit against a stub background), disposed after
 * each run. Mean ms per run, engine ms per run (traced), claims and painted ranges of the last run.
 */
export async function scanPaint(reps = 1) {
  const trace: Record<string, number> = {};
  let claims = 0;
  let painted = 0;
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) {
    const r = await runSession({ unsliced: true, detected: true, trace });
    claims = r.claims;
    painted = r.painted;
    r.session.dispose();
  }
  return { ms: (performance.now() - t0) / reps, engineMs: (trace.engine ?? 0) / reps, claims, painted };
}

/**
 * The issue's baseline on the detected root, `reps` times: bare text map + Intl.Segmenter + one Highlight
 * range per sentence, registered then removed. Mean ms per run (timed around all runs: browsers coarsen
 * performance.now, and yahoo-3's run is about a millisecond) and the sentence count.
 */
export function baseline(reps = 1): { ms: number; sentences: number } {
  const info = detectedArticle();
  const root = info.root ?? document.body;
  let sentences = 0;
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) {
    const map = buildTextMap(root, { exclude: info.exclude });
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const h = new Highlight();
    for (const block of map.blocks) {
      for (const s of segmenter.segment(map.text.slice(block.start, block.end))) {
        const r = map.toRange(block.start + s.index, block.start + s.index + s.segment.length);
        if (r) h.add(r);
      }
    }
    CSS.highlights.set('bench-baseline', h);
    CSS.highlights.delete('bench-baseline');
    sentences = h.size;
  }
  return { ms: (performance.now() - t0) / reps, sentences };
}

/** Article detection in one call (findArticle), `reps` times: mean ms per call. */
export function detectOnce(reps = 1): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) findArticle(document);
  return (performance.now() - t0) / reps;
}

/** Where the time goes (bench diagnostics): detection, text map, engine, range creation, each timed alone. */
export function breakdown() {
  const t = <T>(f: () => T): readonly [number, T] => { const t0 = performance.now(); const r = f(); return [performance.now() - t0, r] as const; };
  const [detect, info] = t(() => findArticle(document));
  const root = info.root ?? document.body;
  const [mapMs, map] = t(() => buildTextMap(root, { exclude: info.exclude }));
  const analyzer = createBlockAnalyzer('en');
  const calls: number[] = [];
  const [engine, claims] = t(() => {
    const out: ReturnType<typeof analyzer.analyzeBlocks> = [];
    for (let i = 0; i < map.blocks.length; i += 20) {
      const t0 = performance.now();
      out.push(...analyzer.analyzeBlocks(map.text, map.blocks.slice(i, i + 20)));
      calls.push(performance.now() - t0);
    }
    return out;
  });
  const maxCall = calls.map((x, i) => [i, Math.round(x)]).sort((a, b) => b[1]! - a[1]!).slice(0, 6);
  const [ranges] = t(() => claims.map((c) => map.toRange(c.start, c.end)));
  return { detect, map: mapMs, engine, maxCall, ranges, chars: map.text.length, blocks: map.blocks.length, claims: claims.length };
}

/**
 * Re-anchoring bench on this page: `count` notes on passages of the article text, then the page is edited
 * (a paragraph inserted at the top, so no stored position holds; one character changed inside
 * `fuzzyShare` of the passages, so those need fuzzy matching); the session's note placement is timed.
 */
export async function reanchorBench(count: number, fuzzyShare: number, seed = 7) {
  let s = seed;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const info = findArticle(document);
  const root = info.root ?? document.body;
  const before = buildTextMap(root, { exclude: info.exclude });
  const text = before.text;
  // Edit spots first (letters, far apart), then notes: `fuzzyShare` of them contain one spot, the rest none.
  const editCount = Math.round(count * fuzzyShare);
  const spots: number[] = [];
  for (let k = 0; spots.length < editCount && k < editCount * 50; k++) {
    const at = Math.floor(rand() * text.length);
    if (/[a-z]/i.test(text[at] ?? '') && spots.every((x) => Math.abs(x - at) > 40)) spots.push(at);
  }
  const hasSpot = (a: number, b: number) => spots.some((x) => x >= a && x < b);
  const note = (i: number, start: number, end: number): Note => {
    const selector = describeSelector(text, start, end);
    return {
      id: `n${i}`, pageUrl: location.href, pageTitle: null, selector, claimText: selector.quote.exact, attribution: null,
      verdict: 'unverified', confidence: null, body: '', evidence: [], tags: [], createdAt: '', updatedAt: '',
    };
  };
  const notes: Note[] = [];
  for (const at of spots) {
    const len = 30 + Math.floor(rand() * 120);
    const start = Math.max(0, Math.min(text.length - len, at - Math.floor(len / 2)));
    notes.push(note(notes.length, start, start + len));
  }
  for (let k = 0; notes.length < count && k < count * 100; k++) {
    const len = 30 + Math.floor(rand() * 120);
    const start = Math.floor(rand() * (text.length - len));
    if (!hasSpot(start, start + len)) notes.push(note(notes.length, start, start + len));
  }
  const edited = new Set<number>();
  for (const at of spots) {
    const point = before.pointAt(at);
    if (!point) continue;
    const data = point.node.data;
    point.node.data = data.slice(0, point.offset) + (data[point.offset] === 'x' ? 'q' : 'x') + data.slice(point.offset + 1);
    edited.add(at);
  }
  const p = document.createElement('p');
  p.textContent = 'Editor’s note: this article was updated after publication to correct several details in it.';
  root.insertBefore(p, root.firstChild);
  const after = buildTextMap(root, { exclude: info.exclude });
  const t0 = performance.now();
  const placed = await placeNotes(after, notes, { sliceMs: Number.POSITIVE_INFINITY, yieldToPage: () => Promise.resolve() });
  const ms = performance.now() - t0;
  const methods: Record<string, number> = {};
  let orphans = 0;
  let wrong = 0;
  const wrongSamples: Array<{ want: string; got: string; method: string }> = [];
  for (const r of placed ?? []) {
    if (!r.place) { orphans++; continue; }
    methods[r.place.method] = (methods[r.place.method] ?? 0) + 1;
    // Verify: the placed text is the quote, or (edited) differs from it by the one changed character.
    const got = after.text.slice(r.place.start, r.place.end);
    const want = r.note.selector.quote.exact;
    if (got !== want && (got.length !== want.length || [...got].filter((c, j) => c !== want[j]).length > 2)) {
      wrong++;
      if (wrongSamples.length < 3) wrongSamples.push({ want, got, method: r.place.method });
    }
  }
  p.remove();
  return { ms, methods, orphans, wrong, wrongSamples, edited: edited.size, chars: after.text.length };
}
