/**
 * Sentence segmentation: one Intl.Segmenter pass per block, then repair of the places where it ends a
 * sentence too early on news text (titles, initials, "U.S.", "Jan. 6", "a.m."). Returns offsets into the
 * caller's string, trimmed of white space, so a sentence's text is always `text.slice(start, end)`.
 */
import {
  AFTER_TIME_WORDS, INNER_ABBREVIATIONS, MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_STARTERS, TIME_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from './abbreviations';
import { isSpace } from './normalize';

/** A half-open range [start, end) of a string. */
export interface Span {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** A cached sentence segmenter per locale (creating one costs far more than using it). */
export function sentenceSegmenter(locale = 'en'): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    try {
      s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      // An invalid BCP 47 tag from a page's <html lang> must not break analysis.
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(locale, s);
  }
  return s;
}

const LEADING_PUNCT = /^[("'\u201C\u2018[]+/;
const DOTTED = /^(?:\p{L}\.){2,}$|^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_INITIAL = /^\p{Lu}$/u;
/** Unicode-class tests live at module level: a `\\p{…}` literal inside a function is compiled by esbuild to a per-call `new RegExp`. */
const TRAILING_NON_WORD = /[^\p{L}\p{N}]+$/u;
const STARTS_DIGIT = /^\p{N}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** Length of the longest listed abbreviation: a longer word without inner periods is never one. */
const LONGEST_ABBREVIATION = Math.max(
  ...[TITLE_ABBREVIATIONS, MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TIME_ABBREVIATIONS, INNER_ABBREVIATIONS].flatMap((set) => [...set].map((a) => a.length)),
);

/** The last white-space separated word of text[start, end). */
function lastWord(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && !isSpace(text.charAt(i - 1))) i--;
  return text.slice(i, end);
}

/** The first word of text[start, end), without leading quotes or brackets. */
function firstWord(text: string, start: number, end: number): string {
  let j = start;
  while (j < end && !isSpace(text.charAt(j))) j++;
  return text.slice(start, j).replace(LEADING_PUNCT, '');
}

/**
 * Decides whether a segment ending in `word` (which ends with ".") continues into a segment starting
 * with `next`. Data tables decide; the only rule is about what may follow.
 */
export function continuesAfter(word: string, next: string): boolean {
  const w = word.replace(LEADING_PUNCT, '');
  if (!w.endsWith('.') || w.endsWith('..')) return false;
  // Most sentences end on an ordinary word: longer than any listed abbreviation and with no inner period.
  if (w.length > LONGEST_ABBREVIATION + 1 && w.indexOf('.') === w.length - 1) return false;
  const base = w.slice(0, -1);
  const lower = base.toLowerCase();
  const nextLower = next.toLowerCase().replace(TRAILING_NON_WORD, '');
  if (next === '') return false;
  const startsDigit = STARTS_DIGIT.test(next);
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  if (MONTH_ABBREVIATIONS.has(lower) || NUMBER_ABBREVIATIONS.has(lower)) return startsDigit;
  if (TIME_ABBREVIATIONS.has(lower)) return AFTER_TIME_WORDS.has(nextLower) || STARTS_LOWER.test(next);
  if (SINGLE_INITIAL.test(base)) return STARTS_UPPER.test(next) && !SENTENCE_STARTERS.has(nextLower);
  if (DOTTED.test(base) || INNER_ABBREVIATIONS.has(lower)) return !SENTENCE_STARTERS.has(nextLower);
  return false;
}

/** Non-ASCII characters that never end a sentence: curly quotes, dashes, no-break space, soft hyphen. */
const INERT_NON_ASCII: ReadonlySet<number> = new Set([0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0xA0, 0xAD]);

/** Closing marks that may follow a final "." "!" "?" in the same sentence: ) ] } " ' ’ ” */
const CLOSERS: ReadonlySet<number> = new Set([41, 93, 125, 34, 39, 0x2019, 0x201D]);

/**
 * True when the English sentence rules cannot break text[start, end) anywhere but at its end: the text
 * before the first "." "!" "?" has no line separator and no non-ASCII character other than Latin letters
 * and the inert marks above, and after it come only more terminators and closing marks, then only
 * white space. Anything else is left to Intl.Segmenter. Single-sentence paragraphs are common in news;
 * for them the segmenter pass is skipped.
 */
export function isOneSentence(text: string, start: number, end: number): boolean {
  // 0: sentence body; 1: after a terminator (terminators and closing marks); 2: trailing white space.
  let state = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (state === 2) {
      if (c !== 32 && c !== 9 && c !== 0xA0) return false;
    } else if (c === 46 || c === 33 || c === 63) {
      state = 1;
    } else if (state === 1) {
      if (c === 32 || c === 9 || c === 0xA0) state = 2;
      else if (!CLOSERS.has(c)) return false;
    } else if (c < 128) {
      if (c === 10 || c === 13 || c === 11 || c === 12) return false;
    } else if (!((c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7) || INERT_NON_ASCII.has(c))) {
      return false;
    }
  }
  return true;
}

/**
 * Splits text[start, end) into sentences (trimmed spans), repairing abbreviation breaks.
 * Cost is one segmenter pass plus one look at each boundary: linear in the length.
 */
export function segmentSentences(text: string, start: number, end: number, segmenter: Intl.Segmenter = sentenceSegmenter()): Span[] {
  const out: Span[] = [];
  const slice = text.slice(start, end);
  let pending: Span | null = null;
  // Segment ends come from the next segment's index, so no segment string is ever created.
  let prevIndex = -1;
  const take = (segStart: number, segEnd: number): void => {
    let s = start + segStart;
    let e = start + segEnd;
    while (s < e && isSpace(text.charAt(s))) s++;
    while (e > s && isSpace(text.charAt(e - 1))) e--;
    if (s === e) return;
    // A "sentence" that starts with a lower-case letter continues the previous one (`…!” she said.`).
    const first = text.charCodeAt(s);
    const lowerStart = first < 128 ? first >= 97 && first <= 122 : STARTS_LOWER.test(text.charAt(s));
    // Only a segment ending in "." can end on an abbreviation; skip the word slicing otherwise.
    const endsWithPeriod = pending !== null && text.charCodeAt(pending.end - 1) === 46;
    if (pending && (lowerStart || (endsWithPeriod && continuesAfter(lastWord(text, pending.start, pending.end), firstWord(text, s, e))))) {
      pending.end = e;
      return;
    }
    if (pending) out.push(pending);
    pending = { start: s, end: e };
  };
  if (segmenter === segmenters.get('en') && isOneSentence(text, start, end)) {
    take(0, slice.length);
  } else {
    for (const seg of segmenter.segment(slice)) {
      if (prevIndex >= 0) take(prevIndex, seg.index);
      prevIndex = seg.index;
    }
    if (prevIndex >= 0) take(prevIndex, slice.length);
  }
  if (pending) out.push(pending);
  return out;
}
