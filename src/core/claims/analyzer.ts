/**
 * The incremental claim analyzer: blocks in, claims out, with discourse state (people named so far,
 * last speakers, a quotation left open) kept between calls so a live page can be scanned as it grows.
 * Per block: pair quotes, segment sentences once, read each sentence's frame for attribution, then give
 * cue-less quoted sentences the speaker of their quotation (same paragraph, or the paragraph before when
 * it left the quotation open or ended on a colon). Linear in the text length.
 */
import type { Attribution, Claim } from '../model';
import { pairQuotes } from '../text/quotes';
import { segmentSentences, sentenceSegmenter, type Span } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import { looksEnglish } from '../text/language';
import { attributeSentence } from './attribution';
import { CUE_VERBS } from './lexicon';
import { ASSERTION_THRESHOLD, checkWorthiness, isStatistic } from './check-worthiness';
import { DiscourseState } from './discourse';

/** A block of the article text (paragraph, heading, …), as offsets into the text map string. */
export interface TextBlock {
  start: number;
  end: number;
  kind: 'paragraph' | 'heading' | 'blockquote' | 'list-item' | 'caption' | 'other';
}

/** Options of the engine. */
export interface AnalyzeOptions {
  /** BCP 47 language of the page (`<html lang>`), null when unknown. */
  lang?: string | null;
}

/** An engine instance that remembers the discourse between calls (live pages). */
export interface ClaimAnalyzer {
  /** Analyzes more blocks of `text`; ids continue from the previous call. */
  analyzeBlocks(text: string, blocks: readonly TextBlock[]): Claim[];
}

interface SentenceInfo {
  span: Span;
  tokens: Token[];
  /** Indices of the block's quote spans this sentence touches. */
  quoteIds: number[];
  quoteChars: number;
  attribution: Attribution | null;
  wordCount: number;
}

