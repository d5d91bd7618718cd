import { viaTransport } from '../../../src/messaging/send';

jest.mock('webextension-polyfill', () => ({ __esModule: true, default: {} }));

describe('viaTransport', () => {
  it('passes a Result reply through', async () => {
    expect(await viaTransport(async () => ({ ok: true, value: { version: '1' } }), { type: 'ping' })).toEqual({ ok: true, value: { version: '1' } });
    expect(await viaTransport(async () => ({ ok: false, error: 'Storage is full' }), { type: 'ping' })).toEqual({ ok: false, error: 'Storage is full' });
  });

  it('turns a missing or malformed reply into an error value', async () => {
    expect(await viaTransport(async () => undefined, { type: 'ping' })).toEqual({ ok: false, error: expect.stringMatching(/No answer/) });
    expect(await viaTransport(async () => 'pong', { type: 'ping' })).toEqual({ ok: false, error: expect.stringMatching(/No answer/) });
    expect(await viaTransport(async () => ({ ok: false }), { type: 'ping' })).toEqual({ ok: false, error: 'The request failed.' });
  });

  it('turns transport errors into sentences, never throws', async () => {
    const failing = (message: string) => async () => {
      throw new Error(message);
    };
    expect(await viaTransport(failing('Could not establish connection. Receiving end does not exist.'), { type: 'page/analysis' }))
      .toEqual({ ok: false, error: expect.stringMatching(/not running on this page/) });
    expect(await viaTransport(failing('Extension context invalidated.'), { type: 'ping' }))
      .toEqual({ ok: false, error: expect.stringMatching(/Reload this page/) });
    expect(await viaTransport(failing('weird'), { type: 'ping' })).toEqual({ ok: false, error: 'Could not reach Claimlight: weird' });
    expect(await viaTransport(() => Promise.reject('str'), { type: 'ping' })).toEqual({ ok: false, error: 'Could not reach Claimlight: str' });
  });

  it('hands the request to the transport unchanged', async () => {
    const transport = jest.fn(async () => ({ ok: true, value: [] }));
    await viaTransport(transport, { type: 'notes/forPage', url: 'https://e.com/' });
    expect(transport).toHaveBeenCalledWith({ type: 'notes/forPage', url: 'https://e.com/' });
  });
});
