import { placeCard } from '../../../src/content/card/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 360, height: 200 };
const line = (top: number, left: number, right: number) => ({ top, bottom: top + 20, left, right });
const overlaps = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) => a.top < b.bottom && b.top < a.bottom;

test('goes below the claim when there is room, aligned with its last line', () => {
  const rects = [line(100, 300, 900), line(120, 40, 500)];
  const p = placeCard(rects, size, viewport)!;
  expect(p.side).toBe('below');
  expect(p.top).toBeGreaterThanOrEqual(140);
  expect(p.left).toBe(40);
  for (const r of rects) expect(overlaps({ top: p.top, bottom: p.top + size.height }, r)).toBe(false);
});

test('goes above a claim near the bottom of the viewport', () => {
  const rects = [line(700, 100, 600), line(720, 100, 400)];
  const p = placeCard(rects, size, viewport)!;
  expect(p.side).toBe('above');
  expect(p.top + size.height).toBeLessThanOrEqual(700);
});

test('never covers a tall claim: takes the roomier side with a capped height', () => {
  const rects = [line(250, 10, 990), line(300, 10, 990), line(500, 10, 990)];
  const p = placeCard(rects, { width: 360, height: 600 }, viewport)!;
  expect(p.side).toBe('below'); // 266 px below the claim vs 236 px above it
  expect(p.maxHeight).toBe(266);
  const card = { top: p.top, bottom: p.top + Math.min(600, p.maxHeight) };
  for (const r of rects) expect(overlaps(card, r)).toBe(false);
  expect(card.bottom).toBeLessThanOrEqual(viewport.height);
});

test('stays inside the viewport horizontally', () => {
  const p = placeCard([line(100, 900, 990)], size, viewport)!;
  expect(p.left + size.width).toBeLessThanOrEqual(viewport.width);
});

test('no boxes (hidden or detached claim) → no placement', () => {
  expect(placeCard([], size, viewport)).toBeNull();
  expect(placeCard([{ top: 0, bottom: 0, left: 0, right: 0 }], size, viewport)).toBeNull();
});
