/**
 * The claim card on the page: opens next to a highlighted claim on click (or via the next/previous-claim
 * commands), inside a closed shadow root; closes on Escape or an outside click and gives focus back.
 * Owns the card's lifecycle (host, placement, keyboard, data loading); the markup is in card-view.tsx.
 */
import { render } from 'preact';
import type { Claim, Note } from '../../core/model';
import type { AnchoredNote, ContentSession } from '../session';
import { CARD_CSS } from './card-styles';
import { CardView, type CardSubject, type Draft, type SourceEntries, type SourceEntry } from './card-view';
import type { FeatureDeps } from './deps';
import { noteFromRange } from './note-from-range';
import { placeCard } from './position';
import { createShadowHost, type ShadowHost } from './shadow-host';

export interface CardController {
  /** Opens the card for a claim (scrolling it into view); false when the claim is not on the page. */
  openClaim: (claimId: string) => boolean;
  /** Opens the card for a saved note; false when it has no place on the page (orphan). */
  openNote: (noteId: string) => boolean;
  /** Opens the card on `range` with the note form for a new note already open. */
  openDraft: (draft: Note, range: Range) => void;
  /** Opens the card on the claim after (1) or before (-1) the last one shown; returns its id. */
  step: (direction: 1 | -1) => string | null;
  close: () => void;
  isOpen: () => boolean;
  dispose: () => void;
}

interface Open {
  range: Range;
  claimId: string | null;
  returnFocus: Element | null;
}

