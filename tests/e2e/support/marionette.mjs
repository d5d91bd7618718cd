// A minimal client for Firefox's built-in Marionette protocol. It exists because nothing on npm may
// download geckodriver here, and Playwright's Firefox needs a patched build: Marionette is the one
// automation channel Debian's firefox-esr ships with. Wire format: `<byte length>:<JSON>`; a command is
// [0, id, name, params], a reply [1, id, error, result]. The server speaks first with a hello object.
import net from 'node:net';

/** Connect to a Marionette server; resolves once the hello has arrived. Rejects on connection errors. */
export function connectMarionette(port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host });
    let buffer = Buffer.alloc(0);
    let nextId = 1;
    let hello = null;
    const pending = new Map();
    let closedError = null;

    const failAll = (error) => {
      closedError = error;
      for (const { reject: rej } of pending.values()) rej(error);
      pending.clear();
    };

    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const colon = buffer.indexOf(0x3a);
        if (colon < 0) return;
        const length = Number(buffer.subarray(0, colon).toString('ascii'));
        if (buffer.length < colon + 1 + length) return;
        const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
        buffer = buffer.subarray(colon + 1 + length);
        if (!hello) {
          hello = message;
          resolve(client);
          continue;
        }
        if (!Array.isArray(message) || message[0] !== 1) continue;
        const [, id, error, result] = message;
        const waiter = pending.get(id);
        if (!waiter) continue;
        pending.delete(id);
        if (error) {
          const e = new Error(`${waiter.name}: ${error.error ?? 'error'}: ${error.message ?? JSON.stringify(error)}`);
          e.marionette = error;
          waiter.reject(e);
        } else waiter.resolve(result);
      }
    });
    socket.on('error', (error) => {
      if (!hello) reject(error);
      failAll(error);
    });
    socket.on('close', () => failAll(new Error('marionette connection closed')));

    const client = {
      /** Send one command; resolves with its result (unwrapped `value` when present), rejects with its error. */
      command(name, params = {}) {
        if (closedError) return Promise.reject(closedError);
        const id = nextId++;
        const payload = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
        return new Promise((res, rej) => {
          pending.set(id, { resolve: res, reject: rej, name });
          socket.write(`${payload.length}:`);
          socket.write(payload);
        });
      },
      get hello() {
        return hello;
      },
      close() {
        socket.destroy();
      },
    };
  });
}
