/**
 * One of the reader's notes on the page, with its verdict, confidence, text and quote. An orphan (its
 * passage is no longer on the page) is listed all the same, with its quote, and says so.
 */
import type { Note } from '../core/model';
import { VERDICT_LABELS, confidenceLabel } from '../core/labels';

export interface NoteItemProps {
  note: Note;
  orphan: boolean;
  onFocus: (noteId: string) => void;
}

/** A note row; orphans are not clickable (there is nothing to scroll to). */
export function NoteItem({ note, orphan, onFocus }: NoteItemProps) {
  const content = (
    <>
      <span class={`verdict verdict-${note.verdict}`}>{VERDICT_LABELS[note.verdict]}</span>{' '}
      <span class="muted">confidence {confidenceLabel(note.confidence)}</span>
      {orphan && <span class="orphan"> · not found on the page now</span>}
      <q class="note-quote">{note.selector.quote.exact}</q>
      {note.body && <span class="note-body">{note.body}</span>}
      {note.tags.length > 0 && <span class="tags">{note.tags.map((t) => `#${t}`).join(' ')}</span>}
    </>
  );
  return (
    <li class={orphan ? 'note orphan-note' : 'note'} data-note-id={note.id}>
      {orphan ? <div class="note-static">{content}</div> : (
        <button type="button" class="note-button" onClick={() => onFocus(note.id)}>{content}</button>
      )}
    </li>
  );
}
