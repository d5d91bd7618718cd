/**
 * The typed request/response protocol between the content script, the extension pages and the
 * background. One union of requests; `ResponseOf<R>` gives each request's response type.
 * Answers always come back as `Result` values: errors are values, never throws across contexts.
 */
import type { Analysis, Attribution, Note, Page, Settings, Source } from '../core/model';

export type Request =
  | { type: 'ping' }
  | { type: 'notes/forPage'; url: string }
  | { type: 'notes/save'; note: Note }
  | { type: 'notes/delete'; id: string }
  | { type: 'sources/lookup'; names: string[] }
  | { type: 'pages/visit'; page: Page }
  | { type: 'settings/get' }
  | { type: 'settings/save'; settings: Settings }
  /** Sent by the popup to the content script of the active tab. */
  | { type: 'page/analysis'; /** Scan even if the page does not look like an article ("Scan anyway"). */ force?: boolean }
  | { type: 'page/toggleHighlights'; on?: boolean }
  | { type: 'page/focusClaim'; claimId: string }
  | { type: 'page/focusNote'; noteId: string }
  /** Background → content script (context menu "Add fact-check note", `add-note` command): note the selection. */
  | { type: 'page/addNoteFromSelection'; selectionText?: string }
  /** Background → content script (`next-claim` / `previous-claim` commands): focus a claim and open its card. */
  | { type: 'page/stepClaim'; direction: 1 | -1 }
  /** Content script (card's "Open Claimlight") → background: open the popup for the sender's tab. */
  | { type: 'ui/openPopup' };

export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** What the content script reports about its page (popup view). */
export interface PageReport {
  analysis: Analysis;
  url: string;
  /**
   * The host the content script runs on, which per-site settings are keyed by. Not taken from `url`:
   * a syndicated page's canonical link often names another publisher's host.
   */
  host: string;
  highlightsOn: boolean;
  /** Ids of saved notes that could not be re-anchored on the page as it is now. */
  orphanNoteIds: string[];
}

export interface ResponseMap {
  /** `notes`: how many notes the database holds (proves the background reached IndexedDB). */
  ping: { version: string; notes: number };
  'notes/forPage': Note[];
  'notes/save': Note;
  'notes/delete': { deleted: boolean };
  'sources/lookup': Array<{ name: string; source: Source | null }>;
  'pages/visit': Page;
  'settings/get': Settings;
  'settings/save': Settings;
  'page/analysis': PageReport;
  'page/toggleHighlights': { on: boolean };
  'page/focusClaim': { found: boolean };
  'page/focusNote': { found: boolean };
  'page/addNoteFromSelection': { opened: boolean; reason?: string };
  'page/stepClaim': { claimId: string | null };
  'ui/openPopup': { opened: boolean };
}

export type ResponseOf<T extends RequestType> = ResponseMap[T];

export type { Result } from '../core/result';

/** Re-exported so callers that only speak the protocol need one import. */
export type { Attribution };
