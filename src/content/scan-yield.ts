/**
 * Cooperative scheduling for the content script: work is split into slices that end at a deadline,
 * and between slices the page's main thread gets control back, so no task we run exceeds ~50 ms.
 */

/**
 * Milliseconds one slice of content-script work may take before yielding. Well under the 50 ms budget:
 * a slice ends at the first deadline check past it (text-map and detection check every few hundred
 * nodes), and on a loaded machine that overshoot is several milliseconds.
 */
export const SLICE_MS = 20;

/** A clock in milliseconds (performance.now where available). */
export const now: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/** Gives the main thread back to the page: scheduler.yield where available, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield.call(scheduler);
  return new Promise((resolve) => setTimeout(resolve, 0));
}
