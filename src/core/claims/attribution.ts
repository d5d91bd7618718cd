/**
 * Attribution inside one sentence: finds the reporting cue and its source phrase in the sentence's frame
 * (the words outside quotation marks), then the medium and the relaying outlet ("via"). Patterns: subject
 * before the cue ("X said", "X, the Y, said", "analysts to warn"), inverted (`"…," said X`), "according
 * to X", and a named possessor of a statement noun ("the administration's comments").
 */
import type { Token } from '../text/tokens';
import {
  CAPITALIZED_FUNCTION_WORDS, CUE_VERBS, INVERTIBLE_CUES, PRONOUNS, ROLE_MODIFIERS, ROLE_WORDS, MEDIA, NATIONALITIES, NEEDS_COMPLEMENT, NEWS_OUTLETS, VERB_GAP_WORDS, VAGUE_QUANTIFIERS,
} from './lexicon';
import { phraseLeft, phraseRight, type NounPhrase } from './noun-phrase';
import { classifySource, cleanSlice, isOutletName, type SourceRef } from './source-type';

/** What one sentence says about its source, before back-references are resolved. */
export interface FoundAttribution {
  source: SourceRef;
  cue: string;
  /** Token index of the cue. */
  cueIndex: number;
  phrase: NounPhrase;
  medium: string | null;
  via: string | null;
  /** Role found in an appositive ("X, a senior fellow at Y,"). */
  appositiveRole: string | null;
}

/** Words before a cue form that make it a noun ("a Facebook post", "widespread reports"). */
const NOUN_MARKERS = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'whose',
  'no', 'any', 'each', 'every', 'first', 'latest', 'new', 'recent', 'earlier', 'previous', 'such', 'tough',
  'stark', 'written', 'public', 'formal', 'joint', 'brief', 'final', 'initial', 'further',
  'same', 'own', 'news', 'media', 'press', 'blog', 'facebook', 'twitter', 'instagram', 'telegram', 'of', 'in', 'for',
]);
/** A negated cue reports no statement. Negation words also end the walk over auxiliaries. */
const NEGATIONS = new Set(['not', 'never', "n't", "n’t"]);
const BE_WORDS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "it's", "'re", "'m", "'s"]);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Nouns whose named possessor is the source: "the Kremlin's statement", "Obama administration's comments". */
const STATEMENT_NOUNS = new Set([
  'comments', 'comment', 'remarks', 'statement', 'statements', 'warning', 'announcement', 'claim', 'claims',
  'assertion', 'words', 'message', 'tweet', 'post', 'testimony', 'response', 'denial', 'admission', 'pledge',
  'vow', 'promise', 'prediction', 'accusation', 'allegation', 'allegations',
]);
const ADJECTIVE_GAP = new Set(['first', 'latest', 'initial', 'new', 'recent', 'official', 'public', 'written', 'earlier', 'own', 'formal', 'brief', 'joint']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'to', 'with', 'via', 'through', 'after', 'before']);
const COMPLEMENT_WORDS = new Set(['that', 'to', 'how', 'whether', 'what', 'why', 'it', 'he', 'she', 'they', 'there']);
/** Module level: a `\\p{…}` literal inside a function becomes a per-call `new RegExp` in esbuild output. */
const STARTS_DIGIT = /^\p{N}/u;
const LETTER = /\p{L}/u;

