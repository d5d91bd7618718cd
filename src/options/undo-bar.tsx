/**
 * The "Deleted. Undo" bar: a destructive action stays reversible for a few seconds. The deleted record
 * is held here (not in the database), and Undo writes it back.
 */
import { useEffect, useState } from 'preact/hooks';

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

/** How long an undo stays on offer, in milliseconds. */
export const UNDO_MS = 8000;

/** Shows the latest undo offer until it expires, is used, or is replaced. */
export function UndoBar({ offer, onDone }: { offer: UndoOffer | null; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    if (!offer) return undefined;
    const timer = setTimeout(onDone, UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer]);
  if (!offer) return null;
  const undo = async () => {
    try {
      await offer.undo();
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div class="undo-bar" role="status">
      <span>{error ?? offer.message}</span>
      <button type="button" onClick={() => void undo()}>Undo</button>
      <button type="button" class="quiet" aria-label="Dismiss" onClick={onDone}>×</button>
    </div>
  );
}
