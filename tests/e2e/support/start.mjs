// `npm start`: serve the bundled sample article on 127.0.0.1 and open Debian's Chromium, headed, with
// dist/chrome loaded, in a throw-away profile. Where there is no display or no Chromium it says so and
// prints how to load the extension by hand, and keeps serving the page. Ctrl+C stops everything and
// removes the profile. (build.mjs --start calls this after its first build, with watch mode running.)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';

/** Port tried first so the sample's address stays the same between runs; any free port otherwise. */
const PREFERRED_PORT = 8717;

/** Why a headed browser cannot be opened here, or null when it can. */
function whyNoBrowser() {
  if (!existsSync(CHROMIUM_PATH)) return `Chromium was not found at ${CHROMIUM_PATH} (Debian: apt-get install -y chromium; or set CHROMIUM_PATH).`;
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'There is no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser window can be opened.';
  return null;
}

function printManualSteps(root, sampleUrl) {
  const rel = (p) => path.relative(process.cwd(), path.join(root, p)) || '.';
  console.log(`
Load Claimlight by hand instead:
  Chrome / Chromium:  open chrome://extensions, turn on "Developer mode", click "Load unpacked"
                      and choose the folder ${rel('dist/chrome')}
  Firefox:            open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
                      and choose ${rel('dist/firefox/manifest.json')} (or ${rel('dist')}/claimlight-firefox-<version>.zip)
Then open the sample article: ${sampleUrl}
`);
}

/**
 * Serve the sample article and open it in headed Chromium with the extension; resolves only when the
 * process is stopping. Never throws for a missing display or browser: it explains and keeps serving.
 */
export async function startSample({ root, extensionDir }) {
  const server = await startServer({ port: PREFERRED_PORT });
  const sampleUrl = server.url('/fixtures/sample-article.html');
  let browser = null;
  let stopping = false;

  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping…');
    await browser?.close().catch(() => undefined);
    await server.close();
    process.exit(code);
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));

  console.log(`sample article served at ${sampleUrl}`);
  const reason = whyNoBrowser();
  if (reason) {
    console.log(`\n${reason}`);
    printManualSteps(root, sampleUrl);
  } else {
    try {
      browser = await launchChromium({ extensionDir, headless: false, offline: false });
      await browser.goto(sampleUrl);
      console.log(`Chromium is open with Claimlight loaded (profile ${browser.profileDir}).`);
      console.log('Edits under src/ rebuild dist/chrome; reload the extension from chrome://extensions to pick them up.');
      // Closing the window ends the session the same way Ctrl+C does.
      browser.raw.context.on('close', () => {
        browser = null;
        if (!stopping) stop(0);
      });
    } catch (error) {
      const detail = String(error?.message ?? error);
      const display = /Missing X server|cannot open display|Target page, context or browser has been closed/i.test(detail)
        ? ` (is the display ${process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY} reachable?)` : '';
      console.log(`\nChromium could not be started${display}: ${detail.split('\n')[0]}`);
      browser = null;
      printManualSteps(root, sampleUrl);
    }
  }
  console.log('Press Ctrl+C to stop.');
  await new Promise(() => undefined);
}