/** Installs the card on the session's document; returns its controller (`dispose()` removes everything). */
export function installCard(session: ContentSession, deps: FeatureDeps, doc: Document = document): CardController {
  const win = doc.defaultView ?? window;
  let shadow: ShadowHost | null = null;
  let frame: HTMLElement | null = null;
  let open: Open | null = null;
  let lastClaimId: string | null = null;
  let frameRequest = 0;
  let generation = 0;
  // Unsaved note edits by passage, so closing the card (Escape, a click away) never throws text away.
  const drafts = new Map<string, Draft>();
  // The card grows when the note form opens or the source book answers; re-place it so it never slides
  // over its claim (a card above the claim grows downwards).
  const resizer = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(() => schedulePlace()) : null;

  const ensureHost = (): HTMLElement => {
    if (!shadow || !shadow.host.isConnected) {
      shadow = createShadowHost(doc, CARD_CSS);
      frame = doc.createElement('div');
      frame.className = 'frame';
      shadow.mount.appendChild(frame);
    }
    return frame!;
  };

  const place = () => {
    if (!open || !frame) return;
    const rects = rectsOf(open.range);
    const size = frame.getBoundingClientRect();
    const spot = placeCard(rects, { width: size.width || 360, height: frame.scrollHeight || size.height }, {
      width: doc.documentElement.clientWidth || win.innerWidth,
      height: doc.documentElement.clientHeight || win.innerHeight,
    });
    // A claim scrolled fully out of sight (e.g. inside a scrolling container) takes its card with it.
    frame.style.visibility = spot && isOnScreen(rects, win) ? 'visible' : 'hidden';
    if (!spot) return;
    frame.style.top = `${Math.round(spot.top)}px`;
    frame.style.left = `${Math.round(spot.left)}px`;
    frame.style.maxHeight = `${Math.floor(spot.maxHeight)}px`;
  };
  const schedulePlace = () => {
    if (!open || frameRequest) return;
    frameRequest = win.requestAnimationFrame(() => {
      frameRequest = 0;
      place();
    });
  };

  const show = (subject: CardSubject, range: Range, claimId: string | null) => {
    const returnFocus = open ? open.returnFocus : deepActiveElement(doc);
    const target = ensureHost();
    open = { range, claimId, returnFocus };
    if (claimId) lastClaimId = claimId;
    const id = ++generation;
    const names = sourceNames(subject);
    const selector = session.describeRange(range);
    const draftKey = selector ? `${selector.position.start}-${selector.position.end}` : `quote:${subject.quote}`;
    const draw = (sources: SourceEntries) => {
      if (id !== generation) return;
      render(
        <CardView
          key={id}
          subject={subject}
          resume={drafts.get(draftKey) ?? null}
          keepDraft={(draft) => (draft ? drafts.set(draftKey, draft) : drafts.delete(draftKey))}
          sources={sources}
          now={deps.now}
          newNote={() => {
            const made = noteFromRange(session, range, { now: deps.now(), id: deps.newId(), title: doc.title || null });
            return made.ok ? made.note : null;
          }}
          saveNote={saveNote}
          onClose={() => close()}
          onOpenPopup={async () => {
            const res = await deps.send({ type: 'ui/openPopup' });
            return res.ok ? null : res.error;
          }}
        />,
        target,
      );
      // Re-render after data arrives keeps the form's state (same key) and re-measures the card.
      const card = target.querySelector('.card');
      resizer?.disconnect();
      if (card) resizer?.observe(card);
      place();
    };
    render(null, target);
    draw(names.length ? { state: 'loading' } : { state: 'none' });
    const dialog = target.querySelector<HTMLElement>('.card');
    dialog?.focus({ preventScroll: true });
    if (names.length) {
      void deps.send({ type: 'sources/lookup', names: names.map((n) => n.name) }).then((res) => {
        if (!res.ok) return draw({ state: 'error', error: res.error });
        const entries: SourceEntry[] = names.map((n) => ({
          ...n,
          source: res.value.find((v) => v.name === n.name)?.source ?? null,
        }));
        draw({ state: 'ready', entries });
      });
    }
  };

  const saveNote = async (note: Note): Promise<string | null> => {
    const res = await deps.send({ type: 'notes/save', note });
    if (!res.ok) return res.error;
    session.upsertNote(res.value);
    return null;
  };

  const close = (restoreFocus = true) => {
    if (!open) return;
    const back = open.returnFocus;
    open = null;
    generation++;
    if (frame) render(null, frame);
    if (frame) frame.style.visibility = 'hidden';
    if (restoreFocus && back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  };

  const openClaim = (claimId: string, scroll = true): boolean => {
    const claim = session.claims().find((c) => c.id === claimId);
    const range = claim ? session.claimRange(claim.id) : null;
    if (!claim || !range) return false;
    if (scroll) scrollRangeIntoView(range, win);
    show(claimSubject(claim, noteOn(session.notes(), range, claim)), range, claim.id);
    return true;
  };

  const openNote = (noteId: string): boolean => {
    const anchored = session.notes().find((n) => n.note.id === noteId);
    if (!anchored?.range) return false;
    scrollRangeIntoView(anchored.range, win);
    const claim = session.claimOverlapping(anchored.range);
    show({ claim, quote: anchored.note.selector.quote.exact, attribution: anchored.note.attribution, note: anchored.note, draft: null }, anchored.range, claim?.id ?? null);
    return true;
  };

  const openDraft = (draft: Note, range: Range) => {
    const claim = session.claimOverlapping(range);
    show({ claim, quote: draft.selector.quote.exact, attribution: draft.attribution, note: null, draft }, range, claim?.id ?? null);
  };

  const step = (direction: 1 | -1): string | null => {
    const claims = session.claims().filter((c) => session.claimRange(c.id));
    if (claims.length === 0) return null;
    const current = claims.findIndex((c) => c.id === lastClaimId);
    let index: number;
    if (current === -1) {
      // Nothing shown yet: start from the first claim at or below the top of the viewport.
      const below = claims.findIndex((c) => (rectsOf(session.claimRange(c.id)!)[0]?.bottom ?? -1) >= 0);
      index = direction === 1 ? Math.max(0, below) : (below <= 0 ? claims.length - 1 : below - 1);
    } else {
      index = (current + direction + claims.length) % claims.length;
    }
    const claim = claims[index]!;
    return openClaim(claim.id) ? claim.id : null;
  };

  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || (shadow && shadow.contains(event.composedPath()[0] ?? null))) return;
    const selection = win.getSelection();
    // A click that ends a text selection belongs to the selection → note button, not the card.
    if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
    if (session.highlightsOn) {
      const claim = session.claimAtPoint(event.clientX, event.clientY);
      if (claim) {
        if (open?.claimId !== claim.id) openClaim(claim.id, false);
        return;
      }
    }
    const noted = session.notes().find((n) => n.range && rangeHasPoint(n.range, event.clientX, event.clientY));
    if (noted) {
      openNote(noted.note.id);
      return;
    }
    if (open) close(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (open && event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      close();
    }
  };

  doc.addEventListener('click', onClick);
  doc.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('scroll', schedulePlace, { capture: true, passive: true });
  win.addEventListener('resize', schedulePlace, { passive: true });
  const unlisten = deps.listen((request) => {
    if (request.type !== 'page/stepClaim') return undefined;
    return Promise.resolve({ claimId: step(request.direction) });
  });
  const unsubscribe = session.onChange(() => {
    // The claim's text left the page (live page, SPA navigation): its card goes too.
    if (open && !open.range.startContainer.isConnected) close(false);
    else schedulePlace();
  });

  return {
    openClaim: (id) => openClaim(id),
    openNote,
    openDraft,
    step,
    close: () => close(),
    isOpen: () => open !== null,
    dispose: () => {
      close(false);
      unsubscribe();
      unlisten();
      doc.removeEventListener('click', onClick);
      doc.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('scroll', schedulePlace, { capture: true });
      win.removeEventListener('resize', schedulePlace);
      if (frameRequest) win.cancelAnimationFrame(frameRequest);
      resizer?.disconnect();
      if (frame) render(null, frame);
      shadow?.remove();
      shadow = null;
    },
  };
}

