/**
 * Same-origin iframes: an article embedded in an iframe of the same origin (syndicated stories, old CMS
 * layouts) gets its own page session, painted in the iframe's own highlight registry. Cross-origin frames
 * are skipped without error: their document is not readable from here, and Claimlight asks for no access
 * to other sites' frames. Frames are found at start and as they are added.
 */
import type { PageSession, SessionEnv } from './page-session';
import { createPageSession } from './page-session';

export interface FrameScanner {
  /** Sessions of the same-origin frames scanned so far. */
  sessions(): readonly PageSession[];
  dispose(): void;
}

/** The frame's document if we may read it (same origin, loaded), else null. */
export function readableDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    // about:blank placeholders and documents still loading have no body to scan yet.
    return doc && doc.body && doc.readyState !== 'loading' ? doc : null;
  } catch {
    return null; // cross-origin: a SecurityError in some engines, null in others
  }
}

/** Scans every same-origin iframe of `env.doc` with its own session (and keeps watching for new ones). */
export function scanFrames(env: SessionEnv): FrameScanner {
  const doc = env.doc;
  const byFrame = new Map<HTMLIFrameElement, { session: PageSession; doc: Document }>();

  const attach = (frame: HTMLIFrameElement) => {
    const inner = readableDocument(frame);
    const known = byFrame.get(frame);
    if (known && known.doc === inner) return;
    known?.session.dispose();
    byFrame.delete(frame);
    if (!inner) return;
    const session = createPageSession({ ...env, doc: inner });
    byFrame.set(frame, { session, doc: inner });
    void session.start();
  };
  const onLoad = (event: Event) => {
    const target = event.target as Element | null;
    if (target && target.tagName === 'IFRAME') attach(target as HTMLIFrameElement);
  };

  // `load` does not bubble, but capturing listeners on the document see it for every frame.
  doc.addEventListener('load', onLoad, true);
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) attach(frame);

  return {
    sessions: () => [...byFrame.values()].map((f) => f.session),
    dispose() {
      doc.removeEventListener('load', onLoad, true);
      for (const f of byFrame.values()) f.session.dispose();
      byFrame.clear();
    },
  };
}
