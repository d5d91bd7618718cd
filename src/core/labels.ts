/**
 * Human-readable labels for the model's enumerations, shared by every UI (card, popup, options, exports),
 * so a verdict or source type reads the same everywhere. Plain data: no DOM, no browser.
 */
import type { ClaimKind, SourceType, Verdict } from './model';

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  unverified: 'Unverified',
  accurate: 'Accurate',
  'mostly-accurate': 'Mostly accurate',
  mixed: 'Mixed',
  misleading: 'Misleading',
  false: 'False',
  unsupported: 'Unsupported',
  opinion: 'Opinion',
};

export const SOURCE_TYPE_LABELS: Readonly<Record<SourceType, string>> = {
  'named-person': 'Named person',
  anonymous: 'Anonymous source',
  organization: 'Organisation',
  'news-outlet': 'News outlet',
  vague: 'Vague attribution',
  document: 'Document',
};

export const CLAIM_KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  quote: 'Quote',
  attributed: 'Attributed statement',
  statistic: 'Statistic',
  assertion: 'Assertion',
};

/** "3/5" for a confidence, or "not rated". */
export function confidenceLabel(confidence: number | null): string {
  return confidence === null ? 'not rated' : `${confidence}/5`;
}