const OUTLETS_BY_LENGTH = [...NEWS_OUTLETS].sort((a, b) => b.length - a.length);
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Outlet names on word boundaries, longest first; case-sensitive so "time" and "sun" stay words. */
const OUTLET_RE = new RegExp(`(?<![\\p{L}])(?:${OUTLETS_BY_LENGTH.map(escapeRe).join('|')})(?![\\p{L}])`, 'gu');
const VIA_BEFORE = /\b(?:told|tells|telling|to|with|by|on|according to|in|quoted in|cited by)\s+(?:the\s+)?$/iu;
const VIA_AFTER = /^(?:'s?|’s?)?\s*(?:has\s+|had\s+|first\s+|previously\s+|also\s+)?(?:reported|reports|quoted|cited|said|says|wrote|learned|obtained|confirmed|revealed)\b/iu;
/** Quick token checks before any regex runs: last words of medium triggers, first words of outlet names. */
const MEDIUM_LAST_WORDS: ReadonlySet<string> = new Set(MEDIA.map(([t]) => t.split(' ').pop() as string));
const OUTLET_FIRST_WORDS: ReadonlySet<string> = new Set(NEWS_OUTLETS.map((o) => o.replace(/^The /u, '').split(' ')[0] as string));
const OUTLET_NAME_ENDS: ReadonlySet<string> = new Set([
  ...NEWS_OUTLETS.map((o) => o.split(' ').pop() as string),
  'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'News', 'Daily', 'Telegraph', 'Chronicle', 'Observer',
  'Independent', 'Guardian', 'Reporter', 'Magazine', 'Radio', 'Television', 'Broadcasting', 'Courier', 'Dispatch',
  'Inquirer', 'Examiner', 'Sentinel', 'Monitor', 'Review',
]);
/** True when no outlet first word or name ending starts with a lower-case ASCII letter (so those can be skipped). */
const OUTLET_WORDS_CAPITALIZED = ![...OUTLET_FIRST_WORDS, ...OUTLET_NAME_ENDS].some((w) => /^[a-z]/u.test(w));
const UNLISTED_OUTLET_RE = /\b(?:told|tells|to|with|by|according to)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:Times|Post|Journal|Herald|Tribune|Gazette|News|Daily|Telegraph|Chronicle|Observer|Independent|Guardian|Reporter|Magazine|Radio|Television|Broadcasting|Courier|Dispatch|Inquirer|Examiner|Sentinel|Monitor|Review))\b/u;
const PLATFORM_RE = /\b(?:on|via)\s+(X|Twitter|Facebook|Telegram|Instagram|Truth Social)(?![\p{L}\p{N}-])/u;
const MEDIA_BY_LENGTH = [...MEDIA].sort((a, b) => b[0].length - a[0].length);
const MEDIUM_NAMES = new Map(MEDIA.map(([t, m]) => [t, m]));
/** "in a Sunday interview", "during his March 3 address", "in a Facebook post": a bounded gap before the medium noun. */
const MEDIUM_PHRASE_RE = new RegExp(
  `\\b(?:in|during|on|at|via|through|before|issued|released|published|gave|sent|according to)\\s+(?:(?:a|an|the|his|her|their|its|our|this|that|one)\\s+)?(?:[\\p{L}\\p{N}.'’-]+\\s+){0,3}(${MEDIA_BY_LENGTH.map(([t]) => escapeRe(t)).join('|')})\\b`,
  'iu',
);

function isWord(t: Token | undefined): t is Token {
  return !!t && t.type === 'word';
}

/** True when the cue form at i is used as a noun, not a verb. */
function isNounUse(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (isWord(prev) && (NOUN_MARKERS.has(prev.lower) || VAGUE_QUANTIFIERS.has(prev.lower) || NATIONALITIES.has(prev.lower) || prev.possessive)) return true;
  // "report said", "reports have shown": a cue form followed by another cue verb is that verb's subject.
  let k = i + 1;
  while (isWord(tokens[k]) && ['has', 'have', 'had', 'also'].includes((tokens[k] as Token).lower)) k++;
  const next = tokens[k];
  return isWord(next) && CUE_VERBS.has(next.lower);
}

/**
 * True when a complement follows the cue: a quote, a colon or "that"/"to"/a pronoun right after it, or
 * after a short prepositional phrase ("noted in a statement that").
 */
function hasComplement(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  const opens = (t: Token): boolean => t.type === 'quote' || t.text === ':' || (t.type === 'word' && COMPLEMENT_WORDS.has(t.lower));
  if (opens(next) || (next.text === ',' && tokens[i + 2]?.type === 'quote')) return true;
  // "tweeted an intelligence update", "wrote a letter": the object is itself a statement;
  // "called the plan “a disgrace”": a quotation right after a short object.
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k] as Token;
    if (t.type === 'quote') return true;
    if (t.type !== 'word') break;
    if (STATEMENT_NOUNS.has(t.lower) || MEDIUM_NAMES.has(t.lower)) return true;
  }
  if (next.type !== 'word' || !PREPOSITIONS.has(next.lower)) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k] as Token;
    if (t.type === 'quote' || t.text === ':' || t.lower === 'that') return true;
    if (t.type === 'punct' && t.text !== ',') return false;
  }
  return false;
}

