/**
 * Source noun phrases: finding the phrase that names who is speaking, to the left of a cue ("Ukrainian
 * Interior Ministry adviser Anton Gerashchenko wrote") or to its right ("said an unnamed U.S. official",
 * "according to the Foreign Ministry"), and splitting it into name and role. Works on frame tokens.
 */
import type { Token } from '../text/tokens';
import { isCapitalized } from '../text/normalize';
import {
  ANONYMOUS_HEADS, CAPITALIZED_FUNCTION_WORDS, COUNTRY_NAMES, DOCUMENT_HEADS, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES,
  NATIONALITIES, ORGANIZATION_WORDS,
  ROLE_MODIFIERS, ROLE_WORDS, VAGUE_HEADS, VAGUE_QUANTIFIERS,
} from './lexicon';

/** A run of tokens [from, to] (inclusive) naming a source. */
export interface NounPhrase {
  from: number;
  to: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'no', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'most', 'other', 'another', 'both']);
/** Words that stop a run of name tokens (titles, bodies, places, function words): one lookup instead of nine. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_WORDS, ...ORGANIZATION_WORDS, ...COUNTRY_NAMES, ...NATIONALITIES, ...CAPITALIZED_FUNCTION_WORDS, ...DETERMINERS,
  ...VAGUE_HEADS, ...ANONYMOUS_HEADS, ...DOCUMENT_HEADS,
]);
/** Words that join the parts of one name ("Ministry of Defense", "Ambassador to the U.S."). */
const CONNECTORS = new Set(['of', 'to', 'for', 'on', 'at', 'the', 'de', 'la', 'van', 'von', 'der', 'al', 'bin', 'del', 'da', 'di', 'du', 'le', '&', 'by']);
const MAX_NP = 14;
/** Prepositions that attach a place or body to an unnamed source: "officials in Kyiv", "experts at Yale". */
export const AFFILIATION = new Set(['in', 'at', 'from', 'for', 'with', 'inside', 'within']);
/** "close to", "familiar with": the words after them describe an anonymous source, not name it. */
export const CLOSENESS = new Set(['close', 'familiar', 'knowledgeable', 'near', 'linked', 'briefed', 'loyal']);

/** Module level: a `\\p{…}` literal inside a function becomes a per-call `new RegExp` in esbuild output. */
const STARTS_DIGIT = /^\p{N}/u;
const ACRONYM = /^\p{Lu}{2,}s?$/u;

/** True for a word that can sit inside a source phrase. */
function isNpWord(t: Token): boolean {
  if (t.type !== 'word') return false;
  const l = t.lower;
  if (isCapitalized(t.base)) return !CAPITALIZED_FUNCTION_WORDS.has(l) || COUNTRY_NAMES.has(l);
  if (STARTS_DIGIT.test(t.base)) return false;
  return ROLE_WORDS.has(l) || ROLE_MODIFIERS.has(l) || ANONYMOUS_HEADS.has(l) || VAGUE_HEADS.has(l) ||
    VAGUE_QUANTIFIERS.has(l) || DOCUMENT_HEADS.has(l) || ORGANIZATION_WORDS.has(l) || NATIONALITIES.has(l) ||
    l === 'familiar' || l === 'close' || l === 'knowledgeable' || l === 'unnamed' || l === 'anonymous';
}

const MAX_BODY_MODIFIERS = 2;
const MODIFIER_WORD = /^[a-z][a-z-]+$/u;

/** A lower-case noun that can qualify a body word ("space" agency, "news" agency, "health" ministry). */
function isBodyModifier(t: Token | undefined): t is Token {
  if (!t || t.type !== 'word' || t.possessive || !MODIFIER_WORD.test(t.lower) || t.lower.length < 3) return false;
  const l = t.lower;
  return !l.endsWith('ly') && !l.endsWith('ed') && !l.endsWith('ing') && !CONNECTORS.has(l) && !DETERMINERS.has(l) && !AFFILIATION.has(l) &&
    !CAPITALIZED_FUNCTION_WORDS.has(l) && !isNpWord(t);
}

/**
 * "The Russian space agency", "the state news agency": a body word after up to two lower-case noun
 * modifiers, opened by a determiner, a possessive or a name. Null when the words before the body word
 * are not such modifiers (then they are not part of the phrase: "the crash hurt agency").
 */
function bodyWithModifiers(tokens: readonly Token[], end: number): NounPhrase | null {
  let k = end - 1;
  while (end - k <= MAX_BODY_MODIFIERS && isBodyModifier(tokens[k])) k--;
  if (k === end - 1) return null;
  const opener = tokens[k];
  if (!opener || opener.type !== 'word') return null;
  if (opener.lower === 'the' || opener.lower === 'a' || opener.lower === 'an' || opener.lower === 'its' || opener.lower === 'their') return { from: k, to: end };
  if (opener.possessive || (isCapitalized(opener.base) && isNpWord(opener))) {
    const before = phraseLeft(tokens, k);
    return { from: before ? before.from : k, to: end };
  }
  return null;
}

