/**
 * Re-anchoring saved notes on the page as it is now: each note's selectors are matched against the
 * text map (core/anchoring: position, exact, bounded fuzzy) and turned into live DOM Ranges. Notes whose
 * passage is gone come back with a null place (orphans): they are listed, never dropped.
 */
import { anchor } from '../core/anchoring/anchor';
import type { AnchorResult } from '../core/anchoring/anchor';
import type { Note } from '../core/model';
import type { TextMap } from '../page/text-map';
import { SLICE_MS, now, yieldToPage } from './scan-yield';

/** A note and where it sits in the text map now (null: orphan). */
export interface PlacedNote {
  note: Note;
  place: AnchorResult | null;
}

/** Anchors one note in a text map. */
export function placeNote(map: TextMap, note: Note): PlacedNote {
  return { note, place: anchor(map.text, note.selector) };
}

/** Anchors many notes, yielding to the page between slices; null if abandoned (`alive` returned false). */
export async function placeNotes(
  map: TextMap,
  notes: readonly Note[],
  options: { sliceMs?: number; yieldToPage?: () => Promise<void>; alive?: () => boolean } = {},
): Promise<PlacedNote[] | null> {
  const slice = options.sliceMs ?? SLICE_MS;
  const pause = options.yieldToPage ?? yieldToPage;
  const alive = options.alive ?? (() => true);
  const out: PlacedNote[] = [];
  let deadline = now() + slice;
  for (const note of notes) {
    out.push(placeNote(map, note));
    if (now() >= deadline) {
      await pause();
      if (!alive()) return null;
      deadline = now() + slice;
    }
  }
  return out;
}
