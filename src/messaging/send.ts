/**
 * The sending end of the protocol: `send` (to the background) and `sendToTab` (popup → content script),
 * typed by request, both answering with Result values. Transport failures (no receiver, a restarting
 * service worker, a closed tab) become `{ok: false, error}` with a sentence the UI can show.
 */
import browser from 'webextension-polyfill';
import type { Request, ResponseOf, Result } from './protocol';

/** Transport error texts (Chrome, Firefox) → what the reader is told. */
export const TRANSPORT_ERRORS: ReadonlyArray<[RegExp, string]> = [
  [/Receiving end does not exist|Could not establish connection/i, 'Claimlight is not running on this page (reload the page, or it is a page extensions cannot read).'],
  [/message port closed|port closed before a response/i, 'No answer: Claimlight\'s background stopped while answering. Try again.'],
  [/Extension context invalidated/i, 'Claimlight was updated or reloaded. Reload this page.'],
  [/No tab with id|Invalid tab ID/i, 'That tab is closed.'],
];

/** A raw transport: what runtime.sendMessage or tabs.sendMessage resolve to. */
export type Transport = (message: Request) => Promise<unknown>;

/** Turn whatever came back (or was thrown) into a Result. */
export async function viaTransport<R extends Request>(transport: Transport, request: R): Promise<Result<ResponseOf<R['type']>>> {
  try {
    const reply: unknown = await transport(request);
    if (reply && typeof reply === 'object' && typeof (reply as { ok?: unknown }).ok === 'boolean') {
      const r = reply as { ok: boolean; value?: unknown; error?: unknown };
      if (r.ok) return { ok: true, value: r.value as ResponseOf<R['type']> };
      return { ok: false, error: typeof r.error === 'string' ? r.error : 'The request failed.' };
    }
    return { ok: false, error: 'No answer from Claimlight (it may be restarting). Try again.' };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const known = TRANSPORT_ERRORS.find(([pattern]) => pattern.test(text));
    return { ok: false, error: known ? known[1] : `Could not reach Claimlight: ${text}` };
  }
}

/** Send a request to the background. */
export function send<R extends Request>(request: R): Promise<Result<ResponseOf<R['type']>>> {
  return viaTransport((m) => browser.runtime.sendMessage(m), request);
}

/** Send a request to the content script of a tab (popup → page). */
export function sendToTab<R extends Request>(tabId: number, request: R): Promise<Result<ResponseOf<R['type']>>> {
  return viaTransport((m) => browser.tabs.sendMessage(tabId, m), request);
}
