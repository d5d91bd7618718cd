/**
 * Where verdicts sit on ClaimReview's 1–5 rating scale, with their labels from core/labels.ts, so the
 * CSV, the Markdown report, both JSON-LD exports and the UI never disagree about how a verdict reads.
 */
import { VERDICT_LABELS } from '../core/labels';
import { VERDICTS, type Verdict } from '../core/model';

export interface VerdictInfo {
  /** Human label, used as-is in reports and as ClaimReview's `reviewRating.alternateName`. */
  label: string;
  /**
   * Position on the 1 (false) … 5 (accurate) scale, or null where the verdict says nothing about
   * truth ("opinion", "unsupported", "unverified": there is nothing to rate, only a label to show).
   */
  rating: number | null;
}

const RATINGS: Readonly<Record<Verdict, number | null>> = {
  unverified: null,
  accurate: 5,
  'mostly-accurate': 4,
  mixed: 3,
  misleading: 2,
  false: 1,
  unsupported: null,
  opinion: null,
};

export const VERDICT_INFO: Readonly<Record<Verdict, VerdictInfo>> = Object.fromEntries(
  VERDICTS.map((v) => [v, { label: VERDICT_LABELS[v], rating: RATINGS[v] }]),
) as Record<Verdict, VerdictInfo>;
