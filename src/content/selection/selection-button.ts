/**
 * The small "Note" button that appears next to a text selection, in its own closed shadow root, plus a
 * short status line for when a note cannot be made. Plain DOM (two elements) rather than Preact: it is on
 * every page, so it should cost nothing until the reader selects text.
 */
import { createShadowHost, type ShadowHost } from '../card/shadow-host';

const BUTTON_CSS = `
.pill { position: fixed; box-sizing: border-box; margin: 0; padding: 3px 10px; border-radius: 12px;
  border: 1px solid #4b3bd1; background: #4b3bd1; color: #fff; cursor: pointer;
  font: 600 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.pill:focus-visible { outline: 2px solid #7b61ff; outline-offset: 2px; }
.status { position: fixed; box-sizing: border-box; max-width: 320px; margin: 0; padding: 6px 10px; border-radius: 6px;
  background: #1f1f27; color: #ececf1; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 2px 8px rgba(0,0,0,.3); }
[hidden] { display: none; }
@media (prefers-color-scheme: dark) { .status { background: #ececf1; color: #1d1d1f; } }
`;

export interface SelectionButton {
  /** Shows a message near the last selection for a few seconds (e.g. why no note could be made). */
  say: (message: string) => void;
  /** True when an event target is the button's own host (so clicks on it are not page clicks). */
  owns: (target: EventTarget | null) => boolean;
  dispose: () => void;
}

/** Shows the button near non-empty selections; `onActivate` gets the selection's range when it is pressed. */
export function installSelectionButton(
  doc: Document,
  onActivate: (range: Range) => void,
  ignore: (node: Node) => boolean = () => false,
): SelectionButton {
  const win = doc.defaultView ?? window;
  let shadow: ShadowHost | null = null;
  let button: HTMLButtonElement | null = null;
  let status: HTMLElement | null = null;
  let range: Range | null = null;
  let statusTimer = 0;

  const ensure = () => {
    if (shadow && shadow.host.isConnected) return;
    shadow = createShadowHost(doc, BUTTON_CSS);
    button = doc.createElement('button');
    button.type = 'button';
    button.className = 'pill';
    button.textContent = 'Note';
    button.title = 'Add fact-check note';
    button.setAttribute('aria-label', 'Add fact-check note for the selected text');
    button.hidden = true;
    // Keep the page's selection: a mousedown on a button would otherwise clear it.
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', () => {
      const chosen = range;
      hide();
      if (chosen) onActivate(chosen);
    });
    status = doc.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.hidden = true;
    shadow.mount.append(button, status);
  };

  const hide = () => {
    if (button) button.hidden = true;
  };

  const anchorBox = (): { left: number; top: number } => {
    const rects = range && typeof range.getClientRects === 'function' ? [...range.getClientRects()] : [];
    const last = rects[rects.length - 1];
    if (!last) return { left: 8, top: 8 };
    const top = last.bottom + 32 < win.innerHeight ? last.bottom + 6 : Math.max(8, rects[0]!.top - 30);
    return { left: Math.min(Math.max(8, last.right - 40), win.innerWidth - 80), top };
  };

  const update = () => {
    const selection = win.getSelection();
    const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!current || current.collapsed || current.toString().trim() === '' || ignore(current.commonAncestorContainer)) {
      hide();
      return;
    }
    range = current.cloneRange();
    ensure();
    const spot = anchorBox();
    button!.style.left = `${Math.round(spot.left)}px`;
    button!.style.top = `${Math.round(spot.top)}px`;
    button!.hidden = false;
  };

  const onPointerUp = (event: Event) => {
    if (shadow?.contains(event.composedPath()[0] ?? null)) return;
    // The selection is final only after the event's default action.
    win.setTimeout(update, 0);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.shiftKey || event.key === 'Shift') win.setTimeout(update, 0);
  };
  const onSelectionChange = () => {
    const selection = win.getSelection();
    if (!selection || selection.isCollapsed) hide();
  };
  const onScroll = () => hide();

  doc.addEventListener('mouseup', onPointerUp);
  doc.addEventListener('keyup', onKeyUp);
  doc.addEventListener('selectionchange', onSelectionChange);
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });

  return {
    say: (message) => {
      ensure();
      const spot = anchorBox();
      status!.textContent = message;
      status!.style.left = `${Math.round(spot.left)}px`;
      status!.style.top = `${Math.round(spot.top)}px`;
      status!.hidden = false;
      win.clearTimeout(statusTimer);
      statusTimer = win.setTimeout(() => {
        if (status) status.hidden = true;
      }, 4000);
    },
    owns: (target) => shadow?.contains(target) ?? false,
    dispose: () => {
      doc.removeEventListener('mouseup', onPointerUp);
      doc.removeEventListener('keyup', onKeyUp);
      doc.removeEventListener('selectionchange', onSelectionChange);
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.clearTimeout(statusTimer);
      shadow?.remove();
      shadow = null;
    },
  };
}
