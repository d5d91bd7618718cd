/** @jest-environment jsdom */
import { watchUrl } from '../../../src/content/navigation';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchUrl', () => {
  it('reports a pushState navigation (seen by the poll, since the page world cannot be hooked) once', async () => {
    window.history.replaceState(null, '', '/first');
    const seen: string[] = [];
    const stop = watchUrl(window, (href) => seen.push(new URL(href).pathname), 10);
    window.history.pushState(null, '', '/second');
    await wait(40);
    expect(seen).toEqual(['/second']);
    stop();
    window.history.pushState(null, '', '/third');
    await wait(40);
    expect(seen).toEqual(['/second']);
  });

  it('reports back/forward (popstate) at once, without waiting for the poll', () => {
    window.history.replaceState(null, '', '/a');
    const seen: string[] = [];
    const stop = watchUrl(window, (href) => seen.push(new URL(href).pathname), 60_000);
    window.history.replaceState(null, '', '/b');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/b']);
    stop();
  });
});
