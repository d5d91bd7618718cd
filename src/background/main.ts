/**
 * Background entry (Chrome service worker / Firefox event page): wires listeners at the top level, as
 * MV3 requires, and nothing else. No state lives here between events: the database opens lazily on the
 * first message after every (re)start, and each write is a single transaction.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { createRouter } from '../messaging/router';
import { openRepositories, type Repositories } from '../storage/index';
import { backgroundHandlers } from './handlers';
import { registerCommands } from './commands';
import { registerContextMenu } from './context-menu';

let repositories: Repositories | null = null;
const repos = () => (repositories ??= openRepositories());

const handleMessage = createRouter(backgroundHandlers(repos, browser.runtime.getManifest().version), {
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
});

// Returning the promise makes it the reply (polyfill in Chrome, natively in Firefox).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));

// Features with their own listeners (context menu, keyboard commands) register below, one line each.
registerContextMenu();
registerCommands();
