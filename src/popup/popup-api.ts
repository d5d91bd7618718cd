/**
 * Everything the popup needs from the outside (the tab's content script, the database, the browser), as
 * one interface, so its components are tested in jsdom with a fake. browser-api.ts is the real one.
 */
import type { Note, Settings, Source } from '../core/model';
import type { PageReport, Result } from '../messaging/protocol';

export interface PopupApi {
  /** The content script's report for the tab; `force` scans a page that does not look like an article. */
  pageReport: (force?: boolean) => Promise<Result<PageReport>>;
  /** Calls `onNotes` with the page's notes now and after every change; returns an unsubscribe function. */
  watchNotes: (url: string, onNotes: (notes: Note[]) => void, onError: (error: string) => void) => () => void;
  lookupSources: (names: string[]) => Promise<Result<Array<{ name: string; source: Source | null }>>>;
  getSettings: () => Promise<Result<Settings>>;
  saveSettings: (settings: Settings) => Promise<Result<Settings>>;
  setHighlights: (on: boolean) => Promise<Result<{ on: boolean }>>;
  focusClaim: (claimId: string) => Promise<Result<{ found: boolean }>>;
  focusNote: (noteId: string) => Promise<Result<{ found: boolean }>>;
  openOptions: () => void;
}
