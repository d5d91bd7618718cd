/**
 * Builds a new note for a passage of the page: selectors from the session's text map, the page URL, and
 * the attribution of the detected claim the passage overlaps (if any). Used by the card's "Add note" and
 * by every selection → note path, so all of them make the same note.
 */
import type { Note } from '../../core/model';
import type { ContentSession } from '../session';

export type NoteDraftResult = { ok: true; note: Note } | { ok: false; reason: string };

/** A fresh 'unverified' note for `range`, or the reason there cannot be one. */
export function noteFromRange(
  session: ContentSession,
  range: Range,
  env: { now: Date; id: string; title: string | null },
): NoteDraftResult {
  if (range.collapsed || range.toString().trim() === '') return { ok: false, reason: 'Select some text first.' };
  const selector = session.describeRange(range);
  if (!selector) return { ok: false, reason: 'This text is outside the part of the page Claimlight reads, so the note could not be found again.' };
  const claim = session.claimOverlapping(range);
  const at = env.now.toISOString();
  return {
    ok: true,
    note: {
      id: env.id,
      pageUrl: session.url,
      pageTitle: env.title,
      selector,
      claimText: claim?.text ?? selector.quote.exact,
      attribution: claim?.attribution ? { ...claim.attribution } : null,
      verdict: 'unverified',
      confidence: null,
      body: '',
      evidence: [],
      tags: [],
      createdAt: at,
      updatedAt: at,
    },
  };
}
