/**
 * Which elements are not article text even inside the article: navigation, page header/footer, asides,
 * captions, related/most-read/newsletter/ad/share/comment/byline/teaser boxes, hidden elements.
 * The words are data tables matched against class, id, role and aria-label tokens, so adding a site's
 * naming habit is a one-line change.
 */
import { tagOf } from './tag';

/** Tags that are never body text. */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'FIGCAPTION', 'FORM', 'BUTTON', 'DIALOG', 'MENU', 'SCRIPT', 'STYLE', 'NOSCRIPT',
  'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'TEXTAREA', 'LABEL', 'MARQUEE',
]);

/** ARIA roles of non-body regions. */
export const BOILERPLATE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'button', 'form',
]);

/**
 * Class/id/aria-label words that name a box which is never body text, even when it is big (a 50-photo
 * gallery with captions can outweigh the story it sits in).
 */
export const BOX_WORDS: ReadonlySet<string> = new Set([
  'related', 'relatedstories', 'mostread', 'mostpopular', 'trending', 'newsletter', 'newsletters', 'recommended',
  'recommendations', 'recirc', 'promo', 'promos', 'advertisement', 'advertising', 'adslot', 'sponsored',
  'comments', 'comment', 'disqus', 'teaser', 'teasers', 'outbrain', 'taboola', 'paywall', 'subscribe',
  'subscription', 'signup', 'gallery', 'slideshow', 'carousel', 'byline', 'breadcrumb', 'breadcrumbs', 'cookie',
  'cookies', 'ticker', 'partner', 'partners', 'recirculation',
]);

/**
 * Words that usually name boilerplate but also turn up on page wrappers ("js-social-anchor", "no-right-rail"):
 * a box named only with these is kept when it holds most of the text around it.
 */
export const WRAPPER_PRONE_WORDS: ReadonlySet<string> = new Set([
  'popular', 'ad', 'ads', 'advert', 'adverts', 'sponsor', 'share', 'sharing', 'sharebar', 'sharebars', 'social',
  'sidebar', 'rail', 'toolbar', 'caption', 'credit', 'credits', 'hidetext', 'skip', 'overlay', 'masthead', 'footer',
  'navbar', 'menu', 'tags', 'keywords', 'widget', 'timestamp', 'eyebrow', 'kicker', 'print', 'bio',
]);

/** Word beginnings of box words run together by CMSs ("jp-relatedposts", "recommendedreads", "newsletterform"). */
export const BOX_PREFIXES: readonly string[] = [
  'related', 'recommend', 'newsletter', 'outbrain', 'taboola', 'slideshow', 'mostread', 'mostpopular', 'recirc', 'promo',
  'sponsor', 'advert', 'teaser', 'trending',
];

/** All single words of boilerplate boxes. */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([...BOX_WORDS, ...WRAPPER_PRONE_WORDS]);

/** Adjacent word pairs of boilerplate boxes ("most-read", "more stories", "sr-only"). */
export const BOILERPLATE_PAIRS: ReadonlySet<string> = new Set([
  'most read', 'most popular', 'most viewed', 'most shared', 'more stories', 'more from', 'read next',
  'you may', 'may like', 'author bio', 'about author', 'sr only', 'visually hidden', 'screen reader', 'skip link',
  'story meta', 'article meta', 'post meta', 'entry meta', 'top stories', 'in case', 'editors picks', 'see also',
]);

/** Word pairs that name boilerplate links but also collapsed body text ("read-more-content"): wrapper-prone. */
export const WRAPPER_PRONE_PAIRS: ReadonlySet<string> = new Set(['read more', 'show more', 'see more']);

/**
 * Short blocks whose text marks them as page furniture even without a telling class: copyright lines,
 * newsletter and follow-us prompts, feedback requests. English and the other languages of the corpus.
 */
