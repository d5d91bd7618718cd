/**
 * Selection → note: the three ways a reader starts a note on any text (the button next to a selection,
 * the context-menu item, the `add-note` shortcut) all end here, build the same note (note-from-range.ts)
 * and open the card's note form for it. The menu and the shortcut arrive as `page/addNoteFromSelection`
 * messages from the background.
 */
import type { CardController } from '../card/install-card';
import type { FeatureDeps } from '../card/deps';
import { noteFromRange } from '../card/note-from-range';
import type { ContentSession } from '../session';
import { installSelectionButton } from './selection-button';

export interface SelectionNotes {
  /** Starts a note on `range` (or the current selection); says why when it cannot. */
  noteSelection: (range?: Range | null, selectionText?: string) => { opened: boolean; reason?: string };
  dispose: () => void;
}

/** Installs the selection button and the message handler; `dispose()` removes both. */
export function installSelectionNotes(
  session: ContentSession,
  card: CardController,
  deps: FeatureDeps,
  doc: Document = document,
): SelectionNotes {
  const win = doc.defaultView ?? window;
  // The last non-empty selection: the context menu can collapse it before its message arrives.
  let lastRange: Range | null = null;

  const currentRange = (): Range | null => {
    const selection = win.getSelection();
    if (selection && selection.rangeCount > 0 && !selection.isCollapsed) return selection.getRangeAt(0).cloneRange();
    return null;
  };
  const remember = () => {
    const range = currentRange();
    if (range && range.toString().trim() !== '') lastRange = range;
  };

  const noteSelection = (given?: Range | null, selectionText?: string) => {
    const range = given ?? currentRange() ?? (lastRange?.startContainer.isConnected ? lastRange : null) ??
      (selectionText ? findText(doc, selectionText) : null);
    if (!range) {
      const reason = 'Select the text you want to note first.';
      button.say(reason);
      return { opened: false, reason };
    }
    const made = noteFromRange(session, range, { now: deps.now(), id: deps.newId(), title: doc.title || null });
    if (!made.ok) {
      button.say(made.reason);
      return { opened: false, reason: made.reason };
    }
    card.openDraft(made.note, range);
    return { opened: true };
  };

  const button = installSelectionButton(doc, (range) => noteSelection(range));
  doc.addEventListener('selectionchange', remember);
  const unlisten = deps.listen((request) => {
    if (request.type !== 'page/addNoteFromSelection') return undefined;
    return Promise.resolve(noteSelection(null, request.selectionText));
  });

  return {
    noteSelection,
    dispose: () => {
      unlisten();
      button.dispose();
      doc.removeEventListener('selectionchange', remember);
    },
  };
}

/**
 * The first place the menu's selected text occurs within one text node: the fallback for a selection the
 * page cleared between the right-click and the message (menus report the text, not where it was).
 */
function findText(doc: Document, text: string): Range | null {
  const wanted = text.trim();
  if (!wanted || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(wanted);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    return range;
  }
  return null;
}
