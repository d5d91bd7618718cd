// Test support for the card specs (not a spec itself): reach into the extension's CLOSED shadow roots the
// way only an automation protocol can, since the page (by design) cannot. Chromium: CDP DOM with
// pierce; Firefox: WebDriver's Get Element Shadow Root, which returns closed roots too.
// Also: the article page used by the card, notes and hostile specs, and the extension-page helpers
// that stand in for the background when a test needs to send the tab what a menu or shortcut sends.

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW_KEY = 'shadow-6066-11e4-a52e-4f735466cecf';

/**
 * Runs `fn(element, ...args)` on the first element matching `selector` inside any closed shadow root
 * hung on a direct child of <html> (where the card and the selection button live). Returns its JSON
 * result, or null when nothing matches. `fn` runs in the page's main world; it must not close over
 * variables.
 */
export async function inShadow(browser, selector, fn, ...args) {
  if (browser.name === 'chromium') return chromiumInShadow(browser, selector, fn, args);
  return firefoxInShadow(browser, selector, fn, args);
}

async function chromiumInShadow(browser, selector, fn, args) {
  const { page } = browser.raw;
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 3, pierce: true });
    const html = (root.children ?? []).find((n) => n.localName === 'html');
    const roots = (html?.children ?? []).flatMap((n) => n.shadowRoots ?? []);
    for (const shadow of roots) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
      if (!nodeId) continue;
      const { object } = await cdp.send('DOM.resolveNode', { nodeId });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (...args) { return (${fn.toString()})(this, ...args); }`,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`inShadow(${selector}): ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value ?? null;
    }
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function firefoxInShadow(browser, selector, fn, args) {
  const { client } = browser.raw;
  const hosts = await client.command('WebDriver:FindElements', { using: 'css selector', value: 'html > div' });
  for (const host of hosts?.value ?? hosts ?? []) {
    let shadow;
    try {
      shadow = await client.command('WebDriver:GetShadowRoot', { id: host[ELEMENT_KEY] });
    } catch {
      continue; // a page's own div without a shadow root
    }
    const shadowId = (shadow?.value ?? shadow)?.[SHADOW_KEY];
    if (!shadowId) continue;
    let found;
    try {
      found = await client.command('WebDriver:FindElementFromShadowRoot', { shadowRoot: shadowId, using: 'css selector', value: selector });
    } catch {
      continue;
    }
    const element = found?.value ?? found;
    const result = await client.command('WebDriver:ExecuteScript', {
      script: `const [el, ...rest] = arguments; return (${fn.toString()})(el, ...rest);`,
      args: [element, ...args],
    });
    return result?.value ?? null;
  }
  return null;
}

/** The open card's text by part, or null when no card is open. */
export function cardText(browser) {
  return inShadow(browser, '.card', (card) => ({
    all: card.textContent,
    quote: card.querySelector('.quote')?.textContent ?? null,
    fields: Object.fromEntries([...card.querySelectorAll('[data-field]')].map((r) => [r.dataset.field, r.querySelector('dd').textContent])),
    sources: [...card.querySelectorAll('.source')].map((s) => s.textContent),
    buttons: [...card.querySelectorAll('button')].map((b) => b.textContent),
  }));
}

/** Clicks the card's button whose text is `label`; false when there is none. */
export function clickCardButton(browser, label) {
  return inShadow(browser, '.card', (card, text) => {
    const button = [...card.querySelectorAll('button')].find((b) => b.textContent === text);
    if (!button) return false;
    button.click();
    return true;
  }, label);
}

/** Sets a form field inside the card as typing would (value + input/change events). */
export function setCardField(browser, name, value) {
  return inShadow(browser, `[name="${name}"]`, (el, v) => {
    el.value = v;
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    return true;
  }, value);
}

/** Submits the card's note form. */
export function submitCardForm(browser) {
  return inShadow(browser, 'form', (form) => {
    form.requestSubmit();
    return true;
  });
}

/** An article whose statements the engine attributes: named speakers, a relaying outlet, a statistic. */
export const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministers meet in Minsk</title>
<meta property="og:type" content="article"><style>p{font-size:18px;line-height:1.6;max-width:700px}</style></head>
<body><article><h1>Ministers meet in Minsk as talks resume</h1>
<p>"The talks will resume on Monday and we expect a ceasefire by the end of the month," Oksana Markarova, Ukraine's ambassador to the United States, told Reuters in an interview.</p>
<p>The city council approved a budget of $2.1 billion on Tuesday, according to a statement from the mayor's office.</p>
<p>"We will not raise taxes this year," Mayor Jane Doe told reporters, adding that unemployment fell to 4.2 percent.</p>
<p>Critics said the plan underfunds transit, a claim the council's finance chair, Tom Reyes, disputed in an interview with the Daily Ledger.</p>
<p>Officials said on Wednesday that 40 drones had been shot down overnight, Interfax reported.</p>
</article></body></html>`;

/**
 * Opens an extension page in a new tab and returns {pageTab, extTab, tabId}: the browser tab id of the
 * page tab (the one that is not the extension page), found from the extension page itself.
 */
export async function extensionTab(browser, pageTab, file = 'options.html') {
  const extTab = await browser.newTab();
  await browser.openExtensionPage(file);
  const tabId = await browser.evaluate(async () => {
    const api = globalThis.browser ?? chrome;
    const self = await api.tabs.getCurrent();
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.id !== self?.id)?.id ?? null;
  });
  if (tabId === null) throw new Error('no page tab found from the extension page');
  return { pageTab, extTab, tabId };
}

/** From the current extension page: sends the tab a request, as the background would, and returns the reply. */
export function sendToTab(browser, tabId, request) {
  return browser.evaluate(async (id, req) => {
    const api = globalThis.browser ?? chrome;
    try {
      return await api.tabs.sendMessage(id, req);
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  }, tabId, request);
}

/**
 * From the current extension page: puts a source in the source book. The database belongs to the
 * extension's origin; the record shape is the storage layer's (key + aliasKeys from the lower-cased name,
 * which is what source-key gives plain names).
 */
export function putSource(browser, source) {
  return browser.evaluate(async (s) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('claimlight');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('sources', 'readwrite');
      tx.objectStore('sources').put(s);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return true;
  }, source);
}

/** The viewport point in the middle of the first line of the painted range whose text includes `text`. */
export function pointOnHighlight(browser, text) {
  return browser.evaluate((t) => {
    for (const [, h] of CSS.highlights) {
      for (const r of h) {
        if (!r.toString().includes(t)) continue;
        const first = [...r.getClientRects()].find((b) => b.width > 20);
        if (first) return { x: first.left + Math.min(40, first.width / 2), y: first.top + first.height / 2 };
      }
    }
    return null;
  }, text);
}