function claimSubject(claim: Claim, note: Note | null): CardSubject {
  return { claim, quote: claim.text, attribution: claim.attribution, note, draft: null };
}

/** The speaker and the via outlet, each looked up in the source book. */
function sourceNames(subject: CardSubject): Array<Omit<SourceEntry, 'source'>> {
  const a = subject.attribution;
  if (!a) return [];
  const out: Array<Omit<SourceEntry, 'source'>> = [];
  if (a.speaker.trim()) out.push({ relation: 'Speaker', name: a.speaker });
  if (a.via?.trim() && a.via !== a.speaker) out.push({ relation: 'Via', name: a.via });
  return out;
}

/** The reader's saved note on the claim: one whose anchored range overlaps it, else one on the same text. */
function noteOn(notes: readonly AnchoredNote[], range: Range, claim: Claim): Note | null {
  const overlapping = notes.find((n) => n.range && rangesOverlap(n.range, range));
  return overlapping?.note ?? notes.find((n) => n.note.claimText === claim.text)?.note ?? null;
}

function rangesOverlap(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0;
  } catch {
    return false; // ranges in different documents (a same-origin iframe)
  }
}

function rangeHasPoint(range: Range, x: number, y: number): boolean {
  return rectsOf(range).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

/** A range's line boxes; empty where layout is unavailable (jsdom). */
function rectsOf(range: Range): DOMRect[] {
  return typeof range.getClientRects === 'function' ? [...range.getClientRects()] : [];
}

function isOnScreen(rects: DOMRect[], win: Window): boolean {
  return rects.some((r) => r.bottom > 0 && r.top < win.innerHeight && r.right > 0 && r.left < win.innerWidth);
}

function scrollRangeIntoView(range: Range, win: Window): void {
  if (typeof range.getBoundingClientRect !== 'function') return;
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= win.innerHeight) return;
  const el = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const smooth = !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

/** The focused element, looking through open shadow roots (the page's own widgets). */
function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
