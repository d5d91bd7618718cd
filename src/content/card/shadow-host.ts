/**
 * A host element with a CLOSED shadow root for the extension's on-page UI (card, selection button).
 * The page's scripts cannot reach into it, and its CSS cannot leak in: the host resets every inherited
 * property with `all: initial` (inline and !important, which beats any page rule), and the UI's own styles
 * live inside the shadow root.
 */

export interface ShadowHost {
  host: HTMLElement;
  /** The element UI is rendered into, inside the shadow root. */
  mount: HTMLElement;
  /** True when a node (e.g. an event's composed path entry) belongs to this host. */
  contains: (node: EventTarget | null) => boolean;
  remove: () => void;
}

const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['display', 'block'],
];

/** Creates the host on `doc.documentElement` with `css` applied inside its closed shadow root. */
export function createShadowHost(doc: Document, css: string): ShadowHost {
  // A plain div: a custom tag name could be pre-registered by a hostile page and upgraded under us.
  const host = doc.createElement('div');
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(doc, shadow, css);
  const mount = doc.createElement('div');
  shadow.appendChild(mount);
  doc.documentElement.appendChild(host);
  return {
    host,
    mount,
    contains: (node) => node === host || (node instanceof Node && shadow.contains(node)),
    remove: () => host.remove(),
  };
}

function applyStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  // Constructed sheets are not subject to the page's style-src CSP; fall back to <style> where they are
  // missing or cannot be adopted across the content-script boundary (Firefox Xrays, jsdom).
  try {
    const view = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
    if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet.prototype.replaceSync === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // fall through to <style>
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.appendChild(style);
}