export const FURNITURE_TEXT: readonly RegExp[] = [
  // A copyright line alone; a paragraph that merely starts with an inline image credit is body text.
  /^\s*(?:©|\(c\)|copyright\b)[^.]{0,100}\.?\s*$/i,
  // At the end only: a sentence about a dispute may quote the phrase.
  /(?:\ball rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten)\.?\s*$/i,
  /\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/i,
  /^\s*(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|updates)\b/i,
  /^\s*sign up for our newsletter/i,
  /^\s*follow (?:us|the author) on\b/i,
  /^\s*follow\b.{0,40}\b(?:twitter|facebook|instagram)\b/i,
  /\bin(?:to)? your inbox\b/i,
  // Author bios: "Steven Mufson covers the White House.", "Jane Roe is a senior reporter for The Paper."
  /^\s*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}\s+covers\b/,
  /^\s*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w’'.-]+\s+){0,4}(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|producer)\b/i,
  /^\s*about the author\s*$/i,
  /^\s*this (?:article|story|post) (?:originally )?(?:appeared|was (?:originally )?(?:published|reprinted|republished|syndicated))\b/i,
  // Photo credits: "JIM WATSON/AFP/Getty Images", "Top photo by Joan Bardeletti".
  /^.{0,60}(?:getty images|\/afp|\/reuters|\/ap photo|\bap photo\b|\bphoto(?:graph)?s? by\b|\bcredit:)/i,
  // Date-only and number-only lines (timestamps, share counters).
  /^\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Z][a-z]{2,8}\.?,? \d{4})(?:\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Z][a-z]{2,8}\.?,? \d{4}))*\s*$/,
  /^\s*\d[\d,.]*\s*$/,
  /^\s*(?:reuse content|more about:?)\s*$/i,
  /tell us what you think\.?\s*$/i,
  /^\s*(?:advertisement|anzeige|publicité|publicidad)\s*$/i,
  // Labels of teaser lists whose links were dropped, widget credits.
  /^\s*(?:read more|see also|related(?: coverage| stories| articles)?|more on this(?: story)?|lire aussi|leer más)\s*:?\s*$/i,
  /^\s*(?:powered|sponsored|presented) by\b.{0,60}$/i,
  /^[^.]{0,160}\bcontributed (?:reporting )?to this (?:report|story|article)\.?\s*$/i,
  /^\s*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}\s+reported from\b[^.]{0,100}\.?\s*$/,
  /^\s*this (?:version|story|article) (?:corrects|has been (?:corrected|updated))\b/i,
  /^\s*\d+\s*\/\s*\d+\s*$/,
  /^\s*(?:read later|save for later|save article)\s*$/i,
  /^\s*(?:additional reporting|reporting) by\b[^.]{0,80}\.?\s*$/i,
  // Publication stamps: "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET".
  /^.{0,40}\b(?:first published|last updated|updated|published|posted)\b.{0,40}\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?\s*$/i,
];

/** Longer blocks are body text even when they contain one of these phrases. */
export const FURNITURE_MAX_CHARS = 300;

/** True when a short block's text is page furniture (see FURNITURE_TEXT). */
export function isFurnitureText(text: string): boolean {
  if (text.length > 4 * FURNITURE_MAX_CHARS) return false;
  const t = text.replace(/[\s\u00a0]+/g, ' ').trim();
  return t.length > 0 && t.length <= FURNITURE_MAX_CHARS && FURNITURE_TEXT.some((re) => re.test(t));
}

const SPLIT_WORDS = /[^a-z0-9]+/;

/** Lowercase words of an element's class, id and aria-label ("pb-f-ad-flex" → pb, f, ad, flex). */
export function nameWords(el: Element): string[] {
  return wordsOf(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
}

/** Lowercase words of a class/id/label string; camelCase boundaries split too ("mostRead" → most, read). */
function wordsOf(raw: string): string[] {
  if (raw.trim() === '') return [];
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(SPLIT_WORDS).filter(Boolean);
}

/** True when the element is hidden by markup (hidden attribute, aria-hidden, inline display:none). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** True when the element's tag or role marks it as not body text, or markup hides it. */
export function isStrongBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role.trim().toLowerCase())) return true;
  return isHiddenByMarkup(el);
}

/** How surely an element's name words mark boilerplate: 0 not at all, 1 wrapper-prone words only, 2 a box word or pair. */
export type NameStrength = 0 | 1 | 2;

/**
 * True when the element's class/id/aria-label words name a boilerplate box. Weaker than the tag: page
 * wrappers carry words like "social" or "rail" too, so callers let a box that holds most of the text live
 * (see `boilerplateNameStrength`).
 */
export function hasBoilerplateName(el: Element): boolean {
  return boilerplateNameStrength(el) > 0;
}

/** The strength of an element's boilerplate name (cached per distinct class/id/label). */
export function boilerplateNameStrength(el: Element): NameStrength {
  const a = strengthOf(el.getAttribute('class'));
  if (a === 2) return 2;
  const b = strengthOf(el.getAttribute('id'));
  if (b === 2) return 2;
  const c = strengthOf(el.getAttribute('aria-label'));
  return Math.max(a, b, c) as NameStrength;
}

/** Strength of one attribute value, cached: class strings repeat a lot within a page. */
function strengthOf(raw: string | null): NameStrength {
  if (!raw) return 0;
  let known = nameCache.get(raw);
  if (known === undefined) {
    known = wordsAreBoilerplate(wordsOf(raw));
    // The bound keeps a long-lived content script small on pages with unique ids everywhere.
    if (nameCache.size > 4096) nameCache.clear();
    nameCache.set(raw, known);
  }
  return known;
}

const nameCache = new Map<string, NameStrength>();

function wordsAreBoilerplate(words: string[]): NameStrength {
  let strength: NameStrength = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (BOX_WORDS.has(w) || (next !== undefined && BOILERPLATE_PAIRS.has(`${w} ${next}`))) return 2;
    if (w.length > 7 && BOX_PREFIXES.some((p) => w.startsWith(p))) return 2;
    if (WRAPPER_PRONE_WORDS.has(w) || (next !== undefined && WRAPPER_PRONE_PAIRS.has(`${w} ${next}`))) strength = 1;
  }
  return strength;
}

/** True when the element's tag, role, hiding or name words mark it as boilerplate. */
export function isBoilerplate(el: Element): boolean {
  return isStrongBoilerplate(el) || hasBoilerplateName(el);
}
