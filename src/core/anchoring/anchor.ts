/**
 * Finds where a saved selector sits in the text of the page as it is now: the stored position first
 * (checked against the quote), then exact quote search ranked by context and position, then a fuzzy
 * search whose work is bounded, so that re-anchoring on a multi-megabyte page cannot hang the tab.
 * Callers get offsets or null (an orphan); they never see the matching machinery.
 */
import type { Selector, TextQuoteSelector } from '../model';
import { bestApproxMatch, matchCost } from './edit-distance';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

/** Where a selector anchors: offsets into the text, how they were found, and a 0..1 confidence. */
export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
  score: number;
}

export interface AnchorOptions {
  /** Hard cap on edit-distance cells computed by the fuzzy step (text chars × 32-char quote blocks). */
  maxFuzzyWork?: number;
  /** Most edits allowed, as a fraction of the quote length (default 0.25). */
  maxErrorRate?: number;
}

export const DEFAULT_MAX_FUZZY_WORK = 400_000;
const DEFAULT_MAX_ERROR_RATE = 0.25;
/** Exact occurrences examined at most; a quote that repeats more often is ranked among the first ones. */
const MAX_EXACT_HITS = 1000;
/** Pieces of the quote looked up to find fuzzy candidates, and hits per piece beyond which it is "common". */
const MAX_PIECES = 12;
const MAX_PIECE_HITS = 32;
const MAX_CANDIDATES = 6;
/** Quotes longer than this are matched fuzzily by their head and tail only. */
const LONG_QUOTE = 1024;
const HEAD_TAIL = 256;

// Weights of the ranking (quote similarity dominates; context breaks ties; position breaks the rest).
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;

/** Anchors `selector` in `text`; null when the quote is not (approximately) there any more. */
export function anchor(text: string, selector: Selector, options: AnchorOptions = {}): AnchorResult | null {
  const { quote, position } = selector;
  if (quote.exact.length === 0) return null;
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const exact = anchorExact(text, quote, position.start);
  if (exact) return exact;
  return anchorFuzzy(text, quote, position.start, options);
}

/** Best exact occurrence of the quote, ranked by how much of its prefix/suffix agrees and by distance. */
function anchorExact(text: string, quote: TextQuoteSelector, hint: number): AnchorResult | null {
  let best: AnchorResult | null = null;
  let bestRank = -Infinity;
  let hits = 0;
  for (let at = text.indexOf(quote.exact); at >= 0 && hits < MAX_EXACT_HITS; at = text.indexOf(quote.exact, at + 1), hits++) {
    const end = at + quote.exact.length;
    const rank = W_QUOTE + contextRank(text, quote, at, end, hint);
    if (rank > bestRank) {
      bestRank = rank;
      best = { start: at, end, method: 'exact', score: 0 };
    }
  }
  if (best) best.score = rankToScore(bestRank);
  return best;
}

function contextRank(text: string, quote: TextQuoteSelector, start: number, end: number, hint: number): number {
  const prefix = quote.prefix.length ? commonSuffixLength(text, start, quote.prefix) / quote.prefix.length : 1;
  const suffix = quote.suffix.length ? commonPrefixLength(text, end, quote.suffix) / quote.suffix.length : 1;
  const position = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return W_PREFIX * prefix + W_SUFFIX * suffix + W_POSITION * position;
}

function rankToScore(rank: number): number {
  return Math.round((rank / (W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION)) * 1000) / 1000;
}

