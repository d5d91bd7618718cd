/**
 * Entry point of the claim engine: text map string + block boundaries → claims with attribution.
 * One analyzer, one call; the incremental form for live pages is `createClaimAnalyzer` (analyzer.ts).
 */
import type { Claim } from '../model';
import { createClaimAnalyzer, type AnalyzeOptions, type TextBlock } from './analyzer';

export type { AnalyzeOptions, TextBlock } from './analyzer';
export { createClaimAnalyzer, type ClaimAnalyzer } from './analyzer';

/** Finds the claims in `text`; offsets of the result index into `text`. */
export function analyzeText(text: string, blocks: TextBlock[], options: AnalyzeOptions = {}): Claim[] {
  return createClaimAnalyzer(options).analyzeBlocks(text, blocks);
}
