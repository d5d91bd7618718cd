/**
 * Discourse memory across sentences and across incremental calls: people named so far (so "Markarova"
 * becomes "Oksana Markarova"), the last source of each kind (for "he said", "the official said",
 * "the ministry said"), and the speaker of a quotation left open at the end of a paragraph.
 */
import type { Attribution } from '../model';
import type { Token } from '../text/tokens';
import { foldWord } from '../text/normalize';
import type { FoundAttribution } from './attribution';
import { COURTESY_TITLES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, ORGANIZATION_WORDS, ROLE_WORDS } from './lexicon';
import { isNameToken } from './noun-phrase';

interface Person {
  name: string;
  role: string | null;
}

const MAX_NAME_TOKENS = 4;
const RECENT_PEOPLE = 8;

/**
 * "the agency" or "the space agency" may mean the Russian space agency named before; "the state news
 * agency" may not: a definite phrase refers back only when its words are part of the earlier speaker.
 */
function refersTo(phrase: string, earlier: Attribution): boolean {
  const words = phrase.toLowerCase().replace(/^(?:the|this|that)\s+/u, '');
  return !words.includes(' ') || earlier.speaker.toLowerCase().includes(words);
}

/** The memory of one article (or one live page) while it is analysed. */
export class DiscourseState {
  private readonly persons = new Map<string, Person>();
  private readonly byHead = new Map<string, Attribution>();
  private lastPerson: Attribution | null = null;
  /** People spoken or named, most recent last, for "he"/"she". */
  private readonly recent: Attribution[] = [];
  /** Pronoun learned per person: 'm' for he, 'f' for she. */
  private readonly gender = new Map<string, 'm' | 'f'>();
  private sentence = 0;
  /** Names that have been a statement's speaker: surely people. */
  private readonly spoke = new Set<string>();
  private lastGroup: Attribution | null = null;
  private lastThing: Attribution | null = null;
  /** Speaker of a quotation still open (or announced with a colon) when the last block ended. */
  carry: Attribution | null = null;

  /** Call once per sentence, before resolving it. */
  nextSentence(): void {
    this.sentence++;
  }

  /**
   * Remembers every multi-word personal name in a sentence ("But Benjamin Netanyahu’s triumph…") and the
   * last person named, known names included ("Yoon apologized.").
   */
  registerNames(tokens: readonly Token[]): void {
    let runStart = -1;
    const flush = (endExclusive: number): void => {
      const len = endExclusive - runStart;
      if (runStart >= 0 && len >= 2 && len <= MAX_NAME_TOKENS) {
        const parts = tokens.slice(runStart, endExclusive).map((t) => foldWord(t.base));
        const last = tokens[endExclusive - 1] as Token;
        const key = last.lower.replace(/\u00AD/g, '');
        const existing = this.persons.get(key);
        if (!existing || existing.name !== parts.join(' ')) this.persons.set(key, { name: parts.join(' '), role: existing?.role ?? null });
        // Family name first ("Yoon Suk Yeol", "Lee Jae-myung"): any part of a name may be used alone later.
        for (let k = runStart; k < endExclusive - 1; k++) {
          const part = (tokens[k] as Token).lower;
          if (part.length > 2 && !part.endsWith('.') && !this.persons.has(part)) this.persons.set(part, { name: parts.join(' '), role: null });
        }
        // Only a run that starts with a first name is surely a person ("Named Binary Tag" is not).
        const first = (tokens[runStart] as Token).lower;
        const titled = ROLE_WORDS.has(tokens[runStart - 1]?.lower ?? '');
        if (titled || FEMALE_FIRST_NAMES.has(first) || MALE_FIRST_NAMES.has(first) || this.spoke.has(parts.join(' '))) this.mention(key);
      } else if (runStart >= 0 && len === 1) {
        const tok = tokens[runStart] as Token;
        const key = tok.lower;
        // "President Obama", "Mr. Reeves": a title makes a single name a person.
        const title = tokens[runStart - 1];
        if (!this.persons.has(key) && title && ROLE_WORDS.has(title.lower)) {
          this.persons.set(key, { name: foldWord(tok.base), role: COURTESY_TITLES.has(title.lower) ? null : foldWord(title.base) });
        }
        if (this.persons.has(key)) this.mention(key);
      }
      runStart = -1;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const c = t.type === 'word' ? t.base.charCodeAt(0) : 0;
      // Cheap test first: most words are lower case and cannot be names.
      if (c >= 97 && c <= 122) {
        if (runStart >= 0) flush(i);
        continue;
      }
      if (isNameToken(t)) {
        if (runStart < 0) runStart = i;
        if (t.possessive) flush(i + 1);
      } else if (runStart >= 0) {
        flush(i);
      }
    }
    if (runStart >= 0) flush(tokens.length);
  }

  private mention(key: string): void {
    const p = this.persons.get(key);
    if (p && this.recent[this.recent.length - 1]?.speaker !== p.name) this.pushRecent({ speaker: p.name, role: p.role, sourceType: 'named-person', cue: null, medium: null, via: null });
  }

