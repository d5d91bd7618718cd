/**
 * Check-worthiness: how much a fact-checker would want to look at a sentence, 0..1, from surface
 * features — figures, dates, named entities, causal and comparative wording raise it; hedges, opinion
 * wording, questions and very short sentences lower it. Also decides statistic vs assertion.
 */
import type { Token } from '../text/tokens';
import { isCapitalized } from '../text/normalize';
import { CAPITALIZED_FUNCTION_WORDS } from './lexicon';

interface Feature {
  re: RegExp;
  weight: number;
}

/** Surface features and their weights; each counts once per sentence. */
const FEATURES: readonly Feature[] = [
  { re: /\d/u, weight: 0.2 },
  { re: /%|\bper ?cent\b|[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:million|billion|trillion|thousand|km|mile|miles|kilometers|tons|dollars|euros|people|deaths|dead|cases)\b/iu, weight: 0.15 },
  { re: /\b(?:hundreds|thousands|millions|billions|dozens|scores) of\b/iu, weight: 0.15 },
  { re: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)\b/u, weight: 0.1 },
  { re: /\b(?:because|caused|causing|due to|led to|leads to|as a result|result(?:ed)? in|blamed|responsible for|in order to)\b/iu, weight: 0.15 },
  { re: /\b(?:more|less|fewer|most|least|largest|biggest|highest|lowest|first|record|only|never|always|every|increase[ds]?|decrease[ds]?|rose|fell|doubled|tripled)\b/iu, weight: 0.1 },
  { re: /\b(?:killed|died|collapsed|won|lost|elected|signed|passed|approved|banned|arrested|charged|convicted|launched|cancel(?:l)?ed|invaded|attacked|fired|deployed|held back|released|announced|resigned|opposed)\b/iu, weight: 0.15 },
  { re: /\b(?:might|may|perhaps|possibly|probably|seems?|appears? to|could|would)\b/iu, weight: -0.1 },
  { re: /\b(?:I think|I believe|in my view|should|ought|must|beautiful|wonderful|terrible|amazing|awesome|love|hate|favorite|favourite|delicious|fun)\b/iu, weight: -0.2 },
  { re: /\?\s*["”’]?$/u, weight: -0.35 },
];

const BASE = 0.25;
const ATTRIBUTED_BONUS = 0.2;
/** Unattributed sentences at or above this become claims. */
export const ASSERTION_THRESHOLD = 0.45;

const STATISTIC_RE = /\d[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion)|[$€£¥]\s?\d|\b\d{2,}[\d,.]*\b(?!\s?(?:a\.m\.|p\.m\.))/iu;

/** Scores a sentence 0..1. */
export function checkWorthiness(sentence: string, tokens: readonly Token[], attributed: boolean): number {
  let score = BASE + (attributed ? ATTRIBUTED_BONUS : 0);
  for (const f of FEATURES) if (f.re.test(sentence)) score += f.weight;
  let entities = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word') continue;
    words++;
    if (isCapitalized(t.base) && !CAPITALIZED_FUNCTION_WORDS.has(t.lower) && !(i === 0 && ['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'there'].includes(t.lower))) entities++;
  }
  score += Math.min(0.3, entities * 0.08);
  if (words < 6) score -= 0.2;
  return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}

/** True when the sentence carries a figure worth checking (a count, share, amount or year-like number). */
export function isStatistic(sentence: string): boolean {
  return STATISTIC_RE.test(sentence);
}
