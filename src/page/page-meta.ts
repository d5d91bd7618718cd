/**
 * Page metadata for the Page record and the analysis header: title, canonical URL, language, site name,
 * publication date — from link/meta tags and schema.org JSON-LD, whichever the page has.
 */
import { ARTICLE_TYPES } from './article-root';
import { ldString, readJsonLd, type JsonLdNode } from './json-ld';

export interface PageMeta {
  title: string | null;
  /** Absolute canonical URL (link rel=canonical, else og:url), resolved against `baseUrl`. */
  canonicalUrl: string | null;
  /** BCP 47 language tag of the page (html lang, else content-language / og:locale), e.g. "en-US". */
  lang: string | null;
  siteName: string | null;
  /** ISO 8601 string as the page gives it. */
  publishedAt: string | null;
}

function meta(doc: Document, names: readonly string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null; // relative URL without a base, or garbage
  }
}

function articleNode(doc: Document): JsonLdNode | null {
  return readJsonLd(doc).find((n) => n.types.some((t) => ARTICLE_TYPES.has(t))) ?? null;
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

/** Reads the page's metadata; `baseUrl` (the page's address) resolves relative canonical links. */
export function readPageMeta(doc: Document, baseUrl: string | null = null): PageMeta {
  const ld = articleNode(doc);
  const publisher = ld ? ldString(ld, 'publisher') : null;
  const title = clean(meta(doc, ['og:title', 'twitter:title']))
    ?? clean(ld ? ldString(ld, 'headline') : null)
    ?? clean(doc.querySelector('title')?.textContent)
    ?? clean(doc.querySelector('h1')?.textContent);
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() || meta(doc, ['og:url']);
  const lang = clean(doc.documentElement?.getAttribute('lang'))
    ?? clean(doc.documentElement?.getAttribute('xml:lang'))
    ?? clean(meta(doc, ['content-language', 'language', 'inLanguage']))
    ?? clean(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'))
    ?? clean(ld ? ldString(ld, 'inLanguage') : null)
    ?? clean(meta(doc, ['og:locale'])?.replace('_', '-'));
  const publishedAt = clean(ld ? ldString(ld, 'datePublished') : null)
    ?? clean(meta(doc, ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date']))
    ?? clean(doc.querySelector('time[datetime][pubdate], time[itemprop="datePublished"]')?.getAttribute('datetime'));
  return {
    title,
    canonicalUrl: absolute(canonical, baseUrl),
    lang,
    siteName: clean(meta(doc, ['og:site_name', 'application-name'])) ?? clean(publisher),
    publishedAt,
  };
}
