/**
 * The card's content (Preact, rendered inside the closed shadow root): the claim, who said it and through
 * whom, the source-book entries for the speaker and the via outlet, the reader's note, and the note form.
 * Everything page- or note-derived goes in as text nodes; nothing is ever parsed as HTML.
 */
import { useState } from 'preact/hooks';
import type { Attribution, Claim, Note, Source } from '../../core/model';
import { CLAIM_KIND_LABELS, SOURCE_TYPE_LABELS, VERDICT_LABELS, confidenceLabel } from '../../core/labels';
import type { NoteFields } from './note-fields';
import { NoteForm } from './note-form';

/** What a card is about: a detected claim, or a passage the reader selected or noted. */
export interface CardSubject {
  claim: Claim | null;
  /** The passage's text as the page shows it. */
  quote: string;
  attribution: Attribution | null;
  /** The reader's saved note on this passage, if any. */
  note: Note | null;
  /** A new, unsaved note to edit straight away (selection → note). */
  draft: Note | null;
}

export interface SourceEntry {
  /** Why this source is shown: it speaks, or it relayed the claim. */
  relation: 'Speaker' | 'Via';
  name: string;
  source: Source | null;
}

export type SourceEntries =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'error'; error: string }
  | { state: 'ready'; entries: SourceEntry[] };

/** A note being edited and the form's unsaved fields. */
export interface Draft {
  note: Note;
  fields: NoteFields;
}

export interface CardViewProps {
  subject: CardSubject;
  /** An unsaved edit left when the card last closed on this passage: the form reopens with it. */
  resume: Draft | null;
  /** Keeps (or, with null, drops) the unsaved edit for this passage. */
  keepDraft: (draft: Draft | null) => void;
  sources: SourceEntries;
  now: () => Date;
  /** Builds a new note for the subject (null when its passage cannot be anchored). */
  newNote: () => Note | null;
  /** Saves a note; resolves to an error message, or null on success. */
  saveNote: (note: Note) => Promise<string | null>;
  onClose: () => void;
  /** Asks the background to open the popup; resolves to an error message, or null. */
  onOpenPopup: () => Promise<string | null>;
}

/** The whole card. */
export function CardView(props: CardViewProps) {
  const { subject, sources } = props;
  const [saved, setSaved] = useState<Note | null>(subject.note);
  const [editing, setEditing] = useState<Note | null>(props.resume?.note ?? subject.draft);
  const [resume, setResume] = useState<NoteFields | undefined>(props.resume?.fields);
  const [problem, setProblem] = useState<string | null>(null);
  const title = subject.claim ? CLAIM_KIND_LABELS[subject.claim.kind] : 'Selected passage';

  const startEditing = () => {
    const note = saved ?? props.newNote();
    if (note) {
      setResume(undefined);
      setProblem(null);
      setEditing(note);
    } else {
      setProblem('This passage cannot be anchored in the page text, so a note on it could not be found again.');
    }
  };
  const save = async (note: Note) => {
    const failure = await props.saveNote(note);
    if (failure === null) {
      props.keepDraft(null);
      setSaved(note);
      setEditing(null);
    }
    return failure;
  };

  return (
    <div class="card" role="dialog" aria-labelledby="cl-card-title" tabIndex={-1}>
      <header>
        <h2 id="cl-card-title">{title}</h2>
        <button type="button" class="close" aria-label="Close card" onClick={props.onClose}>×</button>
      </header>
      <blockquote class="quote">{subject.quote}</blockquote>
      <AttributionList attribution={subject.attribution} />
      <SourceBook sources={sources} />
      {editing ? (
        <NoteForm
          note={editing}
          now={props.now}
          onSave={save}
          onCancel={() => {
            props.keepDraft(null);
            setEditing(null);
          }}
          initial={resume}
          onFieldsChange={(fields) => props.keepDraft({ note: editing, fields })}
        />
      ) : (
        <>
          {saved && <SavedNote note={saved} />}
          {problem !== null && <p class="error" role="alert">{problem}</p>}
          <div class="actions">
            <button type="button" class="primary" onClick={startEditing}>{saved ? 'Edit note' : 'Add note'}</button>
            <button type="button" onClick={() => void props.onOpenPopup().then((e) => e !== null && setProblem(`Could not open Claimlight: ${e}`))}>Open Claimlight</button>
          </div>
        </>
      )}
    </div>
  );
}

function AttributionList({ attribution }: { attribution: Attribution | null }) {
  if (!attribution) return <p class="muted">No attribution detected.</p>;
  const rows: Array<[string, string | null]> = [
    ['Speaker', attribution.role ? `${attribution.speaker}, ${attribution.role}` : attribution.speaker],
    ['Source type', SOURCE_TYPE_LABELS[attribution.sourceType]],
    ['Cue', attribution.cue],
    ['Medium', attribution.medium],
    ['Via', attribution.via],
  ];
  return (
    <dl class="attribution" aria-label="Attribution">
      {rows.filter(([, v]) => v).map(([k, v]) => (
        <div key={k} class="row" data-field={k.toLowerCase().replace(' ', '-')}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function SourceBook({ sources }: { sources: SourceEntries }) {
  if (sources.state === 'none') return null;
  return (
    <section class="sources" aria-label="Source book">
      <h3>Source book</h3>
      {sources.state === 'loading' && <p class="muted">Looking up sources…</p>}
      {sources.state === 'error' && <p class="error" role="alert">Source book unavailable: {sources.error}</p>}
      {sources.state === 'ready' && (
        <ul>
          {sources.entries.map((e) => (
            <li key={`${e.relation}:${e.name}`} class="source" data-relation={e.relation.toLowerCase()}>
              <span class="source-name">{e.relation}: {e.source?.name ?? e.name}</span>{' '}
              {e.source ? (
                <>
                  <span class="badge" aria-label={`Your confidence: ${confidenceLabel(e.source.confidence)}`}>
                    {confidenceLabel(e.source.confidence)}
                  </span>
                  {e.source.notes && <p class="source-notes">{e.source.notes}</p>}
                </>
              ) : (
                <span class="muted">not in your source book</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SavedNote({ note }: { note: Note }) {
  return (
    <section class="note" aria-label="Your note">
      <h3>Your note</h3>
      <p>
        <span class={`verdict verdict-${note.verdict}`}>{VERDICT_LABELS[note.verdict]}</span>{' '}
        <span class="muted">confidence {confidenceLabel(note.confidence)}</span>
      </p>
      {note.body && <p class="note-body">{note.body}</p>}
      {note.evidence.length > 0 && (
        <ul class="evidence">
          {note.evidence.map((url) => (
            <li key={url}><a href={safeHref(url)} target="_blank" rel="noopener noreferrer">{url}</a></li>
          ))}
        </ul>
      )}
      {note.tags.length > 0 && <p class="tags">{note.tags.map((t) => `#${t}`).join(' ')}</p>}
    </section>
  );
}

/** Only http(s) links become clickable: notes imported from a file may hold anything. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