/** Shared by every sentence without a quotation; never written to. */
const NO_QUOTES: number[] = [];
const OPENING_QUOTE = /^["\u201C\u00AB\u201E]/u;
const QUOTE_SHARE_FOR_INHERIT = 0.5;
/** Fewer words than this outside a quotation, and a sentence is too short to be a claim by itself. */
const MIN_WORDS = 4;
/** Language-neutral figures for pages not in English: a percentage or an amount of money. */
const NEUTRAL_STATISTIC = /\d\s?%|%\s?\d|[$€£¥]\s?\d|\d\s?[$€£¥]/u;

/** True when text[.., end) ends with `?"`, `!”` or `…’` (checked per sentence, so no slicing or regex). */
function endsQuestionQuote(text: string, end: number): boolean {
  const q = text.charCodeAt(end - 1);
  if (q !== 34 && q !== 0x201D && q !== 0x2019) return false;
  const p = text.charCodeAt(end - 2);
  return p === 63 || p === 33 || p === 0x2026;
}
const SHORT_ATTRIBUTION_MAX_WORDS = 6;
/** Module level: a `\\p{…}` literal inside a function becomes a per-call `new RegExp` in esbuild output. */
const NON_LETTERS = /[^\p{L}]+/gu;

/**
 * `“Why not?” Forte said.` — the segmenter ends a sentence after a question or exclamation inside a
 * quotation; a short cue-only sentence after it belongs to it.
 */
function joinShortAttributions(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && endsQuestionQuote(text, prev.end)) {
      const words = text.slice(s.start, s.end).split(/\s+/u);
      if (words.length <= SHORT_ATTRIBUTION_MAX_WORDS && words.some((w) => CUE_VERBS.has(w.toLowerCase().replace(NON_LETTERS, '')))) {
        prev.end = s.end;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/**
 * Quoted sentences without a cue take the speaker of their quotation: the attributed sentence that shares
 * it, else (when mostly quoted) the nearest attributed quoted sentence before or after, else the speaker
 * carried over from the previous block when this one opens with a quote mark and names nobody.
 */
function inheritQuoteSpeakers(text: string, block: TextBlock, infos: SentenceInfo[], carry: Attribution | null): void {
  const startsInQuote = OPENING_QUOTE.test(text.slice(block.start, block.start + 1));
  const carried = startsInQuote ? carry : null;
  // Speaker of each quotation, and for each sentence the nearest attributed quoted sentence before it.
  const spanSpeaker = new Map<number, Attribution>();
  const anyAttributed = infos.some((o) => o.attribution);
  const prevQuoted: (Attribution | null)[] = [];
  let lastQuoted: Attribution | null = null;
  for (const o of infos) {
    prevQuoted.push(lastQuoted);
    if (o.attribution && o.quoteIds.length > 0) {
      lastQuoted = o.attribution;
      for (const id of o.quoteIds) if (!spanSpeaker.has(id)) spanSpeaker.set(id, o.attribution);
    }
  }
  let nextQuoted: Attribution | null = null;
  const nextQuotedAt: (Attribution | null)[] = new Array<Attribution | null>(infos.length).fill(null);
  for (let k = infos.length - 1; k >= 0; k--) {
    nextQuotedAt[k] = nextQuoted;
    const o = infos[k] as SentenceInfo;
    if (o.attribution && o.quoteIds.length > 0) nextQuoted = o.attribution;
  }
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i] as SentenceInfo;
    if (info.attribution || info.quoteIds.length === 0) continue;
    const len = info.span.end - info.span.start;
    let donor: Attribution | null = null;
    for (const id of info.quoteIds) donor = donor ?? spanSpeaker.get(id) ?? null;
    if (!donor && info.quoteChars / len >= QUOTE_SHARE_FOR_INHERIT) {
      donor = prevQuoted[i] ?? nextQuotedAt[i] ?? (carried && !anyAttributed ? carried : null);
    }
    if (donor) info.attribution = { ...donor, cue: null };
  }
}

/** True when `lang` is English or unknown (the rules are English rules). */
export function isEnglish(lang: string | null | undefined): boolean {
  return !lang || /^en(?:$|[-_])/iu.test(lang.trim());
}

/** Creates an analyzer whose state carries across `analyzeBlocks` calls. */
export function createClaimAnalyzer(options: AnalyzeOptions = {}): ClaimAnalyzer {
  // Undeclared language: decided once, from the first text seen (see looksEnglish).
  let english: boolean | null = options.lang ? isEnglish(options.lang) : null;
  const segmenterFor = (en: boolean): Intl.Segmenter => sentenceSegmenter(en ? 'en' : (options.lang ?? 'und'));
  const state = new DiscourseState();
  let nextId = 0;

  function analyzeBlock(text: string, block: TextBlock, out: Claim[]): void {
    const pairing = pairQuotes(text, block.start, block.end);
    const sentences = joinShortAttributions(text, segmentSentences(text, block.start, block.end, segmenterFor(english !== false)));
    if (!english) {
      // Non-English pages: the English cue and name rules would only produce false attributions, so only
      // language-neutral figures (percentages, money) are reported, unattributed.
      for (const s of sentences) {
        const t = text.slice(s.start, s.end);
        if (NEUTRAL_STATISTIC.test(t)) out.push({ id: `c${nextId++}`, text: t, start: s.start, end: s.end, kind: 'statistic', checkWorthiness: 0.6, attribution: null });
      }
      return;
    }
    const infos: SentenceInfo[] = [];
    let q = 0;
    for (const span of sentences) {
      const tokens = tokenize(text, span.start, span.end, pairing.spans);
      while (q < pairing.spans.length && (pairing.spans[q] as Span).end <= span.start) q++;
      // Most sentences touch no quotation: they share one empty list.
      let quoteIds: number[] = NO_QUOTES;
      let quoteChars = 0;
      for (let k = q; k < pairing.spans.length && (pairing.spans[k] as Span).start < span.end; k++) {
        const qs = pairing.spans[k] as Span;
        if (quoteIds === NO_QUOTES) quoteIds = [];
        quoteIds.push(k);
        quoteChars += Math.min(qs.end, span.end) - Math.max(qs.start, span.start);
      }
      let wordCount = 0;
      for (const t of tokens) if (t.type === 'word') wordCount++;
      state.nextSentence();
      const found = wordCount > 0 ? attributeSentence(text, tokens) : null;
      // Resolve before noting this sentence's names: "…, he said of Smith" must not make "he" Smith.
      const attribution = found ? state.resolve(found) : null;
      state.registerNames(tokens);
      infos.push({ span, tokens, quoteIds, quoteChars, attribution, wordCount });
    }

    // Quoted sentences without a cue take the speaker of their quotation (nothing to do in a block without one).
    if (pairing.spans.length > 0) inheritQuoteSpeakers(text, block, infos, state.carry);

    const startsInQuote = OPENING_QUOTE.test(text.slice(block.start, block.start + 1));
    // What the next block may carry on.
    const last = infos[infos.length - 1];
    const endsOnColon = /:\s*$/u.test(text.slice(Math.max(block.start, block.end - 3), block.end));
    if (pairing.openAtEnd || endsOnColon) {
      let a: Attribution | null = null;
      for (let k = infos.length - 1; k >= 0 && !a; k--) a = (infos[k] as SentenceInfo).attribution;
      state.carry = a ?? (startsInQuote ? state.carry : null);
    } else if (last) {
      state.carry = null;
    }

    for (const info of infos) {
      const t = text.slice(info.span.start, info.span.end);
      const a = info.attribution;
      if (a) {
        out.push({
          id: `c${nextId++}`, text: t, start: info.span.start, end: info.span.end,
          kind: info.quoteIds.length > 0 ? 'quote' : 'attributed',
          checkWorthiness: checkWorthiness(t, info.tokens, true), attribution: a,
        });
        continue;
      }
      if (block.kind === 'heading' || info.wordCount < MIN_WORDS) continue;
      const score = checkWorthiness(t, info.tokens, false);
      if (score < ASSERTION_THRESHOLD) continue;
      out.push({
        id: `c${nextId++}`, text: t, start: info.span.start, end: info.span.end,
        kind: isStatistic(t) ? 'statistic' : 'assertion', checkWorthiness: score, attribution: null,
      });
    }
  }

  return {
    analyzeBlocks(text: string, blocks: readonly TextBlock[]): Claim[] {
      const out: Claim[] = [];
      if (english === null && blocks.length > 0) {
        let sample = '';
        for (const b of blocks) {
          sample += text.slice(b.start, Math.min(b.end, b.start + 4000)) + ' ';
          if (sample.length >= 4000) break;
        }
        english = looksEnglish(sample);
      }
      for (const block of blocks) {
        if (block.end > block.start) analyzeBlock(text, block, out);
      }
      return out;
    },
  };
}
