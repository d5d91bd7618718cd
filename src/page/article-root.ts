/**
 * Article detection: is this page an article, where is its body, and which elements inside the body are
 * not article text. Signals, strongest first: schema.org JSON-LD (NewsArticle, Article, … including
 * `@graph` and arrays), `og:type=article`, microdata, `[itemprop=articleBody]`, `<article>` (the one with
 * most paragraph text), and a text-density fallback for pages with none of these.
 *
 * Everything is measured on paragraph text (`<p>`, and divs holding loose text) outside boilerplate
 * boxes, so teaser cards, link lists and comment threads never win. A page that is not an article costs
 * one pass over its DOM; `createArticleFinder` does that pass in slices for huge pages.
 *
 * Inside the chosen root, `exclude` drops: nav/aside/footer/captions/forms and hidden elements, boxes
 * named like boilerplate (boilerplate.ts), blocks that are mostly link text (in-body "Related: …"
 * teasers), short furniture blocks (copyright lines, bios, stamps) and standalone <time> stamps.
 */
import { tagOf } from './tag';
import { nextAfterSubtree } from './tree-walk';
import { boilerplateNameStrength, FURNITURE_MAX_CHARS, isFurnitureText, isStrongBoilerplate } from './boilerplate';
import { readJsonLd } from './json-ld';
import { now } from './text-map';

export interface ArticleInfo {
  isArticle: boolean;
  /** The article body (or, on a non-article page, the densest text block, for on-demand scans). */
  root: Element | null;
  /** Why: the signal and the root chosen, e.g. "json-ld NewsArticle; root [itemprop=articleBody]". */
  reason: string;
  /** True for elements inside the root that are not article text (pass to the text map). */
  exclude: (el: Element) => boolean;
}

/** schema.org types (bare names) that mean "this page is an article". */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'BlogPosting',
  'LiveBlogPosting', 'SocialMediaPosting', 'Report', 'ScholarlyArticle', 'TechArticle', 'MedicalScholarlyArticle',
  'Review', 'Blog',
]);

/** og:type values that mean article. */
const OG_ARTICLE_TYPES: ReadonlySet<string> = new Set(['article', 'news', 'blog', 'news_article', 'newsarticle']);

/** Paragraphs shorter than this (characters) are labels, datelines or buttons, not body text. */
const MIN_PARAGRAPH = 25;
/** Share of a paragraph's text inside links above which it is a link list or teaser, not body text. */
const MAX_LINK_DENSITY = 0.6;
/** Blocks that are teasers inside the body when their text is mostly link text (at least this share). */
const LINK_BLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'LI', 'UL', 'OL', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD']);
const MAX_BLOCK_LINK_SHARE = 0.75;
/** Block containers whose whole text is checked against the furniture table (never inline elements: a number-only <span> is part of its sentence). */
const FURNITURE_BLOCK_TAGS: ReadonlySet<string> = new Set(['DIV', 'SECTION', 'HEADER', 'FOOTER', 'FIGURE', 'ADDRESS']);
/** Parents under which a <time> is a standalone stamp rather than part of a sentence. */
const STANDALONE_TIME_PARENTS: ReadonlySet<string> = new Set(['DIV', 'SECTION', 'HEADER', 'FOOTER', 'ARTICLE', 'MAIN', 'BODY', 'ASIDE']);
/** Paragraph text (characters) an `<article>` or articleBody root needs to be believed. */
const MIN_ROOT_TEXT = 200;
/** Without any article signal, the densest block must have this much paragraph text in this many paragraphs. */
const MIN_FALLBACK_TEXT = 600;
const MIN_FALLBACK_PARAGRAPHS = 4;
/** …and its paragraphs must average this many characters (forum one-liners and card blurbs do not). */
const MIN_FALLBACK_AVERAGE = 80;
/** How many ancestors the densest block may grow into, and how long (vs its own) their extra paragraphs must be. */
const MAX_CLIMB = 6;
const SIMILAR_PARAGRAPHS = 0.6;
/** Share of link text above which the text a climb would add is a link list, not more body. */
const MAX_REGION_LINK_DENSITY = 0.2;

