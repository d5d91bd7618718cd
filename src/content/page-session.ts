/**
 * The page session: the content script's scanner and the one implementation of ContentSession.
 * It decides whether to scan, builds the text map and the claims in slices, paints them, re-anchors the
 * reader's saved notes (orphans kept), records the visit, follows live pages incrementally, and answers
 * the features' questions (ranges, hit-testing, selectors). It shields the features from text maps,
 * painters and scheduling.
 */
import { describeSelector } from '../core/anchoring/describe-quote';
import type { AnchorResult } from '../core/anchoring/anchor';
import type { Analysis, Claim, ClaimKind, Note, Page, Selector, Settings } from '../core/model';
import { CLAIM_KINDS, DEFAULT_SETTINGS } from '../core/model';
import type { Request, ResponseOf, Result } from '../messaging/protocol';
import type { ArticleFinder, ArticleInfo } from '../page/article-root';
import type { TextMap, TextMapOptions } from '../page/text-map';
import { appendBlocks, buildTextMap, createTextMapBuilder } from '../page/text-map';
import type { Layer } from './highlights/layers';
import type { Painter } from './highlights/painter';
import type { ColourOverrides } from './highlights/styles';
import { caretAt, pointInRects } from './highlights/hit-test';
import type { LiveBatch, LiveWatcher } from './live';
import { watchLive, LIVE_BATCH_MS } from './live';
import { placeNote, placeNotes } from './reanchor';
import type { BlockAnalyzer } from './scan';
import { analyzeBlocksSliced, scanRoot, warmUpEngine } from './scan';
import { SLICE_MS, now, yieldToPage } from './scan-yield';
import type { AnchoredNote, ContentSession } from './session';

/** Sends a request to the background; resolves to its Result, never rejects. */
export type Send = <R extends Request>(request: R) => Promise<Result<ResponseOf<R['type']>>>;

/** Everything the session needs from outside, injectable for tests and benches. */
export interface SessionEnv {
  doc: Document;
  send: Send;
  /**
   * Starts article detection (createArticleFinder of page/article-root): the session steps it in slices,
   * because one pass over a 1 MB live blog is a 100–400 ms task.
   */
  createArticleFinder: (doc: Document) => ArticleFinder;
  normalizeUrl: (href: string, canonical: string | null) => string;
  createAnalyzer: (lang: string | null) => BlockAnalyzer;
  /** Makes the painter; `colours` are the reader's per-kind colour settings. */
  createPainter: (doc: Document, colours: ColourOverrides) => Painter;
  sliceMs?: number;
  yieldToPage?: () => Promise<void>;
  liveDelayMs?: number;
  /** Full rescans of a live page are throttled to one per this many ms. */
  rescanEveryMs?: number;
}

type Phase = 'idle' | 'scanning' | 'ready';

interface HeldNote {
  note: Note;
  place: AnchorResult | null;
}

/** Creates a session for `env.doc`; call `start()` to run the automatic scan. */
export function createPageSession(env: SessionEnv): PageSession {
  return new PageSession(env);
}

export class PageSession implements ContentSession {
  private readonly env: SessionEnv;
  private readonly doc: Document;
  private currentUrl: string;
  private info: ArticleInfo | null = null;
  private root: Element | null = null;
  private mapOptions: TextMapOptions = {};
  private map: TextMap | null = null;
  private claimList: Claim[] = [];
  private claimIndex = new Map<string, Claim>();
  private held = new Map<string, HeldNote>();
  private painter: Painter | null = null;
  private live: LiveWatcher | null = null;
  private on = true;
  private settings: Settings = DEFAULT_SETTINGS;
  private siteAllowed = true;
  private listeners = new Set<() => void>();
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private lastRescan = 0;
  private rescanTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private analyzer: BlockAnalyzer | null = null;
  private analyzerGen = -1;
  phase: Phase = 'idle';

  constructor(env: SessionEnv) {
    this.env = env;
    this.doc = env.doc;
    this.currentUrl = this.pageUrl();
  }

