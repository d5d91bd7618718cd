/** Public face of core/anchoring: describe a passage as selectors, and find a selector again in new text. */
export { describeQuote, describeSelector, DEFAULT_CONTEXT_LENGTH } from './describe-quote';
export { anchor, DEFAULT_MAX_FUZZY_WORK } from './anchor';
export type { AnchorResult, AnchorMethod, AnchorOptions } from './anchor';
export { bestApproxMatch } from './edit-distance';
export type { ApproxMatch } from './edit-distance';
