/**
 * Check-worthiness: how much a fact-checker would want to look at a sentence, 0..1, from surface
 * features — figures, dates, named entities, causal and comparative wording raise it; hedges, opinion
 * wording, questions and very short sentences lower it. Also decides statistic vs assertion.
 */
import type { Token } from '../text/tokens';
import { isCapitalized } from '../text/normalize';
import { CAPITALIZED_FUNCTION_WORDS } from './lexicon';

/** Word features and their weights: a word list per feature; each feature counts once per sentence. */
const WORD_FEATURES: ReadonlyArray<[words: string, weight: number]> = [
  // amounts
  ['percent million billion trillion thousand km mile miles kilometers tons dollars euros deaths dead cases hundreds thousands millions billions dozens', 0.15],
  // dates
  ['january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday', 0.1],
  // causal wording
  ['because caused causing due led leads result resulted blamed responsible', 0.15],
  // comparisons and absolutes
  ['more less fewer most least largest biggest highest lowest first record only never always every increase increased increases decrease decreased rose fell doubled tripled', 0.1],
  // events
  ['killed died collapsed won lost elected signed passed approved banned arrested charged convicted launched canceled cancelled invaded attacked fired deployed released announced resigned opposed', 0.15],
  // hedges
  ['might perhaps possibly probably seem seems appear appears could would', -0.1],
  // opinion
  ['think should ought must beautiful wonderful terrible amazing awesome love hate favorite favourite delicious fun', -0.2],
  // the writer's own experience, outside any quotation
  ['i my me we our us', -0.15],
  // conditionals and stance adverbs
  ['if unless clearly certainly obviously admittedly arguably surely exactly indeed insane great best worst', -0.1],
];
const WORD_FEATURE: ReadonlyMap<string, number> = new Map(
  WORD_FEATURES.flatMap(([words], index) => words.split(' ').map((w): [string, number] => [w, index])),
);

const BASE = 0.25;
const ATTRIBUTED_BONUS = 0.2;
/** Unattributed sentences at or above this become claims. */
export const ASSERTION_THRESHOLD = 0.35;

const QUESTION_END = /\?\s*["”’]?$/u;
const STATISTIC_RE = /\d[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion)|[$€£¥]\s?\d|\b\d{2,}[\d,.]*\b(?!\s?(?:a\.m\.|p\.m\.))/iu;

/** Scores a sentence 0..1. */
export function checkWorthiness(sentence: string, tokens: readonly Token[], attributed: boolean): number {
  let score = BASE + (attributed ? ATTRIBUTED_BONUS : 0);
  let seen = 0; // bit set of WORD_FEATURES already counted
  let digits = false;
  let entities = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word') continue;
    words++;
    const f = WORD_FEATURE.get(t.lower);
    if (f !== undefined && !(seen & (1 << f))) {
      seen |= 1 << f;
      score += (WORD_FEATURES[f] as [string, number])[1];
    }
    if (!digits) {
      const c = t.base.charCodeAt(0);
      if (c >= 48 && c <= 57) digits = true;
    }
    if (isCapitalized(t.base) && !CAPITALIZED_FUNCTION_WORDS.has(t.lower) && !(i === 0 && ['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'there'].includes(t.lower))) entities++;
  }
  if (digits) score += 0.2;
  if (sentence.includes('%') || /[$€£¥]\s?\d/u.test(sentence)) score += 0.15;
  if (QUESTION_END.test(sentence)) score -= 0.35;
  score += Math.min(0.3, entities * 0.08);
  if (words < 6) score -= 0.2;
  return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}

/** True when the sentence carries a figure worth checking (a count, share, amount or year-like number). */
export function isStatistic(sentence: string): boolean {
  // Most sentences have no digit at all: answer those without running the pattern.
  return /\d/u.test(sentence) && STATISTIC_RE.test(sentence);
}
