/**
 * All notes: full-text search, filters by verdict and tag, inline editing, delete with confirmation and
 * a few seconds of undo. A failed save shows why and keeps every field as the reader typed it.
 */
import { useState } from 'preact/hooks';
import { VERDICT_LABELS, confidenceLabel } from '../core/labels';
import { type Confidence, type Note, VERDICTS, type Verdict } from '../core/model';
import type { Repositories } from '../storage/index';
import { ConfirmButton } from './confirm-button';
import { ConfidenceSelect } from './source-book';
import type { UndoOffer } from './undo-bar';
import { useLiveQuery } from './use-live-query';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** Most notes a list shows at once; search narrows it further. */
const LIST_LIMIT = 200;

export interface NoteFilter {
  query: string;
  verdict: Verdict | '';
  tag: string;
}

/** The notes matching a filter: the most selective index first, the other conditions in memory. */
export async function filterNotes(repos: Repositories, filter: NoteFilter): Promise<Note[]> {
  const base = filter.query.trim()
    ? await repos.notes.search(filter.query, { limit: 5000 })
    : filter.verdict
      ? await repos.notes.byVerdict(filter.verdict)
      : filter.tag
        ? await repos.notes.byTag(filter.tag)
        : await repos.notes.recent(LIST_LIMIT);
  return base
    .filter((n) => !filter.verdict || n.verdict === filter.verdict)
    .filter((n) => !filter.tag || n.tags.includes(filter.tag))
    .slice(0, LIST_LIMIT);
}

/** Split "a, b ,c" into tags, dropping empties and duplicates. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** Only http(s) links become clickable; anything else stays text. */
function safeHref(url: string): string | undefined {
  try {
    const p = new URL(url).protocol;
    return p === 'http:' || p === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

interface SectionProps {
  repos: Repositories;
  offerUndo: (offer: UndoOffer) => void;
}

/** The all-notes section. */
export function NotesPanel({ repos, offerUndo }: SectionProps) {
  const [filter, setFilter] = useState<NoteFilter>({ query: '', verdict: '', tag: '' });
  const notes = useLiveQuery(() => filterNotes(repos, filter), [filter.query, filter.verdict, filter.tag]);
  const tags = useLiveQuery(() => repos.notes.tags(), []);
  const total = useLiveQuery(() => repos.notes.count(), []);

  return (
    <div class="panel">
      <div class="row filters">
        <label>Search notes <input type="search" value={filter.query} onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })} placeholder="words from the note, claim, speaker, tag" /></label>
        <label>Verdict{' '}
          <select value={filter.verdict} onChange={(e) => setFilter({ ...filter, verdict: e.currentTarget.value as Verdict | '' })}>
            <option value="">Any</option>
            {VERDICTS.map((v) => <option key={v} value={v}>{VERDICT_LABELS[v]}</option>)}
          </select>
        </label>
        <label>Tag{' '}
          <select value={filter.tag} onChange={(e) => setFilter({ ...filter, tag: e.currentTarget.value })}>
            <option value="">Any</option>
            {(tags.value ?? []).map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
      </div>
      {notes.error && <p class="error" role="alert">{notes.error}</p>}
      <p class="muted" aria-live="polite">
        {notes.value === undefined ? 'Loading…' : `${notes.value.length} shown of ${total.value ?? '…'} note${total.value === 1 ? '' : 's'}.`}
      </p>
      <ul class="list notes">
        {notes.value?.map((n) => <NoteRow key={n.id} note={n} repos={repos} offerUndo={offerUndo} />)}
      </ul>
    </div>
  );
}

function NoteRow({ note, repos, offerUndo }: SectionProps & { note: Note }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const href = safeHref(note.pageUrl);
  const remove = async () => {
    try {
      await repos.notes.delete(note.id);
      offerUndo({ message: 'Note deleted.', undo: async () => { await repos.notes.save(note); } });
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <li class="item" data-note-id={note.id}>
      <blockquote class="claim">{note.claimText || note.selector.quote.exact}</blockquote>
      <div class="item-head">
        <span class={`verdict verdict-${note.verdict}`}>{VERDICT_LABELS[note.verdict]}</span>
        <span class="badge">Confidence {confidenceLabel(note.confidence)}</span>
        {note.attribution && <span class="muted">{note.attribution.speaker}{note.attribution.via ? ` via ${note.attribution.via}` : ''}</span>}
      </div>
      {!editing && note.body && <p class="body">{note.body}</p>}
      {!editing && note.tags.length > 0 && <ul class="chips">{note.tags.map((t) => <li key={t}>{t}</li>)}</ul>}
      <p class="muted small">
        {href ? <a href={href} target="_blank" rel="noopener noreferrer">{note.pageTitle || note.pageUrl}</a> : <span>{note.pageTitle || note.pageUrl}</span>}
        {' · '}updated {new Date(note.updatedAt).toLocaleString()}
      </p>
      {editing
        ? <NoteEditor note={note} repos={repos} onClose={() => setEditing(false)} />
        : (
          <div class="row">
            <button type="button" onClick={() => setEditing(true)}>Edit</button>
            <ConfirmButton label="Delete" question="Delete this note?" confirmLabel="Delete note" onConfirm={remove} />
          </div>
        )}
      {error && <p class="error" role="alert">{error}</p>}
    </li>
  );
}

function NoteEditor({ note, repos, onClose }: { note: Note; repos: Repositories; onClose: () => void }) {
  const [verdict, setVerdict] = useState<Verdict>(note.verdict);
  const [confidence, setConfidence] = useState<Confidence | null>(note.confidence);
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [evidence, setEvidence] = useState(note.evidence.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = `note-${note.id}`;

  const save = async (event: Event) => {
    event.preventDefault();
    const links = evidence.split('\n').map((l) => l.trim()).filter(Boolean);
    const bad = links.find((l) => !safeHref(l));
    if (bad) return setError(`Evidence must be web addresses (http or https): "${bad}" is not.`);
    setSaving(true);
    try {
      await repos.notes.save({ ...note, verdict, confidence, body, tags: parseTags(tags), evidence: links, updatedAt: new Date().toISOString() });
      onClose();
    } catch (e) {
      // Keep the editor open with everything typed, and say why.
      setError(messageOf(e));
      setSaving(false);
    }
  };

  return (
    <form class="editor" onSubmit={(e) => void save(e)}>
      <div class="row">
        <label for={`${id}-verdict`}>Verdict</label>
        <select id={`${id}-verdict`} value={verdict} onChange={(e) => setVerdict(e.currentTarget.value as Verdict)}>
          {VERDICTS.map((v) => <option key={v} value={v}>{VERDICT_LABELS[v]}</option>)}
        </select>
        <label for={`${id}-confidence`}>Confidence</label>
        <ConfidenceSelect id={`${id}-confidence`} value={confidence} onChange={setConfidence} />
      </div>
      <label for={`${id}-body`}>Note</label>
      <textarea id={`${id}-body`} rows={4} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      <label for={`${id}-tags`}>Tags (comma-separated)</label>
      <input id={`${id}-tags`} type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <label for={`${id}-evidence`}>Evidence links (one per line)</label>
      <textarea id={`${id}-evidence`} rows={2} value={evidence} onInput={(e) => setEvidence(e.currentTarget.value)} />
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row">
        <button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save note'}</button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
