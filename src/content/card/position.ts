/**
 * Where the card goes: next to the claim, never over it. Pure geometry over the claim's client rects,
 * the card's size and the viewport, so it is testable without layout.
 */

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  /** 'below' or 'above' the claim's lines. */
  side: 'below' | 'above';
  /** The card's maximum height so it fits between the claim and the viewport edge (it scrolls inside). */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Places a card of `size` below the claim's last line if it fits, else above its first line, else on the
 * side with more room with a capped height. Returns null when the claim has no visible box.
 */
export function placeCard(
  rects: readonly Box[],
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement | null {
  const boxes = rects.filter((r) => r.right > r.left || r.bottom > r.top);
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((r) => r.top));
  const bottom = Math.max(...boxes.map((r) => r.bottom));
  const spaceBelow = viewport.height - bottom - GAP - MARGIN;
  const spaceAbove = top - GAP - MARGIN;
  let side: Placement['side'];
  if (size.height <= spaceBelow) side = 'below';
  else if (size.height <= spaceAbove) side = 'above';
  else side = spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const height = Math.min(size.height, maxHeight);
  // Align with the line the card touches: the last line when below, the first line when above.
  const anchor = side === 'below'
    ? boxes.reduce((a, b) => (b.bottom >= a.bottom ? b : a))
    : boxes.reduce((a, b) => (b.top <= a.top ? b : a));
  const maxLeft = Math.max(MARGIN, viewport.width - size.width - MARGIN);
  const left = Math.min(Math.max(anchor.left, MARGIN), maxLeft);
  return {
    top: side === 'below' ? bottom + GAP : top - GAP - height,
    left,
    side,
    maxHeight,
  };
}
