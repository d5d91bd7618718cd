/**
 * Scanning a page region: the text map of a root, then the claims in it, each in deadline-bounded slices
 * (see scan-yield.ts) so that a huge page never blocks the main thread for long. Also the incremental
 * step for live pages: claims of the blocks appended to an existing map.
 */
import { createClaimAnalyzer } from '../core/claims/analyze';
import { sentenceSegmenter } from '../core/text/sentences';
import type { TextBlock } from '../core/claims/analyze';
import type { Claim } from '../core/model';
import type { TextMap, TextMapOptions } from '../page/text-map';
import { createTextMapBuilder } from '../page/text-map';
import { SLICE_MS, now, yieldToPage } from './scan-yield';

/** Finds claims in some blocks of a text; offsets index into `text`. Keeps discourse state across calls if it can. */
export interface BlockAnalyzer {
  analyzeBlocks(text: string, blocks: readonly TextBlock[]): Claim[];
}

/** The default analyzer: the engine's incremental analyzer (discourse state kept across calls). */
export function createBlockAnalyzer(lang: string | null): BlockAnalyzer {
  const engine = createClaimAnalyzer({ lang });
  return { analyzeBlocks: (text, blocks) => engine.analyzeBlocks(text, blocks) };
}

/**
 * Characters of text handed to the engine in one call: starts small and adapts so that one call takes
 * about CALL_TARGET_MS on this machine (a call cannot be interrupted, so it must fit well inside a slice).
 */
const FIRST_CALL_CHARS = 2000;
const MIN_CALL_CHARS = 300;
const MAX_CALL_CHARS = 12_000;
const CALL_TARGET_MS = 8;
/** Safety factor on the predicted length of the next call (speed varies with the text and the machine's load). */
const CALL_MARGIN = 1.5;

export interface ScanOptions extends TextMapOptions {
  analyzer: BlockAnalyzer;
  /** Slice length; defaults to SLICE_MS. */
  sliceMs?: number;
  /** Gives control back to the page between slices. */
  yieldToPage?: () => Promise<void>;
  /** Return false to abandon the scan (a newer one started); the promise then resolves to null. */
  alive?: () => boolean;
}

export interface ScanResult {
  map: TextMap;
  claims: Claim[];
}

/** Numbers claims c<n> from `first` on: ids stay unique while live pages add claims in several calls. */
export function renumber(claims: readonly Claim[], first: number): Claim[] {
  return claims.map((c, i) => ({ ...c, id: `c${first + i}` }));
}

/** A short text that exercises the engine's rule tables once (quote, cue, figure). */
const WARM_UP_TEXT = '"We will rebuild," the mayor told reporters on Monday, adding that 40 percent of homes had power.';
let warmedUp = false;

/**
 * The engine's first call in a page is slow for reasons no slicing can split: ICU loads its sentence-break
 * rules when the first Intl.Segmenter is made, and the rule tables are built on first use. Doing both once,
 * each in its own task before the scan, keeps that cost out of the scan's slices.
 */
export async function warmUpEngine(analyzerFor: (lang: string | null) => BlockAnalyzer, lang: string | null, pause: () => Promise<void> = yieldToPage): Promise<void> {
  if (warmedUp) return;
  warmedUp = true;
  sentenceSegmenter(lang ?? 'en');
  await pause();
  analyzerFor(lang).analyzeBlocks(WARM_UP_TEXT, [{ start: 0, end: WARM_UP_TEXT.length, kind: 'paragraph' }]);
  await pause();
}

/** Builds the text map of `root` and analyses it, in slices; null if abandoned. */
export async function scanRoot(root: Element, options: ScanOptions): Promise<ScanResult | null> {
  const slice = options.sliceMs ?? SLICE_MS;
  const pause = options.yieldToPage ?? yieldToPage;
  const alive = options.alive ?? (() => true);
  const builder = createTextMapBuilder(root, options.exclude ? { exclude: options.exclude } : {});
  while (!builder.step(now() + slice)) {
    await pause();
    if (!alive()) return null;
  }
  const map = builder.result();
  // Finishing the map joins the whole text: let the page run before the engine's first slice.
  await pause();
  if (!alive()) return null;
  const claims = await analyzeBlocksSliced(map.text, map.blocks, 0, options);
  if (!claims) return null;
  // The last slice may have used its whole budget: what the caller does next (index thousands of
  // claims, make the painter) starts a fresh one.
  await pause();
  return alive() ? { map, claims } : null;
}

/** Analyses `blocks` of `text` a few thousand characters at a time, yielding between slices; ids from `firstId`. */
export async function analyzeBlocksSliced(
  text: string,
  blocks: readonly TextBlock[],
  firstId: number,
  options: Pick<ScanOptions, 'analyzer' | 'sliceMs' | 'yieldToPage' | 'alive'>,
): Promise<Claim[] | null> {
  const slice = options.sliceMs ?? SLICE_MS;
  const pause = options.yieldToPage ?? yieldToPage;
  const alive = options.alive ?? (() => true);
  const claims: Claim[] = [];
  let deadline = now() + slice;
  let callChars = FIRST_CALL_CHARS;
  /** The last call's speed, to tell whether the next call still fits in this slice. */
  let msPerChar = 0;
  let callsInSlice = 0;
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    let chars = 0;
    while (j < blocks.length && (j === i || chars + (blocks[j]!.end - blocks[j]!.start) <= callChars)) {
      chars += blocks[j]!.end - blocks[j]!.start;
      j++;
    }
    // A call cannot be interrupted: one predicted to run past the deadline starts in the next slice, or a
    // slice that began at 24 ms would end at 24 ms plus a whole call.
    if (callsInSlice > 0 && now() + CALL_MARGIN * chars * msPerChar >= deadline) {
      await pause();
      if (!alive()) return null;
      deadline = now() + slice;
      callsInSlice = 0;
    }
    const t0 = now();
    claims.push(...renumber(options.analyzer.analyzeBlocks(text, blocks.slice(i, j)), firstId + claims.length));
    const took = now() - t0;
    callsInSlice += 1;
    // Aim the next call at CALL_TARGET_MS from this call's speed (bounded, and never more than doubling).
    if (chars > 0 && took > 0) {
      msPerChar = took / chars;
      const next = (chars * CALL_TARGET_MS) / took;
      callChars = Math.round(Math.min(MAX_CALL_CHARS, Math.max(MIN_CALL_CHARS, Math.min(next, callChars * 2))));
    }
    i = j;
    if (i < blocks.length && now() >= deadline) {
      await pause();
      if (!alive()) return null;
      deadline = now() + slice;
      callsInSlice = 0;
    }
  }
  return claims;
}