const MAX_NAME_BEFORE_AND = 5;

/** True when the words just before the "and" at i are a capitalised name with a body word ("Center on Poverty"). */
function bodyNameBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.type !== 'word' || !isCapitalized(prev.base)) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_NAME_BEFORE_AND; k--) {
    const t = tokens[k] as Token;
    if (t.type !== 'word') return false;
    if (isCapitalized(t.base) && ORGANIZATION_WORDS.has(t.lower)) return true;
    if (!isCapitalized(t.base) && !CONNECTORS.has(t.lower)) return false;
  }
  return false;
}

/** The phrase ending at token `end`, walking left. Null when token `end` cannot end one. */
export function phraseLeft(tokens: readonly Token[], end: number): NounPhrase | null {
  const last = tokens[end];
  if (!last || !isNpWord(last)) return null;
  if (isBodyWord(last)) {
    const body = bodyWithModifiers(tokens, end);
    if (body) return body;
  }
  let from = end;
  let i = end - 1;
  while (i >= 0 && end - i < MAX_NP) {
    const t = tokens[i] as Token;
    if (t.type !== 'word') break;
    if (t.lower === 'the' || t.lower === 'by') {
      // "Ambassador to the U.S.": "the" after a connector continues the phrase; otherwise it opens it.
      const before = tokens[i - 1];
      if (t.lower === 'the' && before && before.type === 'word' && CONNECTORS.has(before.lower) && before.lower !== 'the') {
        i--;
        continue;
      }
      if (t.lower === 'by' && before && before.type === 'word' && DOCUMENT_HEADS.has(before.lower)) {
        i--;
        continue;
      }
      if (t.lower === 'the') from = i;
      break;
    }
    if (AFFILIATION.has(t.lower) && (ANONYMOUS_HEADS.has(tokens[i - 1]?.lower ?? '') || VAGUE_HEADS.has(tokens[i - 1]?.lower ?? ''))) {
      // "officials in Kyiv", "experts at Harvard", "a spokesman for the ministry"
      i--;
      continue;
    }
    if ((t.lower === 'to' || t.lower === 'with') && CLOSENESS.has(tokens[i - 1]?.lower ?? '')) {
      // "a source close to the chancellor", "people familiar with the talks"
      i--;
      continue;
    }
    if (t.lower === 'and' && isCapitalized((tokens[from] as Token).base) && bodyNameBefore(tokens, i)) {
      // "Center on Poverty and Inequality", "Department of Health and Human Services": one body's name.
      i--;
      continue;
    }
    if (CONNECTORS.has(t.lower) && !isCapitalized(t.base)) {
      const before = tokens[i - 1];
      if (before && isNpWord(before) && (isCapitalized(before.base) || ROLE_WORDS.has(before.lower) || DOCUMENT_HEADS.has(before.lower) || ANONYMOUS_HEADS.has(before.lower) || before.lower === 'number')) {
        i--;
        continue;
      }
      break;
    }
    if (DETERMINERS.has(t.lower) && !VAGUE_HEADS.has(t.lower) || (t.lower === 'a' || t.lower === 'an')) {
      from = i;
      break;
    }
    if (isNpWord(t)) {
      from = i;
      i--;
      continue;
    }
    break;
  }
  // A phrase may not start with a connector left over from the walk.
  while (from < end && CONNECTORS.has((tokens[from] as Token).lower) && (tokens[from] as Token).lower !== 'the') from++;
  return { from, to: end };
}

