/**
 * Single-page-app navigation: the URL changes without a reload (history.pushState, popstate). The
 * content script lives in an isolated world, so it cannot wrap the page's pushState; it listens to the
 * Navigation API where the browser has it, to popstate/hashchange, and polls the URL as a last resort.
 */

/** How often the URL is compared when no event told us (cheap: one string comparison). */
export const URL_POLL_MS = 500;

/** Calls `onChange(newHref)` when the page's URL changes (fragment-only changes included; callers normalise). */
export function watchUrl(win: Window, onChange: (href: string) => void, pollMs = URL_POLL_MS): () => void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  // currententrychange fires for the page's pushState/replaceState too, and the Window is shared by all worlds.
  nav?.addEventListener('currententrychange', check);
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  const timer = setInterval(check, pollMs);
  return () => {
    nav?.removeEventListener('currententrychange', check);
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    clearInterval(timer);
  };
}
