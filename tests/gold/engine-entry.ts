// What Node scripts under tests/ need from src/, bundled by tests/gold/engine.mjs.
export { analyzeDocument } from '../../src/page/analyze-document';
export { buildTextMap } from '../../src/page/text-map';
export { findArticle } from '../../src/page/article-root';
export { parseHtmlPage } from '../../src/cli/parse-html';
export { analyzeText } from '../../src/core/claims/analyze';
