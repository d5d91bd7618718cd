/**
 * The "Add fact-check note" context-menu item on selected text. A click sends the tab the same
 * `page/addNoteFromSelection` request as the `add-note` shortcut, so both paths make the same note.
 */
import browser from 'webextension-polyfill';
import { sendToTab } from '../messaging/send';
import type { TabSender } from './commands';

export const ADD_NOTE_MENU_ID = 'claimlight-add-note';

/** Creates the menu item (idempotent) and listens for its clicks. Call at the top level of the background. */
export function registerContextMenu(send: TabSender = sendToTab): void {
  const create = async () => {
    // Menus persist across restarts in some browsers and not others: recreate from scratch each time.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: ADD_NOTE_MENU_ID,
      title: 'Add fact-check note',
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  };
  browser.runtime.onInstalled.addListener(() => void create());
  browser.runtime.onStartup.addListener(() => void create());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ADD_NOTE_MENU_ID || tab?.id === undefined) return;
    const request = info.selectionText ? { type: 'page/addNoteFromSelection' as const, selectionText: info.selectionText } : { type: 'page/addNoteFromSelection' as const };
    void send(tab.id, request);
  });
}
