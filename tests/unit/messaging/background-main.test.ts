import 'fake-indexeddb/auto';

// The background entry registers its listener at load; capture it through a stand-in polyfill.
const listeners: Array<(message: unknown, sender: unknown) => Promise<unknown>> = [];
jest.mock('webextension-polyfill', () => {
  // Other features (context menu, commands) register their own listeners too: accept and ignore them.
  const ignored = () => ({ addListener: () => undefined });
  return {
    __esModule: true,
    default: {
      runtime: {
        id: 'claimlight-id',
        getURL: (path: string) => `chrome-extension://claimlight-id/${path}`,
        getManifest: () => ({ version: '1.2.3' }),
        onMessage: { addListener: (fn: (message: unknown, sender: unknown) => Promise<unknown>) => listeners.push(fn) },
        onInstalled: ignored(),
        onStartup: ignored(),
      },
      contextMenus: { onClicked: ignored(), create: () => undefined, removeAll: async () => undefined },
      commands: { onCommand: ignored() },
    },
  };
});

describe('background entry', () => {
  it('answers runtime messages through the router and its lazily opened database', async () => {
    await import('../../../src/background/main');
    expect(listeners).toHaveLength(1);
    const listener = listeners[0]!;
    const fromPopup = { id: 'claimlight-id', url: 'chrome-extension://claimlight-id/popup.html' };
    expect(await listener({ type: 'ping' }, fromPopup)).toEqual({ ok: true, value: { version: '1.2.3', notes: 0 } });
    const fromPage = { id: undefined, url: 'https://evil.example/' };
    expect(await listener({ type: 'ping' }, fromPage)).toEqual({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(await listener({ type: 'nope' }, fromPopup)).toEqual({ ok: false, error: expect.stringMatching(/unknown request type/) });
  });
});
