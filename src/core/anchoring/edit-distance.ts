/**
 * Approximate string matching with Myers' bit-parallel edit-distance algorithm (Hyyrö's multi-word form):
 * where in a text window does a pattern end with the fewest edits. Each call is bounded by the cells it
 * may compute, so callers can promise that a quote search on a huge page never hangs.
 */

const WORD = 32;

/** A best approximate occurrence of a pattern in a text: [start, end) in text offsets, with its edit count. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Per-character match masks of a pattern, one 32-bit word per block of 32 pattern characters. */
interface PatternMasks {
  blocks: number;
  lastBit: number;
  byChar: Map<number, Uint32Array>;
  /** Direct table for char codes < 256 (most text), so the inner loop avoids a Map lookup. */
  latin: Uint32Array[];
  none: Uint32Array;
}

function patternMasks(pattern: string): PatternMasks {
  const blocks = Math.ceil(pattern.length / WORD);
  const byChar = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let masks = byChar.get(c);
    if (!masks) byChar.set(c, (masks = new Uint32Array(blocks)));
    masks[(i / WORD) | 0]! |= 1 << i % WORD;
  }
  const none = new Uint32Array(blocks);
  const latin = new Array<Uint32Array>(256).fill(none);
  for (const [c, masks] of byChar) if (c < 256) latin[c] = masks;
  return { blocks, lastBit: 1 << (pattern.length - 1) % WORD, byChar, latin, none };
}

/**
 * Advances one 32-row block of the DP by one text character. `hIn` is the horizontal delta (-1, 0, +1)
 * entering the block's top row; returns the delta leaving its bottom row.
 */
function advanceBlock(P: Uint32Array, M: Uint32Array, b: number, eqIn: number, hIn: number, lastRow: number): number {
  const pV = P[b]!;
  const mV = M[b]!;
  const hInNeg = hIn < 0 ? 1 : 0;
  const eq = eqIn | hInNeg;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = (pH & lastRow ? 1 : 0) - (mH & lastRow ? 1 : 0);
  pH = (pH << 1) | (hIn > 0 ? 1 : 0);
  mH = (mH << 1) | hInNeg;
  P[b] = mH | ~(xV | pH);
  M[b] = pH & xV;
  return hOut;
}

/**
 * Edit distance of `pattern` against every end position in `text`, calling `visit(endExclusive, errors)`
 * for each column. Free start in the text (semi-global search) unless `anchored`, where the match must
 * start at text offset 0 (the DP's top row then grows by one per column instead of staying 0).
 */
function scanEnds(text: string, pattern: string, anchored: boolean, visit: (end: number, errors: number) => void): void {
  const masks = patternMasks(pattern);
  const last = masks.blocks - 1;
  const P = new Uint32Array(masks.blocks).fill(0xffffffff);
  const M = new Uint32Array(masks.blocks);
  let score = pattern.length;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 256 ? masks.latin[c]! : (masks.byChar.get(c) ?? masks.none);
    let carry = anchored ? 1 : 0;
    for (let b = 0; b <= last; b++) {
      carry = advanceBlock(P, M, b, eq[b]!, carry, b === last ? masks.lastBit : 0x80000000);
    }
    score += carry;
    visit(j + 1, score);
  }
}

/** Cells (text characters × 32-character pattern blocks) that `bestApproxMatch` computes for these sizes. */
export function matchCost(textLength: number, patternLength: number): number {
  return 2 * textLength * Math.max(1, Math.ceil(patternLength / WORD));
}

/**
 * The occurrence of `pattern` in `text` with the fewest edits (≤ maxErrors), ties broken by closeness
 * of its end to `preferEnd`; null if none. Work is `matchCost(text.length, pattern.length)` cells.
 */
export function bestApproxMatch(text: string, pattern: string, maxErrors: number, preferEnd = text.length): ApproxMatch | null {
  if (pattern.length === 0) return null;
  let bestEnd = -1;
  let bestErrors = maxErrors + 1;
  scanEnds(text, pattern, false, (end, errors) => {
    if (errors < bestErrors || (errors === bestErrors && Math.abs(end - preferEnd) < Math.abs(bestEnd - preferEnd))) {
      bestErrors = errors;
      bestEnd = end;
    }
  });
  if (bestEnd < 0) return null;
  // Find the start: the same search on the reversed pattern over the reversed text ending at bestEnd.
  const from = Math.max(0, bestEnd - pattern.length - bestErrors);
  const reversedText = reverse(text.slice(from, bestEnd));
  let bestLen = -1;
  scanEnds(reversedText, reverse(pattern), true, (len, errors) => {
    // Among equally good starts prefer the length closest to the pattern's: fewest dangling edits.
    if (errors === bestErrors && (bestLen < 0 || Math.abs(len - pattern.length) < Math.abs(bestLen - pattern.length))) bestLen = len;
  });
  if (bestLen < 0) return null; // unreachable: the forward match has a start
  return { start: bestEnd - bestLen, end: bestEnd, errors: bestErrors };
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
