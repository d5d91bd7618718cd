import type { Request } from '../../../src/messaging/protocol';

// A minimal fake of the browser APIs the context menu and the popup opener touch. jest.mock is hoisted
// above the imports, so the fake keeps its state on itself and the tests read it back through requireMock.
type Listener = (...args: unknown[]) => unknown;
interface FakeState { listeners: Record<string, Listener[]>; created: unknown[]; opened: string[]; popupThrows: boolean }
jest.mock('webextension-polyfill', () => {
  const state: FakeState = { listeners: {}, created: [], opened: [], popupThrows: false };
  const on = (name: string) => ({ addListener: (l: Listener) => { (state.listeners[name] ??= []).push(l); } });
  return {
    __esModule: true,
    state,
    default: {
      runtime: { onInstalled: on('installed'), onStartup: on('startup'), getURL: (p: string) => `ext://id/${p}` },
      contextMenus: { removeAll: async () => { state.created.length = 0; }, create: (item: unknown) => { state.created.push(item); }, onClicked: on('clicked') },
      action: { openPopup: async () => { if (state.popupThrows) throw new Error('openPopup requires a user gesture'); state.opened.push('popup'); } },
      tabs: { create: async ({ url }: { url: string }) => { state.opened.push(url); } },
    },
  };
});
const fake = (jest.requireMock('webextension-polyfill') as { state: FakeState }).state;

import { ADD_NOTE_MENU_ID, registerContextMenu } from '../../../src/background/context-menu';
import { openPopupFor } from '../../../src/background/commands';

const fire = async (name: string, ...args: unknown[]) => {
  for (const l of fake.listeners[name] ?? []) await l(...args);
};
const flush = () => new Promise((r) => setTimeout(r, 0));

test('the menu item is created on install and on startup, once, for selections on web pages', async () => {
  registerContextMenu(async () => ({ ok: true, value: null as never }));
  await fire('installed');
  await flush();
  await fire('startup');
  await flush();
  expect(fake.created).toEqual([{ id: ADD_NOTE_MENU_ID, title: 'Add fact-check note', contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }]);
});

test('a click sends the tab the same request as the add-note shortcut, with the selected text', async () => {
  const sent: Array<[number, Request]> = [];
  fake.listeners.clicked = [];
  registerContextMenu(async (tabId, request) => { sent.push([tabId, request]); return { ok: true, value: null as never }; });
  await fire('clicked', { menuItemId: ADD_NOTE_MENU_ID, selectionText: 'forty drones' }, { id: 12 });
  await fire('clicked', { menuItemId: 'someone-else' }, { id: 12 });
  await fire('clicked', { menuItemId: ADD_NOTE_MENU_ID }, undefined);
  expect(sent).toEqual([[12, { type: 'page/addNoteFromSelection', selectionText: 'forty drones' }]]);
});

test('Open Claimlight: the real popup where allowed, else popup.html for that tab in a new tab', async () => {
  fake.opened.length = 0;
  await expect(openPopupFor(3)).resolves.toEqual({ opened: true });
  fake.popupThrows = true;
  await expect(openPopupFor(3)).resolves.toEqual({ opened: true });
  expect(fake.opened).toEqual(['popup', 'ext://id/popup.html?tab=3']);
});
