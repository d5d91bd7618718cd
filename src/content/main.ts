/**
 * Content script entry: wires the page session (scan, paint, notes, live pages) to the browser and to
 * the features that read it (claim card, selection notes, popup requests). Each part lives in its own
 * module; this file only connects them.
 */
import browser from 'webextension-polyfill';
import { normalizeUrl } from '../core/url';
import { send } from '../messaging/send';
import { createArticleFinder } from '../page/article-root';
import { installCard } from './card/install-card';
import type { FeatureDeps } from './card/deps';
import { createPainter } from './highlights/painter';
import { createRequestHub, pageRequestHandler } from './messages';
import type { RuntimeLike } from './messages';
import { watchUrl } from './navigation';
import { createPageSession } from './page-session';
import type { SessionEnv } from './page-session';
import { scanFrames } from './scan-frames';
import { createBlockAnalyzer } from './scan';
import { installSelectionNotes } from './selection/install-selection-notes';

/**
 * A random UUID v4. crypto.randomUUID exists only in secure contexts, and a content script on a plain
 * http:// page is not one; getRandomValues works everywhere.
 */
function newId(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Marks the page so a second injection (extension reload, programmatic inject) does not scan twice. */
const INSTALLED = Symbol.for('claimlight.content');

function main(): void {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;

  const runtime = browser.runtime as unknown as RuntimeLike;
  const hub = createRequestHub(runtime);
  const env: SessionEnv = {
    doc: document,
    send,
    createArticleFinder,
    normalizeUrl: (href, canonical) => normalizeUrl(href, canonical),
    createAnalyzer: createBlockAnalyzer,
    createPainter: (doc, colours) => createPainter(doc, { colours }),
  };
  const session = createPageSession(env);
  const deps: FeatureDeps = { send, listen: (h) => hub.listen(h), now: () => new Date(), newId };
  const card = installCard(session, deps, document);
  installSelectionNotes(session, card, deps, document);
  hub.listen(pageRequestHandler(session, { openClaim: (id) => card.openClaim(id), openNote: (id) => card.openNote(id) }));
  watchUrl(window, () => void session.navigate());
  void session.start().then(() => scanFrames(env));
}

main();
