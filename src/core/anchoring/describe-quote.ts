/**
 * Describes a passage of a text-map string as a W3C-style TextQuoteSelector (exact text plus a little
 * context either side), so it can be found again after the page changes. Pure: works on strings only.
 */
import type { Selector, TextQuoteSelector } from '../model';

/** Default number of context characters kept before and after the quote. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * The quote selector of `text.slice(start, end)` with up to `contextLength` characters of prefix/suffix.
 * @throws {RangeError} when the offsets are not 0 ≤ start ≤ end ≤ text.length.
 */
export function describeQuote(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): TextQuoteSelector {
  if (!(start >= 0 && start <= end && end <= text.length)) {
    throw new RangeError(`describeQuote: bad offsets ${start}..${end} for a text of ${text.length}`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, Math.min(text.length, end + contextLength)),
  };
}

/** Both selectors (quote + position) for a passage, as stored in a Note. @throws {RangeError} as describeQuote. */
export function describeSelector(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): Selector {
  return { quote: describeQuote(text, start, end, contextLength), position: { start, end } };
}
