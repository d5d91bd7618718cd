/**
 * How verdicts read in exports, and where they sit on ClaimReview's 1–5 rating scale.
 * One table, so the CSV, the Markdown report and both JSON-LD exports never disagree about a verdict.
 */
import type { Verdict } from '../core/model';

export interface VerdictInfo {
  /** Human label, used as-is in reports and as ClaimReview's `reviewRating.alternateName`. */
  label: string;
  /**
   * Position on the 1 (false) … 5 (accurate) scale, or null where the verdict says nothing about
   * truth ("opinion", "unsupported": there is nothing to rate, only a label to show).
   */
  rating: number | null;
}

export const VERDICT_INFO: Readonly<Record<Verdict, VerdictInfo>> = {
  unverified: { label: 'Unverified', rating: null },
  accurate: { label: 'Accurate', rating: 5 },
  'mostly-accurate': { label: 'Mostly accurate', rating: 4 },
  mixed: { label: 'Mixed', rating: 3 },
  misleading: { label: 'Misleading', rating: 2 },
  false: { label: 'False', rating: 1 },
  unsupported: { label: 'Unsupported', rating: null },
  opinion: { label: 'Opinion', rating: null },
};
