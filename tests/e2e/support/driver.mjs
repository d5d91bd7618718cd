// What both browser drivers share: turning a test's function into a script, polling a predicate,
// temporary profiles, and the list of hosts a test may reach. Keeps chromium.mjs and firefox.mjs to
// the parts that really differ between the two automation protocols.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Hosts a page or the extension may reach; everything else is blocked and logged. */
export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True when a URL is an http(s)/ws(s) request to a host that is not loopback. */
export function isExternal(url) {
  try {
    const u = new URL(url);
    return /^(https?|wss?):$/.test(u.protocol) && !LOOPBACK_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}

/**
 * An expression that calls `fnOrSource` with `args`. A function is called with the args; a string is
 * taken as an expression (or statements when it contains `return`), evaluated as it is.
 */
export function callExpression(fnOrSource, args) {
  if (typeof fnOrSource === 'function') {
    return `(${fnOrSource.toString()}).apply(null, ${JSON.stringify(args)})`;
  }
  const source = String(fnOrSource);
  return /\breturn\b/.test(source) ? `(async () => { ${source} })()` : `(${source})`;
}

/**
 * Poll `check()` until it returns a truthy value (returned) or `timeout` ms pass (throws with `what`).
 * Errors thrown by check (e.g. during a navigation) count as "not yet".
 */
export async function poll(check, { timeout = 10_000, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`waitFor timed out after ${timeout} ms: ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** A short label for a predicate, used in timeout messages. */
export function describePredicate(fnOrSource) {
  return String(fnOrSource).replace(/\s+/g, ' ').slice(0, 120);
}

/** Make a throw-away profile folder (also used as the browser's HOME). */
export function makeProfile(prefix) {
  return mkdtemp(path.join(os.tmpdir(), `claimlight-${prefix}-`));
}

/** Remove a profile folder, retrying briefly because a dying browser may still be writing to it. */
export async function removeProfile(dir) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await rm(dir, { recursive: true, force: true });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** WebDriver key codes for the named keys tests use (Playwright accepts the names directly). */
export const WEBDRIVER_KEYS = {
  Escape: '\uE00C', Tab: '\uE004', Enter: '\uE007', Backspace: '\uE003', Delete: '\uE017', Space: ' ',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', PageUp: '\uE00E', PageDown: '\uE00F',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
};
