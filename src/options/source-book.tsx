/**
 * The source book: every speaker and outlet the reader has rated, with confidence (1–5), notes and
 * aliases; rename, add or remove aliases, merge two entries, delete with undo. What is set here shows
 * up in the card on every page where the source speaks or relays.
 */
import { useState } from 'preact/hooks';
import { SOURCE_TYPE_LABELS, confidenceLabel } from '../core/labels';
import { type Confidence, SOURCE_TYPES, type Source, type SourceType } from '../core/model';
import { type Repositories, newSource, sourceMatchKeys } from '../storage/index';
import { ConfirmButton } from './confirm-button';
import type { UndoOffer } from './undo-bar';
import { useLiveQuery } from './use-live-query';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface SectionProps {
  repos: Repositories;
  offerUndo: (offer: UndoOffer) => void;
}

/** A select for confidence 1–5 or "not rated". */
export function ConfidenceSelect({ value, onChange, id }: { value: Confidence | null; onChange: (c: Confidence | null) => void; id?: string }) {
  return (
    <select id={id} value={value === null ? '' : String(value)} onChange={(e) => onChange(e.currentTarget.value ? (Number(e.currentTarget.value) as Confidence) : null)}>
      <option value="">Not rated</option>
      {[1, 2, 3, 4, 5].map((n) => <option key={n} value={String(n)}>{n} – {['no', 'little', 'some', 'good', 'full'][n - 1]} confidence</option>)}
    </select>
  );
}

/** The source-book section. */
export function SourceBook({ repos, offerUndo }: SectionProps) {
  const [query, setQuery] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState<SourceType>('named-person');
  const [error, setError] = useState<string | null>(null);
  const live = useLiveQuery(() => repos.sources.search(query), [query]);
  const all = useLiveQuery(() => repos.sources.all(), []);

  const add = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setError('Type the name of the person, organisation or outlet.');
    try {
      await repos.sources.save(newSource(name, type));
      setName('');
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <div class="panel">
      <form class="row" onSubmit={(e) => void add(e)}>
        <label>New source <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="Oksana Markarova" /></label>
        <label>Type{' '}
          <select value={type} onChange={(e) => setType(e.currentTarget.value as SourceType)}>
            {SOURCE_TYPES.map((t) => <option key={t} value={t}>{SOURCE_TYPE_LABELS[t]}</option>)}
          </select>
        </label>
        <button type="submit">Add</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      <label class="search">Search the source book{' '}
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} placeholder="name, alias or note" />
      </label>
      {live.error && <p class="error" role="alert">{live.error}</p>}
      {live.value && live.value.length === 0 && <p class="muted">{query ? 'No source matches.' : 'The source book is empty. Sources you rate from a claim card appear here.'}</p>}
      <ul class="list sources">
        {live.value?.map((s) => <SourceRow key={s.id} source={s} others={(all.value ?? []).filter((o) => o.id !== s.id)} repos={repos} offerUndo={offerUndo} />)}
      </ul>
    </div>
  );
}

function SourceRow({ source, others, repos, offerUndo }: SectionProps & { source: Source; others: Source[] }) {
  const [open, setOpen] = useState(false);
  return (
    <li class="item" data-source-id={source.id}>
      <div class="item-head">
        <strong class="name">{source.name}</strong>
        <span class="badge">{SOURCE_TYPE_LABELS[source.type]}</span>
        <span class="badge">Confidence {confidenceLabel(source.confidence)}</span>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Close' : 'Edit'}</button>
      </div>
      {source.aliases.length > 0 && <p class="muted">Also known as: {source.aliases.join(', ')}</p>}
      {source.notes && !open && <p class="source-notes">{source.notes}</p>}
      {open && <SourceEditor source={source} others={others} repos={repos} offerUndo={offerUndo} />}
    </li>
  );
}

