/** Shared helpers for the page-session tests: a fake background, a fake highlight registry, a stub engine. */
import type { Claim, Note, Settings } from '../../../src/core/model';
import { DEFAULT_SETTINGS } from '../../../src/core/model';
import { describeSelector } from '../../../src/core/anchoring/describe-quote';
import type { HighlightApi } from '../../../src/content/highlights/painter';
import { createPainter } from '../../../src/content/highlights/painter';
import type { SessionEnv } from '../../../src/content/page-session';
import type { BlockAnalyzer } from '../../../src/content/scan';
import type { Request } from '../../../src/messaging/protocol';
import type { ArticleInfo } from '../../../src/page/article-root';

export function fakeRegistry() {
  const registry = new Map<string, { ranges: Set<Range> }>();
  const api: HighlightApi = {
    registry: { set: (n, h) => registry.set(n, h as { ranges: Set<Range> }), delete: (n) => registry.delete(n) },
    create: () => {
      const ranges = new Set<Range>();
      return { ranges, add: (r: Range) => ranges.add(r), clear: () => ranges.clear() };
    },
  };
  const painted = (name: string) => [...(registry.get(name)?.ranges ?? [])].map((r) => r.toString());
  return { api, registry, painted };
}

/** Stub engine: a block mentioning "said" is one attributed claim; one with a number is a statistic. */
export const stubAnalyzer: BlockAnalyzer = {
  analyzeBlocks(text, blocks) {
    const out: Claim[] = [];
    for (const b of blocks) {
      const t = text.slice(b.start, b.end);
      const kind = /\bsaid\b/.test(t) ? 'attributed' : /\d/.test(t) ? 'statistic' : null;
      if (kind) out.push({ id: 'x', text: t, start: b.start, end: b.end, kind, checkWorthiness: 0.5, attribution: null });
    }
    return out;
  },
};

export function makeNote(id: string, text: string, exact: string, url: string): Note {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`not in text: ${exact}`);
  return {
    id, pageUrl: url, pageTitle: null, selector: describeSelector(text, start, start + exact.length), claimText: exact,
    attribution: null, verdict: 'unverified', confidence: null, body: 'private note', evidence: [], tags: [],
    createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  };
}

/** A fake background that answers settings/get, notes/forPage and pages/visit, and records every request. */
export function fakeBackground(opts: { notes?: Note[] | ((url: string) => Note[]); settings?: Settings } = {}) {
  const requests: Request[] = [];
  const send = (async (req: Request) => {
    requests.push(req);
    switch (req.type) {
      case 'settings/get':
        return { ok: true, value: opts.settings ?? DEFAULT_SETTINGS };
      case 'notes/forPage': {
        const notes = typeof opts.notes === 'function' ? opts.notes(req.url) : (opts.notes ?? []);
        return { ok: true, value: notes };
      }
      case 'pages/visit':
        return { ok: true, value: req.page };
      default:
        return { ok: false, error: 'unexpected' };
    }
  }) as SessionEnv['send'];
  return { send, requests };
}

/** A finder that decides in its first step (tests choose the root; slicing is tested with the real finder). */
export function oneStepFinder(decide: (doc: Document) => ArticleInfo): SessionEnv['createArticleFinder'] {
  return (doc) => {
    let info: ArticleInfo | null = null;
    return {
      step: () => {
        info ??= decide(doc);
        return true;
      },
      result: () => {
        if (!info) throw new Error('step() first');
        return info;
      },
    };
  };
}

export function articleEnv(doc: Document, send: SessionEnv['send'], api: HighlightApi | null, extra: Partial<SessionEnv> = {}): SessionEnv {
  return {
    doc,
    send,
    createArticleFinder: oneStepFinder((d) => {
      const root = d.querySelector('article');
      return { isArticle: root !== null, root: root ?? d.querySelector('main'), reason: 'test', exclude: () => false };
    }),
    normalizeUrl: (href) => href.replace(/#.*$/, ''),
    createAnalyzer: () => stubAnalyzer,
    createPainter: (d, colours) => createPainter(d, { api, colours }),
    yieldToPage: () => new Promise((r) => setTimeout(r, 0)),
    liveDelayMs: 10,
    rescanEveryMs: 0,
    ...extra,
  };
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
