/**
 * `useLiveQuery`: a Preact hook over Dexie's liveQuery. The query re-runs whenever any window of the
 * extension writes what it read, which is how two open options pages (or options and popup) stay in sync.
 */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from '../storage/index';

export interface LiveState<T> {
  value: T | undefined;
  error: string | null;
}

/** Subscribe to a storage query; re-subscribes when `deps` change. */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: readonly unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ value: undefined, error: null });
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (e: unknown) => setState((s) => ({ value: s.value, error: e instanceof Error ? e.message : String(e) })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