const CLAUSE_LOOKBACK = 40;
const CLAUSE_JOINERS = new Set(['and', 'but', 'or', 'that', 'as', 'because', 'while', 'when', 'if', 'so', 'though', 'although', 'since', 'after', 'before']);
const GENERIC_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'some', 'many', 'several', 'his', 'her', 'their', 'its', 'our', 'another', 'other', 'most']);

/** True for a lower-case word that can be a generic noun (not a verb form, adverb, preposition or pronoun). */
function isGenericNoun(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || t.base !== t.lower || t.lower.length < 3) return false;
  const l = t.lower;
  return !CUE_VERBS.has(l) && !VERB_GAP_WORDS.has(l) && !PREPOSITIONS.has(l) && !CLAUSE_JOINERS.has(l) && !PRONOUNS.has(l) &&
    !GENERIC_DETERMINERS.has(l) && !l.endsWith('ly') && !STARTS_DIGIT.test(l) && !['who', 'which', 'what', 'there', 'here', 'then', 'now', 'them', 'him', 'me', 'us', 'not'].includes(l);
}

/**
 * "indigenous elders say", "the catering giant said", "one user wrote": a generic noun phrase the
 * lexicon does not know as a whole, taken only at the start of a clause so verbs' objects are not
 * mistaken for subjects. Plural heads need no determiner; singular ones do.
 */
function genericPhraseLeft(tokens: readonly Token[], j: number): NounPhrase | null {
  const head = tokens[j] as Token;
  if (!isGenericNoun(head)) return null;
  let from = j;
  while (from - 1 >= 0 && j - from < 3) {
    const prev = tokens[from - 1] as Token;
    if (isGenericNoun(prev) || (from - 1 === 0 && isWord(prev) && !CAPITALIZED_FUNCTION_WORDS.has(prev.lower) && !GENERIC_DETERMINERS.has(prev.lower))) from--;
    else break;
  }
  let det = false;
  const d = tokens[from - 1];
  if (isWord(d) && GENERIC_DETERMINERS.has(d.lower)) {
    from--;
    det = true;
  }
  const before = tokens[from - 1];
  if (before && !(before.type === 'punct' || CLAUSE_JOINERS.has(before.lower))) return null;
  if (!det && !/[^su]s$/u.test(head.lower)) return null;
  return { from, to: j };
}

/** After "according to": "a computer programmer", "answers posted": determiner and up to three generic nouns. */
function genericPhraseRight(tokens: readonly Token[], start: number): NounPhrase | null {
  let i = start;
  if (isWord(tokens[i]) && GENERIC_DETERMINERS.has((tokens[i] as Token).lower)) i++;
  let to = -1;
  while (i < tokens.length && i - start < 4 && isGenericNoun(tokens[i])) to = i++;
  return to >= 0 ? { from: start, to } : null;
}

/** The subject of the clause that ends before token `end`: the first phrase at the start of the sentence or after a comma. */
function clauseSubject(tokens: readonly Token[], end: number): NounPhrase | null {
  // Bounded look-back: a run-on "sentence" of a million characters must stay linear.
  for (let p = Math.max(0, end - CLAUSE_LOOKBACK); p < end; p++) {
    if (p > 0 && tokens[p - 1]?.text !== ',') continue;
    const np = phraseRight(tokens, p);
    if (np && np.to < end && isWord(tokens[np.to + 1]) && !STARTS_DIGIT.test((tokens[np.to] as Token).base)) {
      const first = tokens[p] as Token;
      if (first.lower === 'on' || first.lower === 'in' || first.lower === 'at') continue;
      return np;
    }
  }
  return null;
}

