/**
 * The inline note form inside the card: verdict, confidence, body, evidence URLs, tags. On a failed save
 * it shows the error and keeps everything the reader typed (the fields live in this component's state,
 * which a failed save never resets).
 */
import { useRef, useState } from 'preact/hooks';
import type { Note } from '../../core/model';
import { VERDICTS } from '../../core/model';
import { VERDICT_LABELS } from '../../core/labels';
import { fieldsFromNote, noteFromFields, type NoteFields } from './note-fields';

export interface NoteFormProps {
  note: Note;
  now: () => Date;
  /** Saves the note; resolves to an error message, or null on success. */
  onSave: (note: Note) => Promise<string | null>;
  onCancel: () => void;
  /** Fields to start from instead of the note's (an unsaved draft from an earlier opening). */
  initial?: NoteFields;
  /** Told of every edit, so a card closed mid-edit can give the text back when it reopens. */
  onFieldsChange?: (fields: NoteFields) => void;
}

/** Edits one note; the save button is disabled while a save is in flight. */
export function NoteForm({ note, now, onSave, onCancel, initial, onFieldsChange }: NoteFormProps) {
  const [fields, setFields] = useState<NoteFields>(() => initial ?? fieldsFromNote(note));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Several edits can land before Preact re-renders (autofill, tests): build on the latest, not the rendered.
  const latest = useRef(fields);
  const set = <K extends keyof NoteFields>(key: K, value: NoteFields[K]) => {
    const next = { ...latest.current, [key]: value };
    latest.current = next;
    setFields(next);
    onFieldsChange?.(next);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const built = noteFromFields(note, latest.current, now());
    if (!built.ok) {
      setError(built.error);
      return;
    }
    setSaving(true);
    setError(null);
    const failure = await onSave(built.note);
    setSaving(false);
    if (failure !== null) setError(`Not saved: ${failure}`);
  };

  return (
    <form class="form" onSubmit={submit} aria-label="Fact-check note">
      <label>
        Verdict
        <select name="verdict" value={fields.verdict} onChange={(e) => set('verdict', (e.currentTarget as HTMLSelectElement).value as NoteFields['verdict'])}>
          {VERDICTS.map((v) => <option key={v} value={v}>{VERDICT_LABELS[v]}</option>)}
        </select>
      </label>
      <label>
        Confidence
        <select name="confidence" value={fields.confidence} onChange={(e) => set('confidence', (e.currentTarget as HTMLSelectElement).value)}>
          <option value="">Not rated</option>
          {['1', '2', '3', '4', '5'].map((c) => <option key={c} value={c}>{c} / 5</option>)}
        </select>
      </label>
      <label>
        Note
        <textarea name="body" rows={4} value={fields.body} onInput={(e) => set('body', (e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label>
        Evidence (one URL per line)
        <textarea name="evidence" rows={2} value={fields.evidence} onInput={(e) => set('evidence', (e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label>
        Tags (comma-separated)
        <input name="tags" type="text" value={fields.tags} onInput={(e) => set('tags', (e.currentTarget as HTMLInputElement).value)} />
      </label>
      {error !== null && <p class="error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save note'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
