/** @jest-environment jsdom */
import { watchLive } from '../../../src/content/live';
import type { LiveBatch } from '../../../src/content/live';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchLive', () => {
  beforeEach(() => {
    document.body.innerHTML = '<article id="root"><p>First.</p></article>';
  });

  it('batches a burst of additions into one report with the outermost new elements in document order', async () => {
    const root = document.getElementById('root')!;
    const batches: LiveBatch[] = [];
    const w = watchLive(root, (b) => batches.push(b), 20);
    root.insertAdjacentHTML('beforeend', '<div id="a"><p>Post A.</p></div>');
    document.getElementById('a')!.insertAdjacentHTML('beforeend', '<p>Inside A.</p>');
    root.insertAdjacentHTML('beforeend', '<p id="b">Post B.</p>');
    root.insertAdjacentHTML('beforeend', '<p>   </p><img>');
    await wait(60);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.added.map((e) => e.id)).toEqual(['a', 'b']);
    expect(batches[0]!.changed).toBe(false);
    w.stop();
  });

  it('reports edited or removed text as a change that needs a rescan', async () => {
    const root = document.getElementById('root')!;
    const batches: LiveBatch[] = [];
    const w = watchLive(root, (b) => batches.push(b), 10);
    (root.querySelector('p')!.firstChild as Text).data = 'Edited.';
    await wait(40);
    root.querySelector('p')!.remove();
    await wait(40);
    expect(batches.map((b) => b.changed)).toEqual([true, true]);
    w.stop();
  });

  it('ignores our own changes made through quietly(), but keeps the page\'s changes made just before', async () => {
    const root = document.getElementById('root')!;
    const batches: LiveBatch[] = [];
    const w = watchLive(root, (b) => batches.push(b), 10);
    root.insertAdjacentHTML('beforeend', '<p id="page">Added by the page.</p>');
    w.quietly(() => root.insertAdjacentHTML('beforeend', '<p id="ours">Added by us.</p>'));
    await wait(40);
    expect(batches.flatMap((b) => b.added.map((e) => e.id))).toEqual(['page']);
    w.stop();
  });
});