/** Index of the first token left of i that is not an auxiliary/adverb gap. */
function skipGapLeft(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isWord(tokens[j]) && VERB_GAP_WORDS.has((tokens[j] as Token).lower)) j--;
  return j;
}

/** For "X, which …, has said" and "X, the Y of Z, said": the index where X ends, or -1. */
function skipAppositiveLeft(tokens: readonly Token[], comma: number): { end: number; role: NounPhrase | null } {
  for (let k = comma - 1; k >= 0 && comma - k < 30; k--) {
    const t = tokens[k] as Token;
    if (t.type === 'quote') return { end: -1, role: null };
    if (t.type === 'punct' && t.text === ',') {
      const first = tokens[k + 1];
      if (!isWord(first) || !isWord(tokens[k - 1])) return { end: -1, role: null };
      if (RELATIVES.has(first.lower) || !startsNounPhrase(first)) return { end: k - 1, role: null };
      return { end: k - 1, role: { from: k + 1, to: comma - 1 } };
    }
  }
  return { end: -1, role: null };
}

/** True when a word can open an appositive noun phrase ("a fellow", "the head", "Tunisia country director"). */
function startsNounPhrase(t: Token): boolean {
  return GENERIC_DETERMINERS.has(t.lower) || t.base !== t.lower || ROLE_WORDS.has(t.lower) || ROLE_MODIFIERS.has(t.lower);
}

/** The appositive after a phrase ending at `to`: ", executive vice president of …" up to the next comma or the end. */
function appositiveRight(text: string, tokens: readonly Token[], to: number): string | null {
  if (tokens[to + 1]?.text !== ',') return null;
  const first = tokens[to + 2];
  if (!isWord(first) || RELATIVES.has(first.lower) || !startsNounPhrase(first) || first.lower.endsWith('ing')) return null;
  let end = to + 2;
  while (end + 1 < tokens.length && (tokens[end + 1] as Token).type === 'word') end++;
  if (end - (to + 2) > 20) return null;
  return cleanSlice(text, first.start, (tokens[end] as Token).end).replace(/^(?:a|an|the)\s+/iu, '') || null;
}

function roleFromPhrase(text: string, tokens: readonly Token[], np: NounPhrase | null): string | null {
  if (!np || np.to < np.from) return null;
  const first = tokens[np.from] as Token;
  if (RELATIVES.has(first.lower)) return null;
  return cleanSlice(text, first.start, (tokens[np.to] as Token).end).replace(/^(?:a|an|the)\s+/iu, '') || null;
}

/** The medium named in the frame, else the one the cue implies. */
export function findMedium(frame: string, cueMedium: string | undefined): string | null {
  // "in a post on X": the platform says more than the generic noun.
  const platform = PLATFORM_RE.exec(frame);
  if (platform && platform[1]) return MEDIUM_NAMES.get(`on ${platform[1].toLowerCase()}`) ?? null;
  const m = MEDIUM_PHRASE_RE.exec(frame);
  if (m && m[1]) {
    // The gap is greedy ("his nightly video address" → address); then take the longest trigger ending
    // there ("a Facebook post" → Facebook post, not post).
    const upTo = frame.slice(0, m.index + m[0].length).toLowerCase();
    for (const [trigger, medium] of MEDIA_BY_LENGTH) {
      if (upTo.endsWith(trigger) && !LETTER.test(upTo.charAt(upTo.length - trigger.length - 1))) return medium;
    }
    return MEDIUM_NAMES.get(m[1].toLowerCase()) ?? m[1].toLowerCase();
  }
  const lower = frame.toLowerCase();
  for (const t of ['on twitter', 'on x', 'on facebook', 'on telegram', 'on instagram']) {
    const k = lower.indexOf(t);
    if (k >= 0 && !LETTER.test(lower.charAt(k + t.length)) && !LETTER.test(lower.charAt(k - 1))) return MEDIUM_NAMES.get(t) ?? null;
  }
  return cueMedium ?? null;
}

