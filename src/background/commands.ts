/**
 * The keyboard commands of the manifest (toggle-highlights, add-note, next-claim, previous-claim): each
 * becomes one request to the active tab's content script, which does the work. Also opens the popup for a
 * tab when the card's "Open Claimlight" asks (`ui/openPopup`).
 */
import browser from 'webextension-polyfill';
import type { Request, ResponseOf, Result } from '../messaging/protocol';
import { sendToTab as tabsSender } from '../messaging/send';

/** Sends a request to a tab's content script; resolves to a Result, never rejects. */
export type TabSender = <R extends Request>(tabId: number, request: R) => Promise<Result<ResponseOf<R['type']>>>;

/** Command name (manifest `commands`) → the request the active tab gets. */
export const COMMAND_REQUESTS: Readonly<Record<string, Request>> = {
  'toggle-highlights': { type: 'page/toggleHighlights' },
  'add-note': { type: 'page/addNoteFromSelection' },
  'next-claim': { type: 'page/stepClaim', direction: 1 },
  'previous-claim': { type: 'page/stepClaim', direction: -1 },
};

/** Runs one command against a tab; an unknown command or a tab without the content script is an error value. */
export async function runCommand(command: string, tabId: number | undefined, sendToTab: TabSender): Promise<Result<unknown>> {
  const request = COMMAND_REQUESTS[command];
  if (!request) return { ok: false, error: `Unknown command "${command}".` };
  const target = tabId ?? (await activeTabId());
  if (target === undefined) return { ok: false, error: 'No active tab.' };
  return sendToTab(target, request);
}

/** Listens for the manifest's commands. Call at the top level of the background (MV3 wakes it for them). */
export function registerCommands(sendToTab: TabSender = tabsSender): void {
  browser.commands.onCommand.addListener((command, tab) => {
    void runCommand(command, tab?.id, sendToTab);
  });
}

/** Opens the popup for the reader's tab: the real popup where the browser allows it, else popup.html in a tab. */
export async function openPopupFor(tabId: number | undefined): Promise<{ opened: boolean }> {
  try {
    // Chrome ≥ 127 opens the action popup on request; Firefox needs a user gesture here and throws.
    await browser.action.openPopup();
    return { opened: true };
  } catch {
    const query = tabId === undefined ? '' : `?tab=${tabId}`;
    await browser.tabs.create({ url: browser.runtime.getURL(`popup.html${query}`) });
    return { opened: true };
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
