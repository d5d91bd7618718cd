/**
 * Quote pairing inside one block: where direct quotations open and close. Handles straight and curly
 * double quotes (a quotation opened with “ may be closed with a straight "), and reports a quotation left
 * open at the end of the block, which is how news text signals that the next paragraph carries it on.
 * Single quotes are not paired: ’ is far more often an apostrophe than a quotation mark.
 */
import type { Span } from './sentences';

/** The quotations of one block. */
export interface QuotePairing {
  /** Quotations from the opening mark to the closing mark inclusive (or to the block end when left open). */
  spans: Span[];
  /** True when the last quotation was not closed before the block ended. */
  openAtEnd: boolean;
}

/** Double quote marks by char code: " “ ” « » „ */
const QUOTE_CODES: ReadonlySet<number> = new Set([0x22, 0x201C, 0x201D, 0xAB, 0xBB, 0x201E]);
const OPENERS = new Set(['\u201C', '\u00AB', '\u201E']);
const CLOSERS = new Set(['\u201D', '\u00BB']);

/** True when a straight quote at i looks like an opening one (start of block, after space or bracket). */
function opensStraight(text: string, i: number, start: number): boolean {
  if (i === start) return true;
  const prev = text.charAt(i - 1);
  return /[\s(\[{\u2014\u2013:\-]/.test(prev);
}

/** Pairs the double quotes of text[start, end). Linear in the length. */
export function pairQuotes(text: string, start: number, end: number): QuotePairing {
  const spans: Span[] = [];
  let open = -1;
  // A char-code scan bounded by the block: a global regex would run on past `end` to the next quote
  // in the whole text, which on a long page with few quotes is quadratic.
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 0x22 && code < 0xAB) || !QUOTE_CODES.has(code)) continue;
    const ch = text.charAt(i);
    if (OPENERS.has(ch)) {
      // A second opener while one is open means the first was never closed in this stretch.
      if (open >= 0) spans.push({ start: open, end: i });
      open = i;
    } else if (CLOSERS.has(ch)) {
      if (open >= 0) {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (ch === '"') {
      if (open < 0) {
        open = i;
      } else if (!opensStraight(text, i, start) || text.charAt(open) !== '"') {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      } else {
        // Straight quote after a space while a straight quote is open: treat the open one as closed
        // here only if nothing else makes sense — keep it simple, close and reopen.
        spans.push({ start: open, end: i });
        open = i;
      }
    }
  }
  if (open >= 0) spans.push({ start: open, end });
  return { spans, openAtEnd: open >= 0 };
}