/** The outlet that relayed the statement, if the frame names one outside the source phrase itself. */
export function findVia(frame: string, frameStart: number, exclude: { start: number; end: number }[]): string | null {
  OUTLET_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OUTLET_RE.exec(frame)) !== null) {
    const s = frameStart + m.index;
    if (exclude.some((r) => s >= r.start && s < r.end)) continue;
    const before = frame.slice(Math.max(0, m.index - 30), m.index);
    const after = frame.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // Only an outlet in a relaying position: "told Reuters", "with ABC News", "Reuters reported".
    if (VIA_BEFORE.test(before) || VIA_AFTER.test(after)) return m[0].replace(/^The\s+/u, '');
  }
  // Outlets missing from the table, recognised by their name: "told the Kyiv Post", "to the Korea Herald".
  const u = UNLISTED_OUTLET_RE.exec(frame);
  if (u && u[1] && !exclude.some((r) => frameStart + u.index >= r.start && frameStart + u.index < r.end)) return u[1];
  return null;
}

function sourceFor(text: string, tokens: readonly Token[], np: NounPhrase | null): SourceRef | null {
  if (!np) return null;
  const known = classifySource(text, tokens, np);
  if (known) return known;
  // A generic phrase the tables do not type: a plural crowd is vague, "a/one <noun>" an unnamed person.
  const head = tokens[np.to] as Token;
  const first = (tokens[np.from] as Token).lower;
  if (head.base !== head.lower) return null;
  const speaker = cleanSlice(text, (tokens[np.from] as Token).start, head.end).replace(/^(?:the|a|an)\s+/iu, '');
  if (/[^su]s$/u.test(head.lower)) return { speaker, role: null, sourceType: 'vague', head: head.lower, definite: first === 'the' };
  if (['a', 'an', 'one', 'another'].includes(first)) return { speaker, role: null, sourceType: 'anonymous', head: head.lower, definite: false };
  return null;
}

/** Statement nouns and cue forms: the words findAttribution acts on (besides "according"). */
const TRIGGER_WORDS: ReadonlySet<string> = new Set([...STATEMENT_NOUNS, ...CUE_VERBS.keys()]);

