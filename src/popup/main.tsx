/**
 * Popup entry: finds the tab the popup is about and mounts the app on it. Also works as a normal tab
 * (`popup.html?tab=<id>`), which is how the card's "Open Claimlight" falls back and how tests open it.
 */
import { render } from 'preact';
import { PopupApp } from './popup-app';
import { browserPopupApi, resolveTabId } from './browser-api';

async function start(root: HTMLElement): Promise<void> {
  const tabId = await resolveTabId(location.search).catch(() => null);
  if (tabId === null) {
    const p = document.createElement('p');
    p.className = 'state';
    p.textContent = 'No tab to read.';
    root.replaceChildren(p);
    return;
  }
  render(<PopupApp api={browserPopupApi(tabId)} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
