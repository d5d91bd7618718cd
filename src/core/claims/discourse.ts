/**
 * Discourse memory across sentences and across incremental calls: people named so far (so "Markarova"
 * becomes "Oksana Markarova"), the last source of each kind (for "he said", "the official said",
 * "the ministry said"), and the speaker of a quotation left open at the end of a paragraph.
 */
import type { Attribution } from '../model';
import type { Token } from '../text/tokens';
import { foldWord } from '../text/normalize';
import type { FoundAttribution } from './attribution';
import { isNameToken } from './noun-phrase';

interface Person {
  name: string;
  role: string | null;
}

const MAX_NAME_TOKENS = 4;

export class DiscourseState {
  private readonly persons = new Map<string, Person>();
  private readonly byHead = new Map<string, Attribution>();
  private lastPerson: Attribution | null = null;
  private lastGroup: Attribution | null = null;
  private lastThing: Attribution | null = null;
  /** Speaker of a quotation still open (or announced with a colon) when the last block ended. */
  carry: Attribution | null = null;

  /** Remembers every multi-word personal name in a sentence ("But Benjamin Netanyahu’s triumph…"). */
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
      }
      runStart = -1;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (isNameToken(t)) {
        if (runStart < 0) runStart = i;
        if (t.possessive) flush(i + 1);
      } else {
        flush(i);
      }
    }
    flush(tokens.length);
  }

  /** Turns a sentence's found attribution into the output record, resolving back-references. Null if unresolvable. */
  resolve(found: FoundAttribution): Attribution | null {
    const src = found.source;
    const extras = { cue: found.cue, medium: found.medium, via: found.via };
    let out: Attribution | null = null;
    if (src.pronoun) {
      const ante = src.pronoun === 'person' ? this.lastPerson : src.pronoun === 'group' ? this.lastGroup ?? this.lastThing : this.lastThing;
      if (!ante) return null;
      out = { ...ante, ...extras };
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
    } else if (src.definite && this.byHead.has(src.head)) {
      out = { ...(this.byHead.get(src.head) as Attribution), ...extras };
    } else {
      out = { speaker: src.speaker, role: src.role ?? found.appositiveRole, sourceType: src.sourceType, ...extras };
    }
    this.remember(out, src.head);
    return out;
  }

  /** Records a resolved attribution as the latest of its kind. */
  remember(a: Attribution, head: string): void {
    const plural = /s$/u.test(head) && a.sourceType !== 'named-person';
    if (a.sourceType === 'named-person' || (a.sourceType === 'anonymous' && !plural)) this.lastPerson = a;
    else if (plural || a.sourceType === 'vague') this.lastGroup = a;
    if (a.sourceType === 'organization' || a.sourceType === 'document' || a.sourceType === 'news-outlet') this.lastThing = a;
    this.byHead.set(head, a);
  }
}
