// The merge rule, as a pure function: same id → newer updatedAt wins; pages keep the earliest first visit;
// sources with the same normalised name are one source.
import { planImport, summarizePlan } from '../../../src/export/plan-import';
import { makeNote, makePage, makeSource } from './records';

const none = { notes: [], sources: [], pages: [] };

describe('planImport', () => {
  test('new, newer, older and equal notes are added, updated, and left alone', () => {
    const stored = [makeNote({ updatedAt: '2026-05-02T00:00:00.000Z' }), makeNote({ updatedAt: '2026-05-02T00:00:00.000Z' }), makeNote()];
    const newer = { ...stored[0]!, body: 'revised', updatedAt: '2026-05-03T00:00:00.000Z' };
    const older = { ...stored[1]!, body: 'stale', updatedAt: '2026-05-01T00:00:00.000Z' };
    const fresh = makeNote();
    const plan = planImport({ ...none, notes: stored }, { ...none, notes: [newer, older, stored[2]!, fresh] });
    expect(plan.notes).toEqual({ add: [fresh], update: [newer], unchanged: 2 });
  });

  test('timestamps are compared as instants, not as strings', () => {
    const stored = makeNote({ updatedAt: '2026-05-02T10:00:00.000Z' });
    // Same instant written with an offset: not newer, so the stored copy stays.
    const sameInstant = { ...stored, body: 'x', updatedAt: '2026-05-02T12:00:00+02:00' };
    // Later instant although its string sorts earlier.
    const later = { ...stored, body: 'y', updatedAt: '2026-05-02T09:30:00-01:00' };
    expect(planImport({ ...none, notes: [stored] }, { ...none, notes: [sameInstant] }).notes.unchanged).toBe(1);
    expect(planImport({ ...none, notes: [stored] }, { ...none, notes: [later] }).notes.update).toEqual([later]);
  });

  test('on a tie with different content the stored copy stays (the reader’s own edit is not overwritten)', () => {
    const stored = makeNote();
    const plan = planImport({ ...none, notes: [stored] }, { ...none, notes: [{ ...stored, body: 'other' }] });
    expect(plan.notes).toEqual({ add: [], update: [], unchanged: 1 });
  });

  test('a page keeps the newer visit but the earliest first-seen time', () => {
    const stored = makePage({ title: 'Old title', firstSeenAt: '2026-05-01T00:00:00.000Z', lastSeenAt: '2026-05-01T00:00:00.000Z' });
    const incoming = makePage({ title: 'New title', firstSeenAt: '2026-05-02T00:00:00.000Z', lastSeenAt: '2026-05-04T00:00:00.000Z' });
    expect(planImport({ ...none, pages: [stored] }, { ...none, pages: [incoming] }).pages.update).toEqual([
      { ...incoming, firstSeenAt: '2026-05-01T00:00:00.000Z' },
    ]);
    // An older copy that knew the page earlier still moves firstSeenAt back, and nothing else.
    const olderButEarlier = makePage({ title: 'Ancient', firstSeenAt: '2026-04-01T00:00:00.000Z', lastSeenAt: '2026-04-02T00:00:00.000Z' });
    expect(planImport({ ...none, pages: [stored] }, { ...none, pages: [olderButEarlier] }).pages.update).toEqual([
      { ...stored, firstSeenAt: '2026-04-01T00:00:00.000Z' },
    ]);
  });

  test('a source from another machine with the same normalised name merges into the stored one, keeping its id', () => {
    const stored = makeSource({ name: 'Reuters', confidence: 3, updatedAt: '2026-01-01T00:00:00.000Z' });
    const theirs = makeSource({ name: 'REUTERS', confidence: 5, updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(theirs.id).not.toBe(stored.id);
    const plan = planImport({ ...none, sources: [stored] }, { ...none, sources: [theirs] });
    expect(plan.sources.add).toEqual([]);
    expect(plan.sources.update).toEqual([{ ...theirs, id: stored.id }]);
  });

  test('summary counts over all collections', () => {
    const n = makeNote();
    const plan = planImport({ notes: [n], sources: [], pages: [] }, { notes: [n, makeNote()], sources: [makeSource()], pages: [makePage()] });
    expect(summarizePlan(plan)).toMatchObject({ added: 3, updated: 0, unchanged: 1, notes: { added: 1, updated: 0, unchanged: 1 } });
  });
});