/** The first cue in the frame tokens whose source can be found; null for a sentence with none. */
export function findAttribution(text: string, tokens: readonly Token[], from = 0): Omit<FoundAttribution, 'medium' | 'via'> | null {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // One lookup rules out most words: only "according", statement nouns and cue forms start a source.
    if (t.type !== 'word' || (!TRIGGER_WORDS.has(t.lower) && t.lower !== 'according')) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      let np = phraseRight(tokens, i + 2) ?? genericPhraseRight(tokens, i + 2);
      // "according to a statement from the ministry": the ministry speaks, through a statement.
      const after = np ? tokens[np.to + 1] : undefined;
      if (np && isWord(after) && (after.lower === 'from' || after.lower === 'by') && (STATEMENT_NOUNS.has((tokens[np.to] as Token).lower) || MEDIUM_NAMES.has((tokens[np.to] as Token).lower))) {
        np = phraseRight(tokens, np.to + 2) ?? np;
      }
      const source = sourceFor(text, tokens, np);
      if (np && source) {
        const appositiveRole = source.sourceType === 'named-person' ? appositiveRight(text, tokens, np.to) : null;
        return { source, cue: 'according to', cueIndex: i, phrase: np, appositiveRole };
      }
      continue;
    }
    if (STATEMENT_NOUNS.has(t.lower)) {
      let j = i - 1;
      while (isWord(tokens[j]) && ADJECTIVE_GAP.has((tokens[j] as Token).lower)) j--;
      const owner = tokens[j];
      if (isWord(owner) && owner.possessive && owner.lower !== 'it') {
        const np = phraseLeft(tokens, j);
        const source = sourceFor(text, tokens, np);
        if (np && source && !source.pronoun) return { source, cue: t.lower, cueIndex: i, phrase: np, appositiveRole: null };
      }
    }
    const cue = CUE_VERBS.get(t.lower);
    // A capitalised cue form mid-sentence is a name ("The Washington Post"), not a verb.
    if (!cue || (i > 0 && t.base !== t.lower) || isNounUse(tokens, i)) continue;
    let j = skipGapLeft(tokens, i);
    if (isWord(tokens[j]) && BE_WORDS.has((tokens[j] as Token).lower)) continue; // passive: "was told", "is said to"
    if (isWord(tokens[j]) && NEGATIONS.has((tokens[j] as Token).lower)) continue; // "did not respond", "never said"
    if (isWord(tokens[j]) && (tokens[j] as Token).lower === 'to' && i - j === 1) j = skipGapLeft(tokens, j); // "analysts to warn"
    let np: NounPhrase | null = null;
    let appositiveRole: string | null = null;
    const left: Token | undefined = tokens[j];
    if (left && left.type === 'word') {
      if (RELATIVES.has(left.lower)) {
        let k = j - 1;
        if (tokens[k]?.text === ',') k--;
        np = phraseLeft(tokens, k);
        // "Senator X, an Oklahoma Republican who warned": the relative clause is about X.
        if (np && left.lower === 'who' && tokens[np.from - 1]?.text === ',') np = phraseLeft(tokens, np.from - 2) ?? np;
      } else {
        np = PRONOUNS.has(left.lower) ? { from: j, to: j } : CLAUSE_JOINERS.has(left.lower) && (left.lower === 'and' || left.lower === 'but') ? clauseSubject(tokens, j) : phraseLeft(tokens, j) ?? genericPhraseLeft(tokens, j);
      }
    } else if (left && left.text === ',' && tokens[j - 1]?.type !== 'quote') {
      const app = skipAppositiveLeft(tokens, j);
      if (app.end >= 0) {
        np = phraseLeft(tokens, app.end);
        appositiveRole = roleFromPhrase(text, tokens, app.role);
        // "The mayor, John Kell, said": the name is in the appositive, the role outside it.
        const inner = app.role ? phraseLeft(tokens, app.role.to) : null;
        const innerSource = inner && inner.from === app.role?.from ? classifySource(text, tokens, inner) : null;
        np = np ?? genericPhraseLeft(tokens, app.end);
        // "Alverson, a commissioner on the Commission, which …, said": one more appositive level out.
        if (np && tokens[np.from - 1]?.text === ',' && sourceFor(text, tokens, np)?.sourceType !== 'named-person') {
          const outer = phraseLeft(tokens, np.from - 2);
          if (outer && sourceFor(text, tokens, outer)?.sourceType === 'named-person') {
            appositiveRole = roleFromPhrase(text, tokens, np);
            np = outer;
          }
        }
        if (inner && innerSource?.sourceType === 'named-person' && (!np || sourceFor(text, tokens, np)?.sourceType !== 'named-person')) {
          appositiveRole = np ? roleFromPhrase(text, tokens, np) : null;
          np = inner;
        }
      } else if (t.lower.endsWith('ing')) {
        // "…, warning that": a participle takes the subject of the main clause.
        np = clauseSubject(tokens, j);
      }
    }
    // "reports seen by Reuters suggest": the outlet relays; the source is the phrase before the participle.
    if (np && (tokens[np.from - 1]?.lower === 'by' || tokens[np.from - 1]?.lower === 'in')) {
      // "a lawsuit filed Tuesday in federal court alleges": up to two words between participle and preposition.
      for (let k = np.from - 2; k >= Math.max(0, np.from - 4); k--) {
        const w = tokens[k];
        if (!isWord(w)) break;
        if (/(?:ed|en|seen)$/u.test(w.lower) && w.base === w.lower) {
          np = phraseLeft(tokens, k - 1) ?? genericPhraseLeft(tokens, k - 1) ?? np;
          break;
        }
      }
    }
    let source = sourceFor(text, tokens, np);
    if (!source && (INVERTIBLE_CUES.has(t.lower) || /(?:s|ed|id|ote|old)$/u.test(t.lower)) && (!left || left.type !== 'word')) {
      np = phraseRight(tokens, i + 1);
      appositiveRole = np ? appositiveRight(text, tokens, np.to) : null;
      source = sourceFor(text, tokens, np);
    }
    if (!np || !source) continue;
    if (cue.subject === 'document' && !['document', 'vague', 'organization', 'news-outlet'].includes(source.sourceType)) continue;
    // ", Reuters reported." / ", the ministry said," : the clause before is the complement.
    const clauseFinal = tokens[np.from - 1]?.text === ',' && (i + 1 >= tokens.length || ['.', '!', '?', ','].includes((tokens[i + 1] as Token).text));
    // `“…,” X wrote` / `“…,” wrote X`: the quotation before is the complement.
    const before = Math.min(np.from, i) - 1;
    const quoteBefore = tokens[before]?.type === 'quote' || (tokens[before]?.text === ',' && tokens[before - 1]?.type === 'quote');
    if (NEEDS_COMPLEMENT.has(t.lower) && source.sourceType !== 'vague' && source.sourceType !== 'document' && !clauseFinal && !quoteBefore && !hasComplement(tokens, i)) continue;
    return { source, cue: t.lower, cueIndex: i, phrase: np, appositiveRole };
  }
  return null;
}

