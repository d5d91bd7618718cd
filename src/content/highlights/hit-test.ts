/**
 * Hit-testing for clicks on painted text: which DOM text position is under a viewport point (the
 * standard caretPositionFromPoint, or WebKit/Blink's older caretRangeFromPoint), and whether the point
 * really lies on a range's boxes (a caret is also found beside the text, in margins and gaps).
 */

/** The text node and offset under viewport point (x, y), or null. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** Whether (x, y) lies on one of the range's line boxes. Without layout (no boxes at all) it trusts the caret. */
export function pointInRects(range: Range, x: number, y: number): boolean {
  const rects = typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
  if (rects.length === 0) return true;
  return rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}
