/**
 * The highlight layers Claimlight paints and their neutral public names. The page's own scripts can
 * read `CSS.highlights` (and <mark> attributes in the fallback), so names say nothing about the kind
 * of claim beyond a letter, and nothing at all about the reader's verdicts or notes.
 */
import type { ClaimKind } from '../../core/model';

/** One layer per claim kind, plus one verdict-neutral layer for passages the reader has a note on. */
export type Layer = ClaimKind | 'noted';

export const LAYERS: readonly Layer[] = ['quote', 'attributed', 'statistic', 'assertion', 'noted'];

/** Public (page-visible) name of each layer: `CSS.highlights` key and `<mark data-cl>` value. */
export const LAYER_NAME: Readonly<Record<Layer, string>> = {
  quote: 'cl-a',
  attributed: 'cl-b',
  statistic: 'cl-c',
  assertion: 'cl-d',
  noted: 'cl-n',
};

/** Paint order: later layers win where ranges overlap (a note is drawn over the claim it sits on). */
export const LAYER_PRIORITY: Readonly<Record<Layer, number>> = {
  assertion: 1,
  statistic: 2,
  attributed: 3,
  quote: 4,
  noted: 5,
};
