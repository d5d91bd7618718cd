/**
 * Source typing: turns a source phrase into speaker text, role and sourceType (named-person, anonymous,
 * organization, news-outlet, vague, document) following the conventions of the labelled fixtures.
 */
import type { SourceType } from '../model';
import type { Token } from '../text/tokens';
import { foldWord, isCapitalized } from '../text/normalize';
import {
  ANONYMOUS_HEADS, COUNTRY_NAMES, COURTESY_TITLES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, ROLE_WORDS, DOCUMENT_HEADS, NEWS_OUTLETS, ORGANIZATION_WORDS, PRONOUNS, VAGUE_HEADS,
  VAGUE_QUANTIFIERS,
} from './lexicon';
import { AFFILIATION, CLOSENESS, trailingName, type NounPhrase } from './noun-phrase';

/** A typed source phrase: who, in what role, of which kind. */
export interface SourceRef {
  speaker: string;
  role: string | null;
  sourceType: SourceType;
  /** Lower-case head word ("official", "ministry"), for later definite mentions. */
  head: string;
  /** "the official", "the ministry": refers back to a source named earlier. */
  definite: boolean;
  /** Set when the phrase is a pronoun to resolve. */
  pronoun?: 'person' | 'group' | 'thing';
  /** Set for a person known by one name only ("Markarova"), to resolve against earlier full names. */
  singleName?: boolean;
  /** The phrase itself shows a person: a title ("Mr.", "President") or a known first name. */
  personal?: boolean;
}

