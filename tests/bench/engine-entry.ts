// What the engine bench needs from src/, bundled for Node (linkedom) and as an IIFE for Chromium.
export { analyzeDocument } from '../../src/page/analyze-document';
export { buildTextMap } from '../../src/page/text-map';
export { createArticleFinder, findArticle } from '../../src/page/article-root';
export { analyzeText } from '../../src/core/claims/analyze';
