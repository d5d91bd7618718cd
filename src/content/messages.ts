/**
 * The content script's side of messaging: one runtime.onMessage listener for the whole content script
 * that hands each request to the feature that owns it (first handler to answer wins) and always answers
 * with a Result value (sending goes through messaging/send.ts); and the handler for the popup's page/*
 * requests (analysis report, highlight switch, focusing a claim or a note).
 */
import type { Request, ResponseOf, Result } from '../messaging/protocol';
import type { PageReport } from '../messaging/protocol';
import type { PageSession } from './page-session';

/** Handles a request; returns undefined for requests it does not own (the hub then asks the next one). */
export type RequestHandler = (request: Request) => Promise<unknown> | undefined;

/** The parts of `browser.runtime` used here (typed narrowly so tests pass a fake). */
export interface RuntimeLike {
  id?: string;
  onMessage: {
    addListener(fn: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined): void;
    removeListener(fn: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined): void;
  };
}

export interface RequestHub {
  /** Adds a handler; returns a function that removes it. */
  listen(handler: RequestHandler): () => void;
  dispose(): void;
}

function isRequest(message: unknown): message is Request {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || typeof (value as { ok?: unknown }).ok !== 'boolean') return false;
  return (value as { ok: boolean }).ok ? 'value' in value : typeof (value as { error?: unknown }).error === 'string';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One listener for every feature's requests. Messages not from our own extension are ignored. */
export function createRequestHub(runtime: RuntimeLike): RequestHub {
  const handlers: RequestHandler[] = [];
  const listener = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (!isRequest(message)) return undefined;
    if (runtime.id !== undefined && sender.id !== undefined && sender.id !== runtime.id) return undefined;
    for (const handler of handlers) {
      let answer: Promise<unknown> | undefined;
      try {
        answer = handler(message);
      } catch (error) {
        return Promise.resolve({ ok: false, error: errorText(error) });
      }
      if (answer === undefined) continue;
      // Handlers may return a plain value or a Result already; either way the caller gets a Result.
      return answer.then(
        (value) => (isResult(value) ? value : { ok: true, value }),
        (error: unknown) => ({ ok: false, error: errorText(error) }),
      );
    }
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  return {
    listen(handler) {
      handlers.push(handler);
      return () => {
        const i = handlers.indexOf(handler);
        if (i >= 0) handlers.splice(i, 1);
      };
    },
    dispose() {
      runtime.onMessage.removeListener(listener);
      handlers.length = 0;
    },
  };
}

/** What the popup's focus requests do on the page (the card opens on the claim or note when installed). */
export interface FocusActions {
  openClaim(claimId: string): boolean;
  openNote(noteId: string): boolean;
}

/** Scrolls a range into view when no card is there to do it. */
function scrollTo(range: Range | null): boolean {
  if (!range) return false;
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: 'center' });
  return el !== null && el !== undefined;
}

/** Focus actions that only scroll (used before, or without, the card). */
export function scrollFocus(session: PageSession): FocusActions {
  return {
    openClaim: (id) => scrollTo(session.claimRange(id)),
    openNote: (id) => scrollTo(session.notes().find((n) => n.note.id === id)?.range ?? null),
  };
}

/** The popup's report of the page. */
export function pageReport(session: PageSession): PageReport {
  return { analysis: session.analysis, url: session.url, host: session.host, highlightsOn: session.highlightsOn, orphanNoteIds: session.orphanNoteIds() };
}

/** Handler for the page/* requests the popup sends to this tab. */
export function pageRequestHandler(session: PageSession, focus: FocusActions): RequestHandler {
  return (request) => {
    switch (request.type) {
      case 'page/analysis':
        return (async (): Promise<PageReport> => {
          await session.settled();
          // "Scan anyway": a page that was not scanned (not an article, or a site set to never) on demand.
          if (request.force && session.phase !== 'ready') await session.scan(true);
          return pageReport(session);
        })();
      case 'page/toggleHighlights':
        return (async (): Promise<ResponseOf<'page/toggleHighlights'>> => {
          const on = request.on ?? !session.highlightsOn;
          session.setHighlights(on);
          await session.settled();
          if (on && session.phase === 'idle') await session.scan(true);
          return { on: session.highlightsOn };
        })();
      case 'page/focusClaim':
        return Promise.resolve({ found: focus.openClaim(request.claimId) });
      case 'page/focusNote':
        return Promise.resolve({ found: focus.openNote(request.noteId) });
      default:
        return undefined;
    }
  };
}