const OUTLET_KEYS: ReadonlySet<string> = new Set(NEWS_OUTLETS.map((o) => o.toLowerCase()));
/** Last words of newspaper and broadcaster names ("The Korea Times", "Kyiv Post"). */
const OUTLET_NAME_ENDINGS = new Set(['Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'News', 'Daily', 'Telegraph', 'Chronicle', 'Observer', 'Mirror', 'Express', 'Standard', 'Independent', 'Guardian', 'Reporter', 'Magazine', 'Radio', 'TV', 'Television', 'Broadcasting', 'Courier', 'Dispatch', 'Inquirer', 'Examiner', 'Sentinel', 'Bulletin', 'Register', 'Star', 'Sun', 'Monitor']);
const LEADING_ARTICLES = new Set(['the', 'a', 'an']);
const OUTLET_WORDS = new Set(['newspaper', 'broadcaster', 'magazine', 'tabloid', 'daily', 'outlet', 'channel']);

/** Folds a slice of the page into display text: one space per white-space run, no soft hyphens. */
export function cleanSlice(text: string, start: number, end: number): string {
  return foldWord(text.slice(start, end)).replace(/[\s\u00A0]+/g, ' ').replace(/[,;:\s]+$/u, '').trim();
}

/** True when the phrase (without articles) is a known news outlet name. */
export function isOutletName(name: string): boolean {
  return OUTLET_KEYS.has(name.toLowerCase().replace(/^the\s+/u, '')) || OUTLET_KEYS.has(name.toLowerCase());
}

/** Classifies the phrase tokens[np.from..np.to] of `text`. Null when it names no source. */
export function classifySource(text: string, tokens: readonly Token[], np: NounPhrase): SourceRef | null {
  let from = np.from;
  const to = np.to;
  const firstTok = tokens[from] as Token;
  const definite = firstTok.lower === 'the' || firstTok.lower === 'this' || firstTok.lower === 'that';
  const possessiveDet = ['his', 'her', 'their', 'its'].includes(firstTok.lower);
  while (from < to && (LEADING_ARTICLES.has((tokens[from] as Token).lower) || ((tokens[from] as Token).lower === 'that' && from + 1 < to))) from++;
  const headTok = tokens[to] as Token;
  const head = headTok.lower;

  // "no group claimed", "nobody said": a negated subject is nobody's statement.
  if (firstTok.lower === 'no' || head === 'nobody' || head === 'none') return null;
  // Pronouns ("he said", the commonest subject) are decided before any text is sliced.
  if (from === to && PRONOUNS.has(head)) {
    return { speaker: head, role: null, sourceType: 'named-person', head, definite: false, pronoun: PRONOUNS.get(head) as 'person' | 'group' | 'thing' };
  }
  const words = tokens.slice(from, to + 1);
  const slice = (a: number, b: number): string => cleanSlice(text, (tokens[a] as Token).start, (tokens[b] as Token).end);
  let phrase = slice(from, to);
  if (headTok.possessive) phrase = phrase.replace(/['\u2019]s$/u, '');
  if (isOutletName(phrase) || (OUTLET_WORDS.has(head) && words.some((w) => isCapitalized(w.base))) || (words.length >= 2 && OUTLET_NAME_ENDINGS.has(headTok.base) && words.every((w) => isCapitalized(w.base)))) {
    return { speaker: phrase, role: null, sourceType: 'news-outlet', head, definite: false };
  }
  // "Many Tunisians", "some Democrats": a quantified plural is a crowd, whatever its capitals.
  if (['many', 'some', 'most', 'several', 'few', 'other', 'numerous'].includes(firstTok.lower) && /s$/u.test(head)) {
    return { speaker: phrase, role: null, sourceType: 'vague', head, definite: false };
  }
  const name = trailingName(tokens, { from, to });
  if (name) {
    const speaker = slice(name.from, name.to).replace(/['\u2019]s$/u, '');
    let role = name.from > from ? slice(from, name.from - 1) : null;
    const personal = role !== null || FEMALE_FIRST_NAMES.has((tokens[name.from] as Token).lower) || MALE_FIRST_NAMES.has((tokens[name.from] as Token).lower);
    if (role && COURTESY_TITLES.has(role.toLowerCase())) role = null;
    return { speaker, role, sourceType: 'named-person', head: speaker.toLowerCase(), definite: false, singleName: name.from === name.to, personal };
  }
  const lowers = words.map((w) => w.lower);
  // "officials in Kyiv", "a spokesman for the ministry": the unnamed source is the head, the rest is where.
  const affAt = lowers.findIndex((l, k) => k > 0 && AFFILIATION.has(l));
  if (affAt > 0 && !name) {
    const h = lowers[affAt - 1] as string;
    const hasQuant = lowers.slice(0, affAt).some((l) => VAGUE_QUANTIFIERS.has(l));
    if (VAGUE_HEADS.has(h) && !(ANONYMOUS_HEADS.has(h) && !hasQuant)) return { speaker: phrase, role: null, sourceType: 'vague', head: h, definite };
    if (ANONYMOUS_HEADS.has(h) || ROLE_WORDS.has(h)) return { speaker: phrase, role: null, sourceType: 'anonymous', head: h, definite };
  }
  // "a source close to the chancellor", "people familiar with the talks": anonymous, whatever follows.
  const closeAt = lowers.findIndex((l) => CLOSENESS.has(l));
  if (closeAt > 0 && ANONYMOUS_HEADS.has(lowers[closeAt - 1] as string)) {
    return { speaker: phrase, role: null, sourceType: 'anonymous', head: lowers[closeAt - 1] as string, definite };
  }
  const hasQuantifier = lowers.some((l) => VAGUE_QUANTIFIERS.has(l)) || ['some', 'many', 'most', 'several', 'other'].includes(firstTok.lower);
  // "a report by the Institute": the head is the document word before "by"/"of".
  const byIdx = lowers.indexOf('by');
  const docTok = byIdx > 0 ? (words[byIdx - 1] as Token) : headTok;
  const docHead = docTok.lower;
  // A capitalised document word is part of a name ("Coresight Research"), not a written source.
  if ((DOCUMENT_HEADS.has(docHead) || docHead === 'reports') && !isCapitalized(docTok.base)) {
    const plural = docHead.endsWith('s') && !['analysis', 'data', 'records', 'documents', 'findings', 'results', 'statistics', 'figures', 'estimates', 'projections'].includes(docHead);
    if (docHead === 'reports' || (plural && (hasQuantifier || !definite))) {
      return { speaker: phrase, role: null, sourceType: 'vague', head: docHead, definite };
    }
    return { speaker: phrase, role: null, sourceType: 'document', head: docHead, definite };
  }
  if (VAGUE_HEADS.has(head) && !(ANONYMOUS_HEADS.has(head) && !hasQuantifier)) {
    return { speaker: phrase, role: null, sourceType: 'vague', head, definite };
  }
  if ((ANONYMOUS_HEADS.has(head) || ROLE_WORDS.has(head)) && !possessiveDet) {
    if (head === 'people' && !lowers.some((l) => l === 'familiar' || l === 'close' || l === 'knowledgeable')) {
      return { speaker: phrase, role: null, sourceType: 'vague', head, definite };
    }
    return { speaker: phrase, role: null, sourceType: 'anonymous', head, definite };
  }
  if ((ANONYMOUS_HEADS.has(head) || ROLE_WORDS.has(head)) && possessiveDet) {
    // "his spokesman": anonymous, named by the phrase as written.
    return { speaker: cleanSlice(text, firstTok.start, headTok.end), role: null, sourceType: 'anonymous', head, definite: false };
  }
  if (lowers.some((l) => ORGANIZATION_WORDS.has(l)) || COUNTRY_NAMES.has(head) || words.every((w) => isCapitalized(w.base) || w.lower === 'of' || w.lower === 'the' || w.lower === 'for' || w.lower === 'and' || w.lower === 'on')) {
    if (!words.some((w) => isCapitalized(w.base)) && !definite && !ORGANIZATION_WORDS.has(head)) return null;
    return { speaker: phrase, role: null, sourceType: 'organization', head, definite: definite && !words.some((w) => isCapitalized(w.base)) };
  }
  return null;
}
