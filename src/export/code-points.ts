/**
 * Converts the model's UTF-16 offsets into the code-point offsets the W3C Web Annotation model requires
 * for TextPositionSelector. JavaScript strings count an emoji or other astral character as 2; the W3C
 * model counts it as 1, so the two disagree after the first such character on a page.
 *
 * The honest constraint: a note stores the quote (exact + up to a few dozen characters of prefix and
 * suffix), not the page text. The conversion therefore works in three tiers:
 *  1. With the page's text map (`text`), the conversion is exact.
 *  2. Without it, when the quote and its context hold no astral character, we assume the text before
 *     the prefix holds none either (true of almost all news text) and the offsets are unchanged.
 *  3. When the context itself holds an astral character, the page demonstrably uses them and the text
 *     before the prefix cannot be counted: we return null, and the exporter omits the position selector
 *     (the TextQuoteSelector alone still anchors the annotation).
 */
import type { Selector } from '../core/model';

/** Number of code points in `s` (a surrogate pair counts once; a lone surrogate counts once too). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

const SURROGATE = /[\ud800-\udfff]/;

export function hasAstral(s: string): boolean {
  return SURROGATE.test(s);
}

export interface CodePointRange {
  start: number;
  end: number;
  /** How the range was obtained: from the page text, or assumed from a quote context without astral characters. */
  basis: 'text' | 'bmp-context';
}

/**
 * The selector's position in code points, or null when it cannot be known (see the module comment).
 * The end is always start + the code-point length of the quote, so position and quote select the same text.
 */
export function codePointRange(selector: Selector, text?: string): CodePointRange | null {
  const { quote, position } = selector;
  const exactLength = codePointLength(quote.exact);
  if (text !== undefined && text.slice(position.start, position.end) === quote.exact) {
    const start = codePointLength(text.slice(0, position.start));
    return { start, end: start + exactLength, basis: 'text' };
  }
  if (hasAstral(quote.prefix + quote.exact + quote.suffix)) return null;
  return { start: position.start, end: position.start + exactLength, basis: 'bmp-context' };
}
