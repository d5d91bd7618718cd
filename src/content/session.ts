/**
 * The content script's view of the current page, shared by its features (painter, card, selection notes,
 * popup requests). The scanner owns and updates it; features read it and subscribe to changes.
 *
 * Note for feature authors (E1 → E2): implemented by PageSession (page-session.ts). Claim ids restart at
 * c0 on a full rescan or SPA navigation (onChange fires; re-query). describeRange() maps the body on
 * demand on non-article pages. claimAtPoint() returns null while highlights are off. Request handlers
 * passed to the content script's hub (messages.ts) may return a plain value or a Result.
 */
import type { Analysis, Claim, Note } from '../core/model';

export interface AnchoredNote {
  note: Note;
  /** Where the note sits on the page now; null for an orphan (its passage is gone). */
  range: Range | null;
}

export interface ContentSession {
  /** Normalised URL of the page (canonical link honoured). */
  readonly url: string;
  readonly analysis: Analysis;
  /** Claims found so far, in text order (grows on live pages). */
  claims(): readonly Claim[];
  /** The live DOM range of a claim, or null if its text is no longer in the page. */
  claimRange(claimId: string): Range | null;
  /** The claim painted at a viewport point, if any (hit-testing for clicks). */
  claimAtPoint(x: number, y: number): Claim | null;
  /** The claim that overlaps a DOM range most, if any (selection → note attribution). */
  claimOverlapping(range: Range): Claim | null;
  /** Text-map selectors for a DOM range, or null when the range is outside the mapped article text. */
  describeRange(range: Range): import('../core/model').Selector | null;
  /** Saved notes for this page and where they anchor. */
  notes(): readonly AnchoredNote[];
  /** Add or replace a saved note and paint it. */
  upsertNote(note: Note): void;
  removeNote(noteId: string): void;
  readonly highlightsOn: boolean;
  setHighlights(on: boolean): void;
  /** Called after any change (claims, notes, highlight switch); returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
}
