/**
 * The step both resumable DOM walks share (article detection's page scan and the text map): move past a
 * finished subtree in document order without recursion, so a walk can stop at a deadline and resume.
 */

/**
 * The node after `node`'s subtree in document order, staying inside `top`; calls `leave` for every element
 * finished on the way up, `top` included. Returns null when the walk of `top` is complete.
 */
export function nextAfterSubtree(node: Node, top: Node, leave: (el: Element) => void): Node | null {
  let current: Node | null = node;
  while (current !== null) {
    if (current === top) return null;
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
    if (current !== null && current.nodeType === 1) leave(current as Element);
  }
  return null;
}