  /**
   * The person "he"/"she" most likely means: the most recent person spoken or named whose pronoun is not
   * known to be the other one. A pronoun that resolves teaches the engine that person's pronoun.
   */
  private personAntecedent(pronoun: string): Attribution | null {
    const g = pronoun === 'she' ? 'f' : pronoun === 'he' ? 'm' : null;
    // A recent person known to take this pronoun beats a more recent one whose pronoun is unknown.
    if (g) {
      for (let k = this.recent.length - 1; k >= Math.max(0, this.recent.length - 3); k--) {
        const a = this.recent[k] as Attribution;
        if (this.gender.get(a.speaker) === g) return a;
      }
    }
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const a = this.recent[k] as Attribution;
      const known = this.gender.get(a.speaker);
      if (g && known && known !== g) continue;
      if (g && !known) this.gender.set(a.speaker, g);
      return a;
    }
    return null;
  }

  /** Guesses a person's pronoun from a first name or a gendered role word, once. */
  private guessGender(a: Attribution): void {
    if (this.gender.has(a.speaker)) return;
    const first = a.speaker.split(' ')[0]?.toLowerCase() ?? '';
    const role = (a.role ?? '').toLowerCase();
    if (FEMALE_FIRST_NAMES.has(first) || /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|mrs\.?|ms\.?|miss|queen|princess|mother|wife|daughter|sister|actress)\b/u.test(role)) this.gender.set(a.speaker, 'f');
    else if (MALE_FIRST_NAMES.has(first) || /\b(?:spokesman|chairman|congressman|councilman|businessman|mr\.?|king|prince|father|husband|son|brother|actor)\b/u.test(role)) this.gender.set(a.speaker, 'm');
  }

  private pushRecent(a: Attribution): void {
    if (a.sourceType === 'named-person') {
      this.guessGender(a);
      this.spoke.add(a.speaker);
    }
    const i = this.recent.findIndex((r) => r.speaker === a.speaker);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(a);
    if (this.recent.length > RECENT_PEOPLE) this.recent.shift();
  }

  /** Turns a sentence's found attribution into the output record, resolving back-references. Null if unresolvable. */
  resolve(found: FoundAttribution): Attribution | null {
    const src = found.source;
    const extras = { cue: found.cue, medium: found.medium, via: found.via };
    let out: Attribution | null = null;
    if (src.pronoun) {
      const ante = src.pronoun === 'person' ? this.personAntecedent(src.head) : src.pronoun === 'group' ? this.lastGroup ?? this.lastThing : this.lastThing;
      if (!ante) return null;
      out = { ...ante, ...extras };
    } else if (src.sourceType === 'named-person' && src.singleName && !src.personal && !found.appositiveRole && !this.persons.has(foldWord(src.speaker).toLowerCase())) {
      // News style names a person in full first; a lone capitalised name never introduced, with no title
      // or role ("Roscosmos said", "Uber tweeted"), is far more often a body than a person.
      out = { speaker: foldWord(src.speaker), role: null, sourceType: 'organization', ...extras };
    } else if (src.sourceType === 'named-person') {
      const key = foldWord(src.speaker).toLowerCase().split(' ').pop() ?? '';
      const known = this.persons.get(key);
      let speaker = foldWord(src.speaker);
      let role = src.role ?? found.appositiveRole;
      if (src.singleName && known) {
        speaker = known.name;
        role = role ?? known.role;
      }
      if (!known || (!src.singleName && known.name !== speaker) || (role && !known.role)) {
        this.persons.set(key, { name: speaker, role: role ?? known?.role ?? null });
      }
      out = { speaker, role: role ?? null, sourceType: 'named-person', ...extras };
    } else if (src.definite && this.byHead.has(src.head) && refersTo(src.speaker, this.byHead.get(src.head) as Attribution)) {
      out = { ...(this.byHead.get(src.head) as Attribution), ...extras };
    } else if (src.definite && src.sourceType === 'organization' && this.lastThing?.sourceType === 'organization' && ORGANIZATION_WORDS.has(src.head) && refersTo(src.speaker, this.lastThing)) {
      // "Tesla said … The company added": a definite generic body is the last body that spoke.
      out = { ...this.lastThing, ...extras };
    } else if (src.definite && ROLE_WORDS.has(src.head) && this.roleHolder(src.head)) {
      // "the president said" after "President Barack Obama": the person who holds that role.
      out = { ...(this.roleHolder(src.head) as Attribution), ...extras };
    } else {
      out = { speaker: src.speaker, role: src.role ?? found.appositiveRole, sourceType: src.sourceType, ...extras };
    }
    this.remember(out, src.head);
    return out;
  }

  private roleHolder(head: string): Attribution | null {
    const p = this.lastPerson;
    if (p && p.role && p.role.toLowerCase().split(/\s+/u).includes(head)) return p;
    for (const person of this.persons.values()) {
      if (person.role && person.role.toLowerCase().split(/\s+/u).includes(head)) {
        return { speaker: person.name, role: person.role, sourceType: 'named-person', cue: null, medium: null, via: null };
      }
    }
    return null;
  }

  /** Records a resolved attribution as the latest of its kind. */
  remember(a: Attribution, head: string): void {
    if (a.sourceType === 'named-person' || (a.sourceType === 'anonymous' && !/s$/u.test(head))) this.pushRecent(a);
    const plural = /s$/u.test(head) && a.sourceType !== 'named-person';
    if (a.sourceType === 'named-person' || (a.sourceType === 'anonymous' && !plural)) this.lastPerson = a;
    else if (plural || a.sourceType === 'vague') this.lastGroup = a;
    if (a.sourceType === 'organization' || a.sourceType === 'document' || a.sourceType === 'news-outlet') this.lastThing = a;
    this.byHead.set(head, a);
  }
}