/** How many characters just before `at` in text equal the end of `prefix`. */
function commonSuffixLength(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

/** How many characters from `at` in text equal the start of `suffix`. */
function commonPrefixLength(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/** A fuzzy match, or null: candidates come from rare pieces of the quote plus the stored position. */
function anchorFuzzy(text: string, quote: TextQuoteSelector, hint: number, options: AnchorOptions): AnchorResult | null {
  const budget = { cells: options.maxFuzzyWork ?? DEFAULT_MAX_FUZZY_WORK };
  const rate = options.maxErrorRate ?? DEFAULT_MAX_ERROR_RATE;
  const exact = quote.exact;
  if (exact.length > LONG_QUOTE) return anchorLongQuote(text, quote, hint, rate, budget);
  const match = fuzzyFind(text, exact, hint, rate, budget);
  if (!match) return null;
  const quoteSim = 1 - match.errors / exact.length;
  const rank = W_QUOTE * quoteSim + contextRank(text, quote, match.start, match.end, hint);
  return { start: match.start, end: match.end, method: 'fuzzy', score: rankToScore(rank) };
}

/** Long quotes: find head and tail separately (each bounded) and accept them if they enclose a plausible span. */
function anchorLongQuote(text: string, quote: TextQuoteSelector, hint: number, rate: number, budget: Budget): AnchorResult | null {
  const exact = quote.exact;
  const head = fuzzyFind(text, exact.slice(0, HEAD_TAIL), hint, rate, budget);
  if (!head) return null;
  const tail = fuzzyFind(text, exact.slice(-HEAD_TAIL), head.start + exact.length - HEAD_TAIL, rate, budget);
  if (!tail || tail.end <= head.start) return null;
  const length = tail.end - head.start;
  if (Math.abs(length - exact.length) > exact.length * rate) return null;
  const quoteSim = 1 - (head.errors + tail.errors) / (2 * HEAD_TAIL) - Math.abs(length - exact.length) / exact.length;
  const rank = W_QUOTE * Math.max(0, quoteSim) + contextRank(text, quote, head.start, tail.end, hint);
  return { start: head.start, end: tail.end, method: 'fuzzy', score: rankToScore(rank) };
}

interface Budget {
  cells: number;
}

interface Located {
  start: number;
  end: number;
  errors: number;
}

/** Fuzzy search of `pattern` near candidate starts; spends at most `budget.cells`. */
function fuzzyFind(text: string, pattern: string, hint: number, rate: number, budget: Budget): Located | null {
  const maxErrors = Math.floor(pattern.length * rate);
  if (maxErrors === 0) return null; // too short to be told apart from noise once it is not exact
  const starts = candidateStarts(text, pattern, maxErrors, hint);
  let best: Located | null = null;
  for (const start of starts) {
    const from = Math.max(0, start - maxErrors);
    const to = Math.min(text.length, start + pattern.length + maxErrors);
    const cost = matchCost(to - from, pattern.length);
    if (cost > budget.cells) break;
    budget.cells -= cost;
    const m = bestApproxMatch(text.slice(from, to), pattern, maxErrors, start + pattern.length - from);
    if (m && (!best || m.errors < best.errors)) best = { start: from + m.start, end: from + m.end, errors: m.errors };
    // Candidates come best-voted first: a clearly good match there is the answer; stop spending work.
    if (best && best.errors <= maxErrors / 2) break;
  }
  return best;
}

/**
 * Likely start offsets of `pattern`: by the pigeonhole principle, a match with ≤ k edits contains at least
 * one of k+1 disjoint pieces of the pattern unchanged. Pieces that occur often are skipped (they would
 * flood the candidates); hits vote for a start, and the stored position is always a candidate.
 */
function candidateStarts(text: string, pattern: string, maxErrors: number, hint: number): number[] {
  const pieceCount = Math.min(MAX_PIECES, maxErrors + 1);
  const pieceLength = Math.floor(pattern.length / pieceCount);
  const votes = new Map<number, { start: number; votes: number }>();
  const bucket = Math.max(8, maxErrors);
  if (pieceLength >= 3) {
    for (let p = 0; p < pieceCount; p++) {
      const offset = p * pieceLength;
      const piece = pattern.slice(offset, offset + pieceLength);
      const hits: number[] = [];
      for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
        hits.push(at);
        if (hits.length > MAX_PIECE_HITS) break;
      }
      if (hits.length > MAX_PIECE_HITS) continue;
      for (const at of hits) {
        const start = Math.max(0, at - offset);
        const key = Math.floor(start / bucket);
        const entry = votes.get(key);
        if (entry) entry.votes++;
        else votes.set(key, { start, votes: 1 });
      }
    }
  }
  const ranked = [...votes.values()]
    .sort((a, b) => b.votes - a.votes || Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_CANDIDATES)
    .map((v) => v.start);
  if (hint >= 0 && hint < text.length && !ranked.some((s) => Math.abs(s - hint) <= bucket)) ranked.push(hint);
  return ranked;
}