  // ---------------------------------------------------------------- ContentSession

  get url(): string {
    return this.currentUrl;
  }

  get analysis(): Analysis {
    return {
      url: this.currentUrl,
      canonicalUrl: this.canonical(),
      title: this.title(),
      isArticle: this.info?.isArticle ?? false,
      claims: this.claimList,
    };
  }

  claims(): readonly Claim[] {
    return this.claimList;
  }

  claimRange(claimId: string): Range | null {
    const claim = this.claimIndex.get(claimId);
    if (!claim || !this.map) return null;
    const range = this.map.toRange(claim.start, claim.end);
    if (!range || !range.startContainer.isConnected || !range.endContainer.isConnected) return null;
    return range;
  }

  claimAtPoint(x: number, y: number): Claim | null {
    if (!this.on || !this.map) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const probe = this.doc.createRange();
    probe.setStart(caret.node, caret.offset);
    const at = this.map.fromRange(probe);
    if (!at) return null;
    const claim = this.shownClaimAt(at.start);
    if (!claim) return null;
    // The caret is the nearest text position, even beside the text: check the point is on the claim.
    const range = this.claimRange(claim.id);
    if (!range || !pointInRects(range, x, y)) return null;
    return claim;
  }

  claimOverlapping(range: Range): Claim | null {
    const at = this.map?.fromRange(range);
    if (!at) return null;
    let best: Claim | null = null;
    let bestOverlap = 0;
    for (const claim of this.claimList) {
      if (claim.start >= at.end) break;
      const overlap = Math.min(claim.end, at.end) - Math.max(claim.start, at.start);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = claim;
      }
    }
    return best;
  }

  describeRange(range: Range): Selector | null {
    const map = this.map ?? this.mapBodyNow();
    const at = map?.fromRange(range);
    if (!map || !at || at.end <= at.start) return null;
    return describeSelector(map.text, at.start, at.end);
  }

  notes(): readonly AnchoredNote[] {
    return [...this.held.values()].map((h) => ({ note: h.note, range: this.noteRange(h) }));
  }

  upsertNote(note: Note): void {
    const map = this.map ?? this.mapBodyNow();
    const place = map ? placeNote(map, note).place : null;
    this.held.set(note.id, { note, place });
    this.paintNotes();
    this.emit();
  }

  removeNote(noteId: string): void {
    if (!this.held.delete(noteId)) return;
    this.paintNotes();
    this.emit();
  }

  get highlightsOn(): boolean {
    return this.on;
  }

  setHighlights(on: boolean): void {
    this.on = on;
    // The <mark> fallback moves text nodes when it shows/hides: not page changes to rescan for.
    this.withoutWatching(() => this.painter?.setVisible(on));
    this.afterPaint();
    this.emit();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---------------------------------------------------------------- extra surface (popup requests, main.ts)

  /** Ids of saved notes that have no place on the page now. */
  /** The host this page is served from (per-site settings are keyed by it). */
  get host(): string {
    return this.doc.defaultView?.location.hostname ?? '';
  }

  orphanNoteIds(): string[] {
    return [...this.held.values()].filter((h) => !h.place).map((h) => h.note.id);
  }

  /** Whether the site's "never on this site" setting (or auto-scan off) keeps the automatic scan away. */
  get autoScanAllowed(): boolean {
    return this.siteAllowed;
  }

  /** Resolves when the scan (or start) in progress, if any, has finished. */
  async settled(): Promise<void> {
    for (let seen: Promise<void> | null = null; seen !== this.running; ) {
      seen = this.running;
      await seen;
    }
  }

  /**
   * The automatic start at document_idle: settings, article detection, and a scan on article pages; on
   * other pages only the saved notes (if any) are placed. Resolves when done.
   */
  start(): Promise<void> {
    return this.track(this.doStart());
  }

  private async doStart(): Promise<void> {
    const gen = ++this.generation;
    const settings = await this.env.send({ type: 'settings/get' });
    if (gen !== this.generation) return;
    this.settings = settings.ok ? settings.value : DEFAULT_SETTINGS;
    this.siteAllowed = this.settings.siteOverrides[this.host] ?? this.settings.autoScan;
    if (!this.siteAllowed) return;
    const info = await this.detect(gen);
    if (!info) return;
    this.info = info;
    if (info.isArticle && info.root) {
      await this.scan(false);
      return;
    }
    // Not an article: one message; a text map only if the reader has notes here.
    const notes = await this.fetchNotes();
    if (gen !== this.generation || notes.length === 0) return;
    if (!(await this.mapBodySliced(gen))) return;
    await this.placeAndPaintNotes(notes, gen);
  }

  /**
   * Scans the page (article root, or the densest block / body when forced on a non-article), paints,
   * places notes and records the visit. Resolves when done; a newer scan or navigation abandons it.
   */
  scan(force: boolean): Promise<void> {
    return this.track(this.doScan(force));
  }

  private async doScan(force: boolean): Promise<void> {
    const gen = ++this.generation;
    this.stopLive();
    if (!this.info) {
      const info = await this.detect(gen);
      if (!info) return;
      this.info = info;
    }
    const root = this.info.root ?? (force ? this.doc.body : null);
    if (!root) return;
    this.phase = 'scanning';
    this.root = root;
    this.mapOptions = this.info.root === root ? { exclude: this.info.exclude } : {};
    // Watch from before the text map is built, so nothing added while we scan is missed.
    this.startLive(gen);
    await warmUpEngine(this.env.createAnalyzer, this.lang(), this.env.yieldToPage);
    if (gen !== this.generation) return;
    const result = await scanRoot(root, { ...this.mapOptions, ...this.sliceOptions(gen) });
    if (!result || gen !== this.generation) return;
    this.map = result.map;
    this.setClaims(result.claims);
    if (!(await this.paintClaimsSliced(result.claims, gen))) return;
    const notes = await this.fetchNotes();
    if (gen !== this.generation) return;
    // Places from an earlier map (e.g. the body map of a non-article) do not apply to this one.
    this.held.clear();
    await this.placeAndPaintNotes(notes, gen);
    if (gen !== this.generation) return;
    this.phase = 'ready';
    this.emit();
    void this.recordVisit();
  }

  /** The page's URL changed without a reload: forget this page and start over for the new one. */
  async navigate(): Promise<void> {
    const url = this.pageUrl();
    if (url === this.currentUrl) return;
    this.reset();
    this.currentUrl = url;
    this.emit();
    await this.start();
  }

  /** Removes all painting and observers (extension unloaded, or a test finished). */
  dispose(): void {
    this.reset();
    this.listeners.clear();
  }

  // ---------------------------------------------------------------- internals

  private track(p: Promise<void>): Promise<void> {
    const tracked = p.catch(() => undefined);
    this.running = tracked;
    return tracked;
  }

  private reset(): void {
    this.generation++;
    this.stopLive();
    if (this.rescanTimer !== null) clearTimeout(this.rescanTimer);
    this.rescanTimer = null;
    this.painter?.dispose();
    this.painter = null;
    this.info = null;
    this.root = null;
    this.map = null;
    this.held.clear();
    this.setClaims([]);
    this.phase = 'idle';
  }

  /**
   * Article detection in deadline-bounded slices with the page's turn between them, and one more yield
   * after the last (it ends with the decision step); null if a newer scan or navigation took over.
   */
  private async detect(gen: number): Promise<ArticleInfo | null> {
    const finder = this.env.createArticleFinder(this.doc);
    const slice = this.env.sliceMs ?? SLICE_MS;
    const pause = this.env.yieldToPage ?? yieldToPage;
    for (let done = false; !done; ) {
      done = finder.step(now() + slice);
      await pause();
      if (gen !== this.generation) return null;
    }
    return finder.result();
  }

  private sliceOptions(gen: number) {
    // One engine per scan: live batches continue its discourse state (who "he" is, an open quotation).
    if (!this.analyzer || this.analyzerGen !== gen) {
      this.analyzer = this.env.createAnalyzer(this.lang());
      this.analyzerGen = gen;
    }
    const o: { analyzer: BlockAnalyzer; alive: () => boolean; sliceMs?: number; yieldToPage?: () => Promise<void> } = {
      analyzer: this.analyzer,
      alive: () => gen === this.generation,
    };
    if (this.env.sliceMs !== undefined) o.sliceMs = this.env.sliceMs;
    if (this.env.yieldToPage) o.yieldToPage = this.env.yieldToPage;
    return o;
  }

  private emit(): void {
    for (const l of [...this.listeners]) {
      try {
        l();
      } catch {
        // A feature's listener failing must not stop the others or the scanner.
      }
    }
  }

  private setClaims(claims: Claim[]): void {
    this.claimList = claims;
    this.claimIndex = new Map(claims.map((c) => [c.id, c]));
  }

  private shownClaimAt(offset: number): Claim | null {
    // Claims are in text order: binary search for the last one starting at or before offset.
    let lo = 0;
    let hi = this.claimList.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.claimList[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const kinds = new Set<ClaimKind>(this.settings.kindsShown);
    // Claims do not overlap much; look back a few in case a long one encloses the offset.
    for (let i = found; i >= 0 && i > found - 4; i--) {
      const c = this.claimList[i]!;
      if (c.start <= offset && offset < c.end && kinds.has(c.kind)) return c;
    }
    return null;
  }

  private ensurePainter(): Painter {
    if (!this.painter) {
      this.painter = this.env.createPainter(this.doc, this.settings.colours);
      this.painter.setVisible(this.on);
    }
    return this.painter;
  }

  private paintClaims(claims: readonly Claim[], mode: 'set' | 'add'): void {
    if (!this.map) return;
    const painter = this.ensurePainter();
    const byKind = new Map<Layer, Range[]>();
    const shown = new Set<ClaimKind>(this.settings.kindsShown);
    for (const claim of claims) {
      if (!shown.has(claim.kind)) continue;
      const range = this.map.toRange(claim.start, claim.end);
      if (!range) continue;
      const list = byKind.get(claim.kind) ?? [];
      list.push(range);
      byKind.set(claim.kind, list);
    }
    this.withoutWatching(() => {
      for (const kind of this.settings.kindsShown) {
        const list = byKind.get(kind) ?? [];
        if (mode === 'set') painter.set(kind, list);
        else if (list.length) painter.add(kind, list);
      }
    });
    this.afterPaint();
  }

  /**
   * Paints a whole page's claims (replacing what was painted) in deadline-bounded slices: turning
   * thousands of offsets into Ranges at once would be a long task on a big live blog. False if abandoned.
   */
  private async paintClaimsSliced(claims: readonly Claim[], gen: number): Promise<boolean> {
    const painter = this.ensurePainter();
    if (painter.mechanism === 'mark' || !this.map) {
      this.paintClaims(claims, 'set'); // the fallback repaints everything per call: once is cheaper
      return true;
    }
    const map = this.map;
    const slice = this.env.sliceMs ?? SLICE_MS;
    const pause = this.env.yieldToPage ?? yieldToPage;
    // A fresh slice for painting (the analysis may have used up most of the current one).
    await pause();
    if (gen !== this.generation) return false;
    for (const kind of CLAIM_KINDS) painter.set(kind, []);
    // Unregistered while filling: every change to a registered Highlight makes the next frame repaint
    // (on a 1 MB page a 60-120 ms pre-paint), and a frame falls between every two slices.
    painter.setVisible(false);
    const shown = new Set<ClaimKind>(this.settings.kindsShown);
    let deadline = now() + slice;
    for (const claim of claims) {
      if (!shown.has(claim.kind)) continue;
      const range = map.toRange(claim.start, claim.end);
      // Added at once, not batched per slice: registering thousands of ranges with a Highlight is itself
      // work that must count against the deadline.
      if (range) painter.add(claim.kind, [range]);
      if (now() >= deadline) {
        await pause();
        if (gen !== this.generation) return false;
        deadline = now() + slice;
      }
    }
    painter.setVisible(this.on);
    return true;
  }

  private noteRange(h: HeldNote): Range | null {
    if (!h.place || !this.map) return null;
    return this.map.toRange(h.place.start, h.place.end);
  }

  private paintNotes(): void {
    if (!this.map) return;
    const painter = this.ensurePainter();
    const ranges = [...this.held.values()].map((h) => this.noteRange(h)).filter((r): r is Range => r !== null);
    this.withoutWatching(() => painter.set('noted', ranges));
    this.afterPaint();
  }

  /** The <mark> fallback splits text nodes: remap (same text, same offsets) so later ranges are valid. */
  private afterPaint(): void {
    if (this.painter?.mechanism !== 'mark' || !this.map) return;
    this.map = buildTextMap(this.map.root, this.mapOptions);
  }

  private withoutWatching(fn: () => void): void {
    if (this.live) this.live.quietly(fn);
    else fn();
  }

  private async fetchNotes(): Promise<Note[]> {
    const res = await this.env.send({ type: 'notes/forPage', url: this.currentUrl });
    return res.ok ? res.value : [];
  }

  private async placeAndPaintNotes(notes: readonly Note[], gen: number): Promise<void> {
    if (!this.map) return;
    const placed = await placeNotes(this.map, notes, this.sliceOptions(gen));
    if (!placed || gen !== this.generation) return;
    for (const p of placed) this.held.set(p.note.id, { note: p.note, place: p.place });
    this.paintNotes();
    this.emit();
  }

  /** The body's text map built in slices (the automatic start on a non-article page with notes); false if abandoned. */
  private async mapBodySliced(gen: number): Promise<boolean> {
    const body = this.doc.body;
    if (this.map) return true;
    if (!body) return false;
    const builder = createTextMapBuilder(body);
    const slice = this.env.sliceMs ?? SLICE_MS;
    const pause = this.env.yieldToPage ?? yieldToPage;
    while (!builder.step(now() + slice)) {
      await pause();
      if (gen !== this.generation) return false;
    }
    if (this.map) return true; // the reader made a note meanwhile: mapBodyNow already built it
    this.root = body;
    this.mapOptions = {};
    this.map = builder.result();
    return true;
  }

  /** A text map of the whole body, made at once (a note made on a non-article page needs it now). */
  private mapBodyNow(): TextMap | null {
    if (this.map) return this.map;
    const body = this.doc.body;
    if (!body) return null;
    this.root = body;
    this.mapOptions = {};
    this.map = buildTextMap(body);
    return this.map;
  }

  private startLive(gen: number): void {
    if (!this.root) return;
    this.live = watchLive(this.root, (batch) => {
      this.queue = this.queue.then(() => this.onLiveBatch(batch, gen)).catch(() => undefined);
    }, this.env.liveDelayMs ?? LIVE_BATCH_MS);
  }

  private stopLive(): void {
    this.live?.stop();
    this.live = null;
  }

  private async onLiveBatch(batch: LiveBatch, gen: number): Promise<void> {
    // A batch that arrives during the scan waits for it: the scan's map may already hold its elements.
    await this.settled();
    if (gen !== this.generation || !this.map) return;
    const old = this.map;
    const added = batch.added.filter((el) => !this.isMapped(old, el));
    if (!batch.changed && added.length === 0) return;
    const next = batch.changed ? null : appendBlocks(old, added);
    if (!next) {
      this.scheduleRescan();
      return;
    }
    const fresh = next.blocks.filter((b) => b.start >= old.text.length);
    const claims = await analyzeBlocksSliced(next.text, fresh, this.claimList.length, this.sliceOptions(gen));
    if (!claims || gen !== this.generation) return;
    this.map = next;
    // A new array (callers may hold the old one), but the id index grows in place: O(new claims) per batch.
    this.claimList = [...this.claimList, ...claims];
    for (const c of claims) this.claimIndex.set(c.id, c);
    this.paintClaims(claims, 'add');
    // Orphans may have come back with the new text (a "read more" expander, a reloaded live post).
    const orphans = [...this.held.values()].filter((h) => !h.place);
    let placedAny = false;
    for (const h of orphans) {
      h.place = placeNote(next, h.note).place;
      placedAny ||= h.place !== null;
    }
    if (placedAny) this.paintNotes();
    this.emit();
  }

  /** Whether an element's text is already in the map (added while the scan was walking past it). */
  private isMapped(map: TextMap, el: Element): boolean {
    const r = this.doc.createRange();
    r.selectNodeContents(el);
    return map.fromRange(r) !== null;
  }

  /** Text changed inside mapped content: rescan the whole root, at most once per rescanEveryMs. */
  private scheduleRescan(): void {
    if (this.rescanTimer !== null) return;
    const every = this.env.rescanEveryMs ?? 2000;
    const wait = Math.max(0, this.lastRescan + every - Date.now());
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = null;
      this.lastRescan = Date.now();
      void this.rescanKeepingNotes();
    }, wait);
  }

  private async rescanKeepingNotes(): Promise<void> {
    const notes = [...this.held.values()].map((h) => h.note);
    const force = !this.info?.isArticle;
    this.info = null;
    this.held.clear();
    await this.scanWithNotes(force, notes);
  }

  /** Like scan(), but re-places the given notes instead of fetching them again. */
  private async scanWithNotes(force: boolean, notes: Note[]): Promise<void> {
    const gen = ++this.generation;
    this.stopLive();
    const info = await this.detect(gen);
    if (!info) return;
    this.info = info;
    const root = info.root ?? (force ? this.doc.body : null);
    if (!root) return;
    this.root = root;
    this.mapOptions = this.info.root === root ? { exclude: this.info.exclude } : {};
    this.startLive(gen);
    const result = await scanRoot(root, { ...this.mapOptions, ...this.sliceOptions(gen) });
    if (!result || gen !== this.generation) return;
    this.map = result.map;
    this.setClaims(result.claims);
    if (!(await this.paintClaimsSliced(result.claims, gen))) return;
    await this.placeAndPaintNotes(notes, gen);
    if (gen !== this.generation) return;
    this.emit();
  }

  private async recordVisit(): Promise<void> {
    const nowIso = new Date().toISOString();
    const page: Page = {
      url: this.currentUrl,
      canonicalUrl: this.canonical(),
      title: this.title(),
      siteName: this.meta('og:site_name'),
      publishedAt: this.meta('article:published_time'),
      firstSeenAt: nowIso,
      lastSeenAt: nowIso,
    };
    await this.env.send({ type: 'pages/visit', page });
  }

  private canonical(): string | null {
    // Head first: these tags live there, and a selector over the head is cheap even on a huge page.
    const link = (this.doc.head ?? this.doc).querySelector('link[rel~="canonical"][href]');
    const href = link?.getAttribute('href');
    if (!href) return null;
    try {
      return new URL(href, this.doc.baseURI).href;
    } catch {
      return null;
    }
  }

  private pageUrl(): string {
    const href = this.doc.defaultView?.location.href ?? this.doc.URL;
    try {
      return this.env.normalizeUrl(href, this.canonical());
    } catch {
      return href;
    }
  }

  private title(): string | null {
    return this.meta('og:title') ?? (this.doc.title.trim() || null);
  }

  private meta(property: string): string | null {
    const el = (this.doc.head ?? this.doc).querySelector(`meta[property="${property}"], meta[name="${property}"]`);
    const v = el?.getAttribute('content')?.trim();
    return v ? v : null;
  }

  private lang(): string | null {
    return this.doc.documentElement.getAttribute('lang') || null;
  }
}