interface Measure {
  /** Paragraph characters inside each element (all ancestors of each counted paragraph). */
  text: Map<Element, number>;
  count: Map<Element, number>;
  /** Readability-style score: paragraph parents get full credit, grandparents half, great-grandparents a third. */
  score: Map<Element, number>;
  /** Paragraph characters inside each element before boilerplate filtering. */
  raw: Map<Element, number>;
}

/** Nodes the page scan visits between clock checks. */
const SCAN_CHECK_EVERY = 512;

/** Subtrees the page scan never enters: no paragraphs there, and scripts can be huge. */
const SCAN_SKIP: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'TEXTAREA']);

/** Tags that carry `itemprop="articleBody"` in practice; reading attributes of every inline element costs. */
const ITEMPROP_TAGS: ReadonlySet<string> = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'SPAN', 'BODY', 'TD', 'FIGURE', 'HEADER', 'ASIDE', 'P']);

/** What one pass over the page collects. */
interface ScannedParagraph {
  el: Element;
  len: number;
  link: number;
  commas: number;
}

interface PageScan {
  /** Paragraph-like elements (p, divs with loose text): element, text length, link text length, commas. */
  paragraphs: ScannedParagraph[];
  /** All visible text and the part of it inside links, per element (subtree totals). */
  totals: Map<Element, { all: number; link: number }>;
  articles: Element[];
  articleBodies: Element[];
}

/**
 * Visible characters of a text node with white space runs counted once, without allocating (saved pages
 * are full of indentation, inside paragraphs too). CJK characters count double: they carry about two Latin
 * letters of text each, and the thresholds here are in Latin-text characters.
 */
function visibleLength(data: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) {
      if (!space) n += 1;
      space = true;
    } else {
      n += c >= 0x3000 && c < 0xd7b0 ? 2 : 1;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}

function countCommas(data: string): number {
  let n = 0;
  for (let i = data.indexOf(','); i >= 0; i = data.indexOf(',', i + 1)) n += 1;
  return n;
}

/**
 * One depth-first pass over the whole page (no querySelectorAll: on DOM libraries like linkedom each
 * call is its own full walk): paragraph text, link text and commas per paragraph, article elements.
 */
