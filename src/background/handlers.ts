/**
 * What the background answers: the handler table behind runtime.onMessage. Every handler reads the
 * repositories through `repos()` on each call, so a restarted MV3 service worker simply reopens the
 * database; every write is one repository call, i.e. one IndexedDB transaction, so a worker stopped
 * mid-save leaves the previous state, never half a note.
 */
import type { HandlerTable } from '../messaging/router';
import type { Repositories } from '../storage/index';
import { openPopupFor } from './commands';

/** The background's handlers, over lazily opened repositories. */
export function backgroundHandlers(repos: () => Repositories, version: string): HandlerTable {
  return {
    ping: async () => ({ version, notes: await repos().notes.count() }),
    'notes/forPage': (req) => repos().notes.forPage(req.url),
    'notes/save': (req) => repos().notes.save(req.note),
    'notes/delete': async (req) => ({ deleted: await repos().notes.delete(req.id) }),
    'sources/lookup': (req) => repos().sources.lookup(req.names),
    'pages/visit': (req) => repos().pages.visit(req.page),
    'settings/get': () => repos().settings.get(),
    'settings/save': (req) => repos().settings.save(req.settings),
    'ui/openPopup': (_req, { sender }) => openPopupFor(sender.tab?.id),
  };
}
