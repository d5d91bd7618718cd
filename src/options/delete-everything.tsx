/**
 * "Delete everything": wipes every note, source, page and setting, only after the reader types the
 * confirmation phrase exactly. There is no undo, and the section says so (and points to the backup).
 */
import { useState } from 'preact/hooks';
import type { Repositories } from '../storage/index';

export const DELETE_PHRASE = 'delete everything';

/** The delete-everything section. */
export function DeleteEverything({ repos }: { repos: Repositories }) {
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const armed = typed.trim().toLowerCase() === DELETE_PHRASE;
  const wipe = async (event: Event) => {
    event.preventDefault();
    if (!armed) return;
    try {
      await repos.deleteEverything();
      setTyped('');
      setStatus({ text: 'Everything was deleted.', error: false });
    } catch (e) {
      setStatus({ text: e instanceof Error ? e.message : String(e), error: true });
    }
  };
  return (
    <form class="panel danger-zone" onSubmit={(e) => void wipe(e)}>
      <p>This removes all your notes, the whole source book, the pages list and your settings from this browser. It cannot be undone; make a backup first if you may want them back.</p>
      <label for="delete-phrase">Type <kbd>{DELETE_PHRASE}</kbd> to confirm</label>
      <input id="delete-phrase" type="text" autoComplete="off" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
      <button type="submit" class="danger" disabled={!armed}>Delete everything</button>
      {status && <p class={status.error ? 'error' : 'ok'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </form>
  );
}