/** The phrase starting at token `start`, walking right (after "according to", or `said X`). */
export function phraseRight(tokens: readonly Token[], start: number): NounPhrase | null {
  let i = start;
  const first = tokens[i];
  if (!first || first.type !== 'word') return null;
  while (i < tokens.length && DETERMINERS.has((tokens[i] as Token).lower) && !isCapitalized((tokens[i] as Token).base)) i++;
  let to = -1;
  while (i < tokens.length && i - start < MAX_NP) {
    const t = tokens[i] as Token;
    if (t.type !== 'word') break;
    if (AFFILIATION.has(t.lower) && to >= 0 && (ANONYMOUS_HEADS.has((tokens[to] as Token).lower) || VAGUE_HEADS.has((tokens[to] as Token).lower)) && tokens[i + 1] && (isCapitalized((tokens[i + 1] as Token).base) || (tokens[i + 1] as Token).lower === 'the')) {
      i++;
      continue;
    }
    if ((t.lower === 'with' || t.lower === 'to') && to >= 0 && CLOSENESS.has((tokens[to] as Token).lower)) {
      i++;
      continue;
    }
    if (CONNECTORS.has(t.lower) && !isCapitalized(t.base) && to >= 0) {
      // Continue through "of the" / "to the" only when a name or role follows.
      let k = i + 1;
      while (k < tokens.length && (tokens[k] as Token).type === 'word' && CONNECTORS.has((tokens[k] as Token).lower) && k - i < 3) k++;
      const next = tokens[k];
      if (next && isNpWord(next) && (isCapitalized(next.base) || ORGANIZATION_WORDS.has(next.lower) || DOCUMENT_HEADS.has(next.lower))) {
        i = k;
        continue;
      }
      break;
    }
    if ((t.lower === 'and' || t.lower === '&') && to >= 0 && isCapitalized((tokens[to] as Token).base)) {
      // "World Travel and Tourism Council": continue only when the capitalised run after "and" is an organisation.
      let k = i + 1;
      while (k < tokens.length && k - i <= 4 && (tokens[k] as Token).type === 'word' && isCapitalized((tokens[k] as Token).base)) k++;
      const last = tokens[k - 1];
      if (k > i + 1 && last && ORGANIZATION_WORDS.has(last.lower)) {
        to = k - 1;
        i = k;
        continue;
      }
      break;
    }
    // "according to the Russian space agency", "said Ukraine's defense ministry": modifiers, then the body word.
    const body = to >= 0 || i > start ? bodyAhead(tokens, i) : -1;
    if (body >= 0) {
      to = body;
      i = body + 1;
      continue;
    }
    if (!isNpWord(t) && !(t.lower === 'number' && tokens[i + 1]?.lower === 'of')) break;
    to = i;
    if (t.possessive && !isCapitalized(tokens[i + 1]?.base ?? '') && bodyAhead(tokens, i + 1) < 0) break;
    i++;
  }
  if (to < 0) return null;
  return { from: start, to };
}

function isLowerNpWord(t: Token | undefined): t is Token {
  return !!t && t.type === 'word' && !t.possessive && !isCapitalized(t.base) && isNpWord(t) && !DETERMINERS.has(t.lower) && !VAGUE_QUANTIFIERS.has(t.lower);
}

/** Index of the body word when tokens from i are one or two lower-case modifiers and a body word, else -1. */
function bodyAhead(tokens: readonly Token[], i: number): number {
  let k = i;
  // Lower-case source words ("defense", "health") may qualify a body word too.
  while (k - i < MAX_BODY_MODIFIERS && (isBodyModifier(tokens[k]) || isLowerNpWord(tokens[k]))) k++;
  // The body word itself may be what the walk stopped on ("Ukraine's ministry").
  if (k > i && !isBodyWord(tokens[k]) && isBodyWord(tokens[k - 1])) k--;
  return k > i && isBodyWord(tokens[k]) ? k : -1;
}

/**
 * A lower-case body word ("agency", "ministry", "firm"). Short entries of the table are acronyms written
 * in capitals ("WHO", "EU"): in lower case they are other words ("who").
 */
function isBodyWord(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.lower.length >= 4 && ORGANIZATION_WORDS.has(t.lower) && !isCapitalized(t.base);
}

/** True for a token that can be part of a person's name (not a title, role, organisation or place). */
export function isNameToken(t: Token): boolean {
  if (t.type !== 'word' || !isCapitalized(t.base)) return false;
  const l = t.lower;
  // "Bill", "Grace", "Mark": first names that are also common words.
  if (FEMALE_FIRST_NAMES.has(l) || MALE_FIRST_NAMES.has(l)) return !CAPITALIZED_FUNCTION_WORDS.has(l);
  return !NOT_NAME_WORDS.has(l) && !ACRONYM.test(t.base);
}

/** The trailing run of name tokens in a phrase: [from, to] or null. */
export function trailingName(tokens: readonly Token[], np: NounPhrase): NounPhrase | null {
  let from = np.to + 1;
  for (let i = np.to; i >= np.from; i--) {
    const t = tokens[i] as Token;
    // "Energy Minister German Galushchenko": a nationality word right after a title is a first name.
    const firstNameAfterTitle = i < np.to && NATIONALITIES.has(t.lower) && isCapitalized(t.base) && ROLE_WORDS.has(tokens[i - 1]?.lower ?? '');
    if (!isNameToken(t) && !firstNameAfterTitle) break;
    // only the last token of a name may carry a possessive
    if (t.possessive && i !== np.to) break;
    from = i;
  }
  if (from > np.to) return null;
  const before = tokens[from - 1];
  // "Ministry of Defense", "Council on Foreign Relations": the run belongs to an organisation's name.
  if (before && from > np.from && (CONNECTORS.has(before.lower) || before.possessive || ORGANIZATION_WORDS.has(before.lower))) return null;
  return { from, to: np.to };
}
