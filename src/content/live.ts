/**
 * Live pages: watches the scanned root for added or changed content (infinite scroll, live blogs,
 * "read more" expanders) and reports it in batches, so a page that adds a paragraph every 100 ms costs
 * one incremental scan per batch rather than one per mutation.
 */

/** What changed in one batch. */
export interface LiveBatch {
  /** Added elements with text, outermost only, in document order. */
  added: Element[];
  /** Text changed or was removed somewhere that may already be mapped: a full rescan is needed. */
  changed: boolean;
}

export interface LiveWatcher {
  /** Stops watching; pending changes are dropped. */
  stop(): void;
  /** Stops reporting while our own code changes the DOM (the <mark> fallback), then resumes. */
  quietly<T>(fn: () => T): T;
}

/** Batching delay: long enough to merge bursts, short enough that new claims show within a second. */
export const LIVE_BATCH_MS = 150;

const ELEMENT = 1;
const TEXT = 3;

function hasText(node: Node): boolean {
  return (node.textContent ?? '').trim().length > 0;
}

/** Is this node ours (style sheet, <mark> fallback, shadow hosts without light-DOM text) — not page content. */
function isOwn(node: Node): boolean {
  if (node.nodeType !== ELEMENT) return false;
  const el = node as Element;
  return el.hasAttribute('data-cl') || el.tagName === 'STYLE';
}

/** Watches `root` and calls `onBatch` at most every `delay` ms with what was added or changed. */
export function watchLive(root: Element, onBatch: (batch: LiveBatch) => void, delay = LIVE_BATCH_MS): LiveWatcher {
  const win = root.ownerDocument.defaultView;
  const Observer = win?.MutationObserver ?? (typeof MutationObserver !== 'undefined' ? MutationObserver : null);
  if (!Observer) return { stop() {}, quietly: (fn) => fn() };
  let added: Element[] = [];
  let changed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    // Outermost only: an element whose ancestor was also added is scanned with it.
    const set = new Set(added.filter((el) => el.isConnected));
    const outer = [...set].filter((el) => {
      for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (set.has(a)) return false;
      return true;
    });
    outer.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    const batch = { added: outer, changed };
    added = [];
    changed = false;
    if (batch.added.length || batch.changed) onBatch(batch);
  };

  const handle = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentNode && !isOwn(r.target.parentNode)) changed = true;
        continue;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (isOwn(n) || !hasText(n)) continue;
        if (n.nodeType === ELEMENT) added.push(n as Element);
        else if (n.nodeType === TEXT) changed = true; // loose text inside an existing block
      }
      for (const n of Array.from(r.removedNodes)) {
        if (!isOwn(n) && hasText(n)) changed = true;
      }
    }
    if ((added.length || changed) && timer === null) timer = setTimeout(flush, delay);
  };
  const observer = new Observer(handle);
  const options = { childList: true, subtree: true, characterData: true };
  observer.observe(root, options);
  return {
    stop() {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    quietly<T>(fn: () => T): T {
      // The page's changes from before ours still count; ours (made while disconnected) are never seen.
      handle(observer.takeRecords());
      observer.disconnect();
      try {
        return fn();
      } finally {
        observer.observe(root, options);
      }
    },
  };
}
