/**
 * The popup's real PopupApi: the tab's content script through tabs.sendMessage, and the database directly
 * (the popup shares the extension's origin), with liveQuery so notes saved elsewhere (the card, another
 * window) show up while the popup is open.
 */
import browser from 'webextension-polyfill';
import type { Request, ResponseOf, Result } from '../messaging/protocol';
import { sendToTab } from '../messaging/send';
import { liveQuery, openRepositories, type Repositories } from '../storage/index';
import type { PopupApi } from './popup-api';

/** The PopupApi for one tab. */
export function browserPopupApi(tabId: number, repos: Repositories = openRepositories()): PopupApi {
  const toTab = <R extends Request>(request: R): Promise<Result<ResponseOf<R['type']>>> => sendToTab(tabId, request);
  return {
    pageReport: (force) => toTab(force ? { type: 'page/analysis', force: true } : { type: 'page/analysis' }),
    watchNotes: (url, onNotes, onError) => {
      const subscription = liveQuery(() => repos.notes.forPage(url)).subscribe({ next: onNotes, error: (e: unknown) => onError(message(e)) });
      return () => subscription.unsubscribe();
    },
    lookupSources: (names) => attempt(() => repos.sources.lookup(names)),
    getSettings: () => attempt(() => repos.settings.get()),
    saveSettings: (settings) => attempt(() => repos.settings.save(settings)),
    setHighlights: (on) => toTab({ type: 'page/toggleHighlights', on }),
    focusClaim: async (claimId) => {
      const res = await toTab({ type: 'page/focusClaim', claimId });
      if (res.ok && res.value.found) closeIfPopup();
      return res;
    },
    focusNote: async (noteId) => {
      const res = await toTab({ type: 'page/focusNote', noteId });
      if (res.ok && res.value.found) closeIfPopup();
      return res;
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}

/** Which tab the popup is about: `?tab=<id>` when opened as a page (tests, the card's button), else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const self = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== self?.id) return active.id;
  // Opened in a tab without ?tab=: the tab the reader used last in this window.
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.id !== undefined && t.id !== self?.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

/** Let the reader see the page once a claim is focused (a real popup would cover it). */
function closeIfPopup(): void {
  if (new URLSearchParams(location.search).has('tab')) return;
  void browser.tabs.getCurrent().then((tab) => {
    if (!tab) window.close();
  });
}

async function attempt<T>(fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error: message(error) };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
