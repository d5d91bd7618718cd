/**
 * Upper-case tag names without allocating: HTML documents already give them upper-case, XHTML ones
 * lower-case. The DOM walks call this for every element of the page.
 */

/** The element's tag name in upper case ("P", "DIV"), whatever kind of document it is in. */
export function tagOf(el: Element): string {
  const t = el.tagName;
  const c = t.charCodeAt(0);
  return c >= 97 && c <= 122 ? t.toUpperCase() : t;
}
