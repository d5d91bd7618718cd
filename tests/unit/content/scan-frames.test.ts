/** @jest-environment jsdom */
import { readableDocument, scanFrames } from '../../../src/content/scan-frames';
import { articleEnv, fakeBackground, fakeRegistry } from './session-helpers';

describe('scanFrames', () => {
  beforeEach(() => {
    document.body.innerHTML = '<article><p>Top story text.</p></article>';
  });

  it('scans a same-origin frame with its own session and painter', async () => {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    frame.contentDocument!.body.innerHTML = '<article><p>The embedded report said 40 people were evacuated.</p></article>';
    const { api, painted } = fakeRegistry();
    const scanner = scanFrames(articleEnv(document, fakeBackground().send, api));
    const [session] = scanner.sessions();
    await session?.settled();
    expect(session?.claims().map((c) => c.text)).toEqual(['The embedded report said 40 people were evacuated.']);
    expect(painted('cl-b')).toEqual(['The embedded report said 40 people were evacuated.']);
    // The painter's style sheet went into the frame's document, not the top one.
    expect(frame.contentDocument!.querySelectorAll('style')).toHaveLength(1);
    scanner.dispose();
    expect(scanner.sessions()).toHaveLength(0);
  });

  it('skips a frame whose document cannot be read (cross-origin) without throwing', () => {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    Object.defineProperty(frame, 'contentDocument', { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    expect(readableDocument(frame)).toBeNull();
    const scanner = scanFrames(articleEnv(document, fakeBackground().send, fakeRegistry().api));
    expect(scanner.sessions()).toHaveLength(0);
    scanner.dispose();
  });
});
