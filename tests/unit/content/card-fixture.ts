/**
 * Test support for the card and selection-note tests: a ContentSession over a jsdom document whose claims
 * are given as substrings of one paragraph, fake feature deps that record what was sent, and a hook that
 * keeps the card's CLOSED shadow roots reachable from the test (the page never gets this hook).
 */
import type { Claim, Note, Selector } from '../../../src/core/model';
import type { Request, ResponseOf, Result } from '../../../src/messaging/protocol';
import type { AnchoredNote, ContentSession } from '../../../src/content/session';
import type { FeatureDeps, RequestHandler } from '../../../src/content/card/deps';

export const shadowRoots: ShadowRoot[] = [];
const originalAttach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function attach(this: Element, init: ShadowRootInit) {
  const root = originalAttach.call(this, init);
  shadowRoots.push(root);
  return root;
};

/** Sets the document body to one paragraph of `text` and returns its text node. */
export function pageWith(text: string): Text {
  document.body.textContent = '';
  const p = document.createElement('p');
  p.textContent = text;
  document.body.appendChild(p);
  return p.firstChild as Text;
}

export function rangeOf(node: Text, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
}

export interface FakeSession extends ContentSession {
  upserted: Note[];
  pointClaim: string | null;
}

/** A session whose claims are the given substrings of the page's one text node. */
export function fakeSession(node: Text, claims: Array<Omit<Claim, 'start' | 'end'>>): FakeSession {
  const text = node.data;
  const placed: Claim[] = claims.map((c) => {
    const start = text.indexOf(c.text);
    if (start < 0) throw new Error(`claim text not on page: ${c.text}`);
    return { ...c, start, end: start + c.text.length };
  });
  const notes: AnchoredNote[] = [];
  const listeners = new Set<() => void>();
  const session: FakeSession = {
    url: 'https://news.example/article',
    analysis: { url: 'https://news.example/article', canonicalUrl: null, title: 'T', isArticle: true, claims: placed },
    upserted: [],
    pointClaim: null,
    claims: () => placed,
    claimRange: (id) => {
      const c = placed.find((x) => x.id === id);
      return c ? rangeOf(node, c.start, c.end) : null;
    },
    claimAtPoint: () => placed.find((c) => c.id === session.pointClaim) ?? null,
    claimOverlapping: (range) => {
      if (range.startContainer !== node) return null;
      return placed.find((c) => c.start < range.endOffset && range.startOffset < c.end) ?? null;
    },
    describeRange: (range): Selector | null => {
      if (range.startContainer !== node || range.endContainer !== node) return null;
      const s = range.startOffset;
      const e = range.endOffset;
      return { quote: { exact: text.slice(s, e), prefix: text.slice(Math.max(0, s - 8), s), suffix: text.slice(e, e + 8) }, position: { start: s, end: e } };
    },
    notes: () => notes,
    upsertNote: (note) => {
      session.upserted.push(note);
      const range = rangeOf(node, note.selector.position.start, note.selector.position.end);
      const i = notes.findIndex((n) => n.note.id === note.id);
      if (i >= 0) notes.splice(i, 1, { note, range });
      else notes.push({ note, range });
      listeners.forEach((l) => l());
    },
    removeNote: () => undefined,
    highlightsOn: true,
    setHighlights: () => undefined,
    onChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return session;
}

type Reply = { [T in Request['type']]?: (req: Extract<Request, { type: T }>) => Result<ResponseOf<T>> };

export interface FakeDeps extends FeatureDeps {
  sent: Request[];
  replies: Reply;
  /** Delivers a request as if the background had sent it to the tab. */
  deliver: (req: Request) => Promise<unknown> | undefined;
}

export function fakeDeps(replies: Reply = {}): FakeDeps {
  const handlers = new Set<RequestHandler>();
  let n = 0;
  const deps: FakeDeps = {
    sent: [],
    replies,
    send: async (req) => {
      deps.sent.push(req);
      const reply = deps.replies[req.type] as ((r: typeof req) => Result<never>) | undefined;
      return reply ? reply(req) : { ok: false, error: `no fake reply for ${req.type}` };
    },
    listen: (h) => {
      handlers.add(h);
      return () => handlers.delete(h);
    },
    deliver: (req) => {
      for (const h of handlers) {
        const out = h(req);
        if (out) return out;
      }
      return undefined;
    },
    now: () => new Date('2026-11-25T12:00:00Z'),
    newId: () => `note-${++n}`,
  };
  return deps;
}

/** Lets pending promise callbacks (fake sends) run. */
export const flush = () => new Promise((r) => setTimeout(r, 0));

/** The newest card shadow root's card element. */
export function cardRoot(): ShadowRoot {
  const root = shadowRoots[shadowRoots.length - 1];
  if (!root) throw new Error('no shadow root was created');
  return root;
}
