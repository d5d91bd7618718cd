/**
 * Word tokens of one sentence, with each direct quotation collapsed into a single "quote" token. Rules
 * then read the frame of a sentence (who said it, how) without tripping over the words of the quotation.
 * Abbreviations keep their final period ("U.S.", "M."), possessives their "’s".
 */
import { INNER_ABBREVIATIONS, MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations';
import type { Span } from './sentences';

/** A word, one punctuation character, or a whole quotation. */
export type TokenType = 'word' | 'punct' | 'quote';

/** One token of a sentence, with offsets into the analysed string. */
export interface Token {
  type: TokenType;
  /** Offsets in the analysed string. */
  start: number;
  end: number;
  /** Surface text, soft hyphens removed. */
  text: string;
  /** Lower case of `base`. */
  lower: string;
  /** The word without a possessive ending ("Netanyahu" for "Netanyahu’s"). */
  base: string;
  /** True for "X’s" / "X's" / "Xs’". */
  possessive: boolean;
}

const CLITIC = /(?:['\u2019](?:re|ve|ll|d|m)|n['\u2019]t)$/iu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Module level: a `\\p{…}` literal inside a function becomes a per-call `new RegExp` in esbuild output. */
const SINGLE_LETTER = /^\p{L}$/u;

/** Letters, digits and combining marks; ASCII decided without a regex. */
function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (Number.isNaN(c)) return false;
  return c !== 0xA0 && c !== 0xAD && !(c >= 0x2000 && c <= 0x206F) && WORD_CHAR.test(text.charAt(i));
}

/** Characters that join two word parts: . ' ’ - ‑ soft hyphen & */
function isJoinCode(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 0x2011 || c === 0xAD || c === 38;
}

/** True when a word ending in "." keeps the period as part of an abbreviation. */
function keepsPeriod(word: string): boolean {
  if (word.includes('.')) return true; // "U.S" + "." → "U.S."
  if (SINGLE_LETTER.test(word)) return true; // initial "M."
  const lower = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(lower) || MONTH_ABBREVIATIONS.has(lower) || INNER_ABBREVIATIONS.has(lower) || NUMBER_ABBREVIATIONS.has(lower);
}

/**
 * One word token. `plain` says the scan saw only lower-case ASCII letters, digits and joiners, so the
 * surface is already its own lower case (most words: no toLowerCase call); `soft` that a soft hyphen
 * was seen (only then is the surface rewritten).
 */
function makeWord(text: string, start: number, end: number, plain = false, soft = true): Token {
  let surface = text.slice(start, end);
  if (soft && surface.includes('\u00AD')) surface = surface.replace(/\u00AD/g, '');
  const n = surface.length;
  const apostrophe = surface.charCodeAt(n - 2);
  const possessive = n > 2 && surface.charCodeAt(n - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
  const base = possessive ? surface.slice(0, n - 2) : surface;
  return { type: 'word', start, end, text: surface, lower: plain ? base : base.toLowerCase(), base, possessive };
}

/**
 * Tokenizes text[start, end). `quotes` are the quotation spans of the enclosing block (sorted); the part
 * of each that overlaps the range becomes one quote token. Linear in the length.
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly Span[] = []): Token[] {
  const out: Token[] = [];
  let q = 0;
  while (q < quotes.length && (quotes[q] as Span).end <= start) q++;
  let i = start;
  while (i < end) {
    const span = quotes[q];
    if (span && span.start <= i) {
      const qEnd = Math.min(span.end, end);
      if (qEnd > i) {
        const s = text.slice(i, qEnd);
        out.push({ type: 'quote', start: i, end: qEnd, text: s, lower: '', base: '', possessive: false });
      }
      i = Math.max(qEnd, i + 1);
      q++;
      continue;
    }
    const limit = span ? Math.min(end, span.start) : end;
    const code = text.charCodeAt(i);
    if (isWordCode(code, text, i)) {
      let j = i + 1;
      let apostrophe = false;
      let soft = false;
      // Lower-case ASCII so far (the first character decides for letters that have a case).
      let plain = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
      while (j < limit) {
        const c = text.charCodeAt(j);
        // Lower-case ASCII letters, most of every word: no other test needed.
        if (c >= 97 && c <= 122) {
          j++;
          continue;
        }
        if (isWordCode(c, text, j)) {
          if (c < 97 || c > 122) plain = plain && c >= 48 && c <= 57;
          j++;
        } else if (isJoinCode(c) && j + 1 < limit && isWordCode(text.charCodeAt(j + 1), text, j + 1)) {
          if (c === 39 || c === 0x2019) apostrophe = true;
          else if (c === 0xAD) soft = true;
          j += 2;
          const d = text.charCodeAt(j - 1);
          if (d < 97 || d > 122) plain = plain && d >= 48 && d <= 57;
        } else break;
      }
      if (j < limit && text.charCodeAt(j) === 46 && keepsPeriod(text.slice(i, j))) j++;
      // "U.K.’s": possessive after an abbreviation's period
      if (j + 1 < limit && (text.charCodeAt(j) === 0x2019 || text.charCodeAt(j) === 39) && text.charCodeAt(j + 1) === 115 && !isWordCode(text.charCodeAt(j + 2), text, j + 2)) j += 2;
      // "We’re", "I’d", "don’t": the clitic is its own token, so "We’re told" reads as a passive.
      const m = apostrophe ? CLITIC.exec(text.slice(i, j)) : null;
      if (m && m.index > 0) {
        out.push(makeWord(text, i, i + m.index));
        const c = makeWord(text, i + m.index, j);
        c.lower = c.lower.replace('\u2019', "'");
        out.push(c);
      } else {
        out.push(makeWord(text, i, j, plain && !apostrophe, soft));
      }
      i = j;
    } else if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xA0 || code === 0xAD || (code >= 0x2000 && code <= 0x200B) || code === 0x202F || code === 0x3000) {
      i++;
    } else {
      const ch = text.charAt(i);
      out.push({ type: 'punct', start: i, end: i + 1, text: ch, lower: ch, base: ch, possessive: false });
      i++;
    }
  }
  return out;
}
