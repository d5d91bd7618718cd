/**
 * Entry point of the claim engine: text map string + block boundaries → claims with attribution.
 * PLACEHOLDER: a naive sentence pass so other parts can integrate; the real engine replaces it.
 */
import type { Claim } from '../model';

/** A block of the article text (paragraph, heading, …), as offsets into the text map string. */
export interface TextBlock {
  start: number;
  end: number;
  kind: 'paragraph' | 'heading' | 'blockquote' | 'list-item' | 'caption' | 'other';
}

export interface AnalyzeOptions {
  /** BCP 47 language of the page (`<html lang>`), null when unknown. */
  lang?: string | null;
}

/** Finds the claims in `text`; offsets of the result index into `text`. */
export function analyzeText(text: string, blocks: TextBlock[], options: AnalyzeOptions = {}): Claim[] {
  void options;
  const claims: Claim[] = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const block of blocks) {
    for (const s of segmenter.segment(text.slice(block.start, block.end))) {
      const sentence = s.segment.trim();
      if (!/\b(said|says|told|according to)\b/.test(sentence)) continue;
      const start = block.start + s.index + s.segment.indexOf(sentence);
      claims.push({ id: `c${claims.length}`, text: sentence, start, end: start + sentence.length, kind: 'attributed', checkWorthiness: 0.5, attribution: null });
    }
  }
  return claims;
}