function createPageScan(doc: Document): { scan: PageScan; step(deadline: number): boolean } {
  const scan: PageScan = { paragraphs: [], totals: new Map(), articles: [], articleBodies: [] };
  const top = doc.documentElement;
  if (!top) return { scan, step: () => true };
  // Open paragraph (innermost <p>) and how deep inside links we are.
  let para = null as ScannedParagraph | null;
  const paraStack: Array<ScannedParagraph | null> = [];
  let linkDepth = 0;
  // Per open element (parallel stacks, no object per element): tag, text, link text, loose text.
  const tags: string[] = [];
  const all: number[] = [];
  const link: number[] = [];
  const loose: number[] = [];
  let depth = -1;
  const enter = (el: Element, tag: string): void => {
    depth += 1;
    tags[depth] = tag;
    all[depth] = 0;
    link[depth] = 0;
    loose[depth] = 0;
    if (tag === 'P') {
      paraStack.push(para);
      para = { el, len: 0, link: 0, commas: 0 };
    } else if (tag === 'A') linkDepth += 1;
    else if (tag === 'ARTICLE') scan.articles.push(el);
    if (ITEMPROP_TAGS.has(tag)) {
      const itemprop = el.getAttribute('itemprop');
      if (itemprop && /(?:^|\s)articlebody(?:\s|$)/i.test(itemprop)) scan.articleBodies.push(el);
    }
  };
  const leave = (el: Element): void => {
    const tag = tags[depth]!;
    const a = all[depth]!;
    const l = link[depth]!;
    if (a > 0) {
      scan.totals.set(el, { all: a, link: l });
      if (depth > 0) {
        all[depth - 1]! += a;
        link[depth - 1]! += l;
      }
    }
    if (tag === 'P' && para) {
      scan.paragraphs.push(para);
      para = paraStack.pop() ?? null;
    } else if (tag === 'A') linkDepth -= 1;
    else if (tag === 'DIV' && loose[depth]! >= 100) scan.paragraphs.push({ el, len: loose[depth]!, link: 0, commas: 0 });
    depth -= 1;
  };
  let node: Node | null = top;
  const step = (deadline: number): boolean => {
    let budget = 0;
    while (node) {
      if (++budget % SCAN_CHECK_EVERY === 0 && now() >= deadline) return false;
      let descend = false;
      if (node.nodeType === 1) {
        const tag = tagOf(node as Element);
        if (!SCAN_SKIP.has(tag)) {
          enter(node as Element, tag);
          descend = true;
        }
      } else if (node.nodeType === 3 && depth >= 0) {
        const data = (node as Text).data;
        const n = visibleLength(data);
        if (n > 0) {
          all[depth]! += n;
          if (linkDepth > 0) link[depth]! += n;
          if (tags[depth] === 'DIV') loose[depth]! += n;
          if (para) {
            para.len += n;
            para.commas += countCommas(data);
            if (linkDepth > 0) para.link += n;
          }
        }
      }
      if (descend && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (descend) leave(node as Element);
      node = nextAfterSubtree(node, top, leave);
    }
    return true;
  };
  return { scan, step };
}

/**
 * A box named like boilerplate is still body text when it holds at least this share of the text around it:
 * half for wrapper-prone words ("social", "rail"), nearly all for box words ("gallery", "comments").
 */
const KEEP_NAMED_BOX_SHARE: Readonly<Record<1 | 2, number>> = { 1: 0.5, 2: 0.9 };

/** True when a box named like boilerplate (name strength > 0) holds too little of `reference` text to be the body. */
function namedBoxIsBoilerplate(el: Element, raw: number, reference: number): boolean {
  const strength = boilerplateNameStrength(el);
  return strength > 0 && (reference === 0 || raw < reference * KEEP_NAMED_BOX_SHARE[strength as 1 | 2]);
}

/** The page itself rather than a block of it (saved pages sometimes have two bodies). */
function isPageLevel(el: Element): boolean {
  const tag = tagOf(el);
  return tag === 'BODY' || tag === 'HTML';
}

/** Paragraphs `measure` handles between two pauses (a few ms even on a loaded machine). */
const MEASURE_CHECK_EVERY = 64;

/**
 * Paragraph text, counts and scores per ancestor, boilerplate boxes left out. A generator that pauses
 * every MEASURE_CHECK_EVERY paragraphs: on a 1 MB live blog (4,400 paragraphs) the whole of it is a
 * 25–80 ms task, too long for one slice of `createArticleFinder`.
 */
function* measure(doc: Document, scan: PageScan): Generator<void, Measure> {
  const m: Measure = { text: new Map(), count: new Map(), score: new Map(), raw: new Map() };
  const body = doc.body ?? doc.documentElement;
  if (!body) return m;
  let done = 0;
  const add = (map: Map<Element, number>, el: Element, v: number): void => {
    map.set(el, (map.get(el) ?? 0) + v);
  };
  const paragraphs: Array<[Element, number, number]> = [];
  for (const p of scan.paragraphs) {
    if (p.len < MIN_PARAGRAPH || p.link > p.len * MAX_LINK_DENSITY) continue;
    paragraphs.push([p.el, p.len, p.commas]);
    for (let a: Element | null = p.el; a; a = a.parentElement) add(m.raw, a, p.len);
    if (++done % MEASURE_CHECK_EVERY === 0) yield;
  }
  const total = m.raw.get(doc.documentElement) ?? m.raw.get(body) ?? 0;
  const boiler = new Map<Element, boolean>();
  const insideBoilerplate = (el: Element): boolean => {
    const path: Element[] = [];
    let found = false;
    for (let a: Element | null = el; a && !isPageLevel(a); a = a.parentElement) {
      const known = boiler.get(a);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(a);
      if (isStrongBoilerplate(a) || namedBoxIsBoilerplate(a, m.raw.get(a) ?? 0, total)) {
        found = true;
        break;
      }
    }
    for (const a of path) boiler.set(a, found);
    return found;
  };
  for (const [p, len, commas] of paragraphs) {
    if (++done % MEASURE_CHECK_EVERY === 0) yield;
    if (insideBoilerplate(p)) continue;
    const s = 1 + commas + Math.min(len / 100, 3);
    let depth = 0;
    for (let a: Element | null = tagOf(p) === 'DIV' ? p : p.parentElement; a; a = a.parentElement) {
      add(m.text, a, len);
      add(m.count, a, 1);
      if (depth < 3) add(m.score, a, s / (depth + 1));
      depth += 1;
    }
  }
  return m;
}

/** The element of `els` with most paragraph text (first wins ties). */
function richest(els: Element[], m: Measure): { el: Element; text: number } | null {
  let best: { el: Element; text: number } | null = null;
  for (const el of els) {
    const text = m.text.get(el) ?? 0;
    if (!best || text > best.text) best = { el, text };
  }
  return best;
}

/** The article signal in the page's metadata, or null. */
function metadataSignal(doc: Document): string | null {
  for (const node of readJsonLd(doc)) {
    const t = node.types.find((x) => ARTICLE_TYPES.has(x));
    if (t) return `json-ld ${t}`;
  }
  const og = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content');
  if (og && OG_ARTICLE_TYPES.has(og.trim().toLowerCase())) return 'og:type=article';
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    const t = (el.getAttribute('itemtype') ?? '').split(/[/#\s]/).filter(Boolean).pop();
    if (t && ARTICLE_TYPES.has(t)) return `microdata ${t}`;
  }
  return null;
}

/** An incremental article detection: `step(deadline)` until it returns true, then `result()`. */
export interface ArticleFinder {
  /** Scans until `deadline` (the `now()` clock of text-map.ts); true when the result is ready. */
  step(deadline: number): boolean;
  /** @throws {Error} when called before `step` returned true. */
  result(): ArticleInfo;
}

/**
 * Starts article detection in slices, for pages so big (live blogs) that one pass would exceed a 50 ms
 * main-thread task: the page scan and the paragraph measure both stop at deadlines; the decision after
 * them is one short step (metadata, the densest block, the root).
 */
export function createArticleFinder(doc: Document): ArticleFinder {
  const scanner = createPageScan(doc);
  let measuring: Generator<void, Measure> | null = null;
  let info: ArticleInfo | null = null;
  return {
    step(deadline: number): boolean {
      if (info) return true;
      if (!scanner.step(deadline)) return false;
      // Measuring the paragraphs pauses at the deadline too; the decision after it is short.
      measuring ??= measure(doc, scanner.scan);
      for (let r = measuring.next(); ; r = measuring.next()) {
        if (r.done) {
          info = decide(doc, scanner.scan, r.value);
          return true;
        }
        if (now() >= deadline) return false;
      }
    },
    result(): ArticleInfo {
      if (!info) throw new Error('article detection not finished: call step() until it returns true');
      return info;
    },
  };
}

/** Finds the article and its boilerplate predicate; `isArticle` false when the page has none. */
export function findArticle(doc: Document): ArticleInfo {
  const finder = createArticleFinder(doc);
  finder.step(Number.POSITIVE_INFINITY);
  return finder.result();
}

/** Chooses the root and builds the exclusion predicate from a finished page scan and its measure. */
function decide(doc: Document, scan: PageScan, m: Measure): ArticleInfo {
  const body = doc.body ?? doc.documentElement;
  const signal = metadataSignal(doc);

  let density: { el: Element; score: number } | null = null;
  for (const [el, score] of m.score) {
    if (isPageLevel(el)) continue;
    if (!density || score > density.score) density = { el, score };
  }
  // Bodies split over sibling blocks (intro + body, or sections between figures): climb through wrappers
  // to ancestors whose extra paragraphs look like body paragraphs (as long on average), not teasers.
  if (density) {
    let best = density.el;
    let a = best.parentElement;
    for (let level = 0; a && !isPageLevel(a) && level < MAX_CLIMB; level++, a = a.parentElement) {
      const addedText = (m.text.get(a) ?? 0) - (m.text.get(best) ?? 0);
      const addedCount = (m.count.get(a) ?? 0) - (m.count.get(best) ?? 0);
      if (addedCount === 0) continue; // a wrapper: look further up
      const average = (m.text.get(best) ?? 0) / Math.max(1, m.count.get(best) ?? 0);
      if (addedText / addedCount < SIMILAR_PARAGRAPHS * average) break;
      // Teaser lists have long blurbs too, but their headlines are links.
      const outer = scan.totals.get(a);
      const inner = scan.totals.get(best);
      if (outer && inner && outer.link - inner.link > MAX_REGION_LINK_DENSITY * Math.max(1, outer.all - inner.all)) break;
      best = a;
    }
    density = { el: best, score: m.score.get(best) ?? 0 };
  }
  const densityText = density ? m.text.get(density.el) ?? 0 : 0;

  const articleBody = richest(scan.articleBodies, m);
  const articles = richest(scan.articles.filter((a) => !isStrongBoilerplate(a)), m);

  let root: Element | null = null;
  let how = '';
  if (articleBody && articleBody.text >= MIN_ROOT_TEXT && articleBody.text >= 0.4 * Math.max(densityText, articles?.text ?? 0)) {
    root = articleBody.el;
    how = '[itemprop=articleBody]';
  } else if (articles && articles.text >= MIN_ROOT_TEXT && articles.text >= 0.5 * densityText) {
    root = articles.el;
    how = '<article>';
  } else if (density && densityText >= MIN_ROOT_TEXT) {
    root = density.el;
    how = 'text density';
  }

  let isArticle: boolean;
  let reason: string;
  if (signal) {
    isArticle = true;
    if (!root) {
      root = body;
      how = 'body (no paragraph block found)';
    }
    reason = `${signal}; root ${how}`;
  } else if (root && how !== 'text density' && (m.text.get(root) ?? 0) >= 2 * MIN_ROOT_TEXT) {
    isArticle = true;
    reason = `no metadata; root ${how}`;
  } else if (root && (m.text.get(root) ?? 0) >= MIN_FALLBACK_TEXT && (m.count.get(root) ?? 0) >= MIN_FALLBACK_PARAGRAPHS
    && (m.text.get(root) ?? 0) / (m.count.get(root) ?? 1) >= MIN_FALLBACK_AVERAGE) {
    isArticle = true;
    reason = `no metadata; root ${how}`;
  } else {
    isArticle = false;
    reason = root ? `not an article: no metadata and too little body text under ${how}` : 'not an article: no paragraph text';
  }

  const chosen = root;
  const pageLevel = chosen !== null && isPageLevel(chosen);
  const rootText = chosen ? m.raw.get(chosen) ?? 0 : 0;
  const exclude = (el: Element): boolean => {
    if (isStrongBoilerplate(el)) return true;
    const tag = tagOf(el);
    // In-body teasers ("Read more: <a>Markets said to rally…</a>", lists of related links) are mostly link text.
    if (LINK_BLOCK_TAGS.has(tag) || FURNITURE_BLOCK_TAGS.has(tag)) {
      const t = scan.totals.get(el);
      if (t && LINK_BLOCK_TAGS.has(tag) && t.link > 0 && t.link >= MAX_BLOCK_LINK_SHARE * t.all) return true;
      // Copyright lines, newsletter prompts, bios, stamps: only short blocks are read, so this stays cheap.
      if (t && t.all <= FURNITURE_MAX_CHARS && isFurnitureText(el.textContent ?? '')) return true;
    }
    // A timestamp standing alone in a container (not inside a sentence's paragraph) is page furniture.
    if (tag === 'TIME') {
      const parent = el.parentElement;
      if (parent && STANDALONE_TIME_PARENTS.has(tagOf(parent))) return true;
    }
    // A wrapper named like a box ("js-social-anchor") that holds most of the body is the body.
    if (namedBoxIsBoilerplate(el, m.raw.get(el) ?? 0, rootText)) return true;
    // The page's own header (logo, menus, teasers) only matters when the root is the whole page.
    return pageLevel && tagOf(el) === 'HEADER';
  };
  return { isArticle, root: chosen, reason, exclude };
}