/** True when the cue at i is followed by "to" and a verb-like word ("vowed to keep", "agreed to pay"). */
function takesInfinitive(tokens: readonly Token[], i: number): boolean {
  const to = tokens[i + 1];
  const verb = tokens[i + 2];
  return isWord(to) && to.lower === 'to' && isWord(verb) && verb.base === verb.lower && !GENERIC_DETERMINERS.has(verb.lower) && !PRONOUNS.has(verb.lower);
}

/** Runs findAttribution and adds medium and via from the frame text. */
export function attributeSentence(text: string, tokens: readonly Token[]): FoundAttribution | null {
  let found = findAttribution(text, tokens);
  if (!found) return null;
  // "He vowed to keep trying, but the editor said the president did not sound confident": a cue with an
  // infinitive complement reports an intention, not a statement of fact; a later cue with a source in the
  // same sentence carries the checkable statement. Alone ("He vowed to keep trying."), the first stays.
  if (found.cue !== 'according to' && takesInfinitive(tokens, found.cueIndex)) found = findAttribution(text, tokens, found.cueIndex + 2) ?? found;
  const cue = CUE_VERBS.get(found.cue);
  // The frame text is built only when a medium or outlet word is present: most sentences have neither.
  let mediumWord = false;
  let outletWord = false;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    if (MEDIUM_LAST_WORDS.has(t.lower)) mediumWord = true;
    // Outlet name words all start with a capital (see OUTLET_WORDS_CAPITALIZED): skip lower-case words.
    const c = t.base.charCodeAt(0);
    if ((c < 97 || c > 122 || !OUTLET_WORDS_CAPITALIZED) && (OUTLET_FIRST_WORDS.has(t.base) || OUTLET_NAME_ENDS.has(t.base))) outletWord = true;
  }
  if (!mediumWord && !outletWord) return withChannel(found, cue?.medium ?? null, null);
  const frameStart = (tokens[0] as Token).start;
  // The frame as text, quotes blanked (same length), so outlet names inside a quotation do not count.
  let frame = '';
  let pos = frameStart;
  for (const t of tokens) {
    if (t.type !== 'quote') continue;
    frame += text.slice(pos, t.start) + ' '.repeat(t.end - t.start);
    pos = t.end;
  }
  frame += text.slice(pos, (tokens[tokens.length - 1] as Token).end);
  const medium = mediumWord ? findMedium(frame, cue?.medium) : cue?.medium ?? null;
  const p = found.phrase;
  const exclude = [{ start: (tokens[p.from] as Token).start, end: (tokens[p.to] as Token).end }];
  let via = outletWord ? findVia(frame, frameStart, exclude) : null;
  if (via && found.source.role && found.source.role.includes(via)) via = null;
  if (via && found.appositiveRole && found.appositiveRole.includes(via)) via = null;
  if (via && isOutletName(found.source.speaker)) via = null;
  return withChannel(found, medium, via);
}

/** The found attribution with medium and via (fields listed: an object spread per sentence costs more). */
function withChannel(found: Omit<FoundAttribution, 'medium' | 'via'>, medium: string | null, via: string | null): FoundAttribution {
  return { source: found.source, cue: found.cue, cueIndex: found.cueIndex, phrase: found.phrase, appositiveRole: found.appositiveRole, medium, via };
}