function SourceEditor({ source, others, repos, offerUndo }: SectionProps & { source: Source; others: Source[] }) {
  const [confidence, setConfidence] = useState<Confidence | null>(source.confidence);
  const [notes, setNotes] = useState(source.notes);
  const [type, setType] = useState<SourceType>(source.type);
  const [newName, setNewName] = useState(source.name);
  const [alias, setAlias] = useState('');
  const [mergeId, setMergeId] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const noteCount = useLiveQuery(async () => (await repos.notes.bySourceKeys(sourceMatchKeys(source))).length, [source.key, source.aliases.join('\n')]);
  const idBase = `src-${source.id}`;

  /** Run a change; on failure keep every field as typed and say why. */
  const run = async (action: () => Promise<unknown>, done: string, after?: () => void) => {
    try {
      await action();
      setStatus({ text: done, error: false });
      after?.();
    } catch (e) {
      setStatus({ text: messageOf(e), error: true });
    }
  };
  const save = (event: Event) => {
    event.preventDefault();
    void run(() => repos.sources.save({ ...source, confidence, notes, type, updatedAt: new Date().toISOString() }), 'Saved.');
  };
  const merging = others.find((o) => o.id === mergeId);

  return (
    <div class="editor">
      <form onSubmit={save}>
        <div class="row">
          <label for={`${idBase}-conf`}>Confidence</label>
          <ConfidenceSelect id={`${idBase}-conf`} value={confidence} onChange={setConfidence} />
          <label for={`${idBase}-type`}>Type</label>
          <select id={`${idBase}-type`} value={type} onChange={(e) => setType(e.currentTarget.value as SourceType)}>
            {SOURCE_TYPES.map((t) => <option key={t} value={t}>{SOURCE_TYPE_LABELS[t]}</option>)}
          </select>
        </div>
        <label for={`${idBase}-notes`}>Notes on this source</label>
        <textarea id={`${idBase}-notes`} rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
        <button type="submit">Save source</button>
      </form>
      <p class="muted">{noteCount.value === undefined ? '' : `${noteCount.value} note${noteCount.value === 1 ? '' : 's'} on claims by or via this source.`}</p>

      <form class="row" onSubmit={(e) => { e.preventDefault(); void run(() => repos.sources.rename(source.id, newName), 'Renamed; the old name is kept as an alias.'); }}>
        <label>Name <input type="text" value={newName} onInput={(e) => setNewName(e.currentTarget.value)} /></label>
        <button type="submit" disabled={newName.trim() === source.name || !newName.trim()}>Rename</button>
      </form>

      <div class="aliases">
        <span>Aliases:</span>
        {source.aliases.length === 0 && <span class="muted"> none</span>}
        <ul class="chips">
          {source.aliases.map((a) => (
            <li key={a}>{a} <button type="button" class="quiet" aria-label={`Remove alias ${a}`} onClick={() => void run(() => repos.sources.removeAlias(source.id, a), `Alias "${a}" removed.`)}>×</button></li>
          ))}
        </ul>
        <form class="row" onSubmit={(e) => { e.preventDefault(); void run(() => repos.sources.addAlias(source.id, alias), 'Alias added.', () => setAlias('')); }}>
          <label>New alias <input type="text" value={alias} onInput={(e) => setAlias(e.currentTarget.value)} placeholder="WaPo" /></label>
          <button type="submit" disabled={!alias.trim()}>Add alias</button>
        </form>
      </div>

      {others.length > 0 && (
        <div class="row">
          <label>Merge another entry into this one{' '}
            <select value={mergeId} onChange={(e) => setMergeId(e.currentTarget.value)}>
              <option value="">Choose a source…</option>
              {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </select>
          </label>
          <ConfirmButton
            label="Merge"
            disabled={!merging}
            question={`Merge "${merging?.name ?? ''}" into "${source.name}"? Its names become aliases; no note is lost.`}
            confirmLabel="Merge"
            onConfirm={() => {
              if (!merging) return;
              const kept = source;
              return run(() => repos.sources.merge(source.id, merging.id), `"${merging.name}" merged.`, () => {
                setMergeId('');
                offerUndo({
                  message: `Merged "${merging.name}" into "${kept.name}".`,
                  undo: async () => {
                    await repos.sources.save(kept);
                    await repos.sources.save(merging);
                  },
                });
              });
            }}
          />
        </div>
      )}

      <ConfirmButton
        label="Delete source"
        question={`Delete "${source.name}" from the source book? Your notes on its claims stay.`}
        confirmLabel="Delete"
        onConfirm={() => run(() => repos.sources.delete(source.id), 'Deleted.', () =>
          offerUndo({ message: `Deleted "${source.name}".`, undo: async () => { await repos.sources.save(source); } }))}
      />
      {status && <p class={status.error ? 'error' : 'ok'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </div>
  );
}
