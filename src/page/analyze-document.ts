/**
 * Whole-page analysis: article detection → text map → claim engine → the Analysis object of DESIGN.md.
 * The content script, the popup's on-demand scan and the CLI all go through here, so they agree.
 */
import { analyzeText } from '../core/claims/analyze';
import type { Analysis } from '../core/model';
import { findArticle } from './article-root';
import { readPageMeta } from './page-meta';
import { buildTextMap, type TextMap } from './text-map';

export interface AnalyzeDocumentOptions {
  /** The page's address (the CLI's --url, the tab's URL); resolves a relative canonical link. */
  url?: string | null;
  /** Analyse the densest text block even when the page is not an article (the popup's "scan anyway"). */
  force?: boolean;
}

export interface DocumentAnalysis {
  analysis: Analysis;
  /** The text map the claims' offsets index into; null when nothing was analysed. */
  textMap: TextMap | null;
  root: Element | null;
  /** The page's language tag as read from the page (null when it does not say). */
  lang: string | null;
  /** Why the page is (not) an article, from article detection. */
  reason: string;
}

/** Analyses a parsed page. Non-article pages come back quickly with `isArticle: false` and no claims. */
export function analyzeDocument(doc: Document, opts: AnalyzeDocumentOptions = {}): DocumentAnalysis {
  const url = opts.url ?? null;
  const meta = readPageMeta(doc, url);
  const article = findArticle(doc);
  const analysis: Analysis = { url, canonicalUrl: meta.canonicalUrl, title: meta.title, isArticle: article.isArticle, claims: [] };
  // Forced on a page without a text block: the whole body, minus boilerplate.
  const root = article.root ?? (opts.force ? doc.body : null);
  if (!root || (!article.isArticle && !opts.force)) {
    return { analysis, textMap: null, root, lang: meta.lang, reason: article.reason };
  }
  const textMap = buildTextMap(root, { exclude: article.exclude });
  analysis.claims = analyzeText(textMap.text, textMap.blocks, { lang: meta.lang });
  return { analysis, textMap, root, lang: meta.lang, reason: article.reason };
}
