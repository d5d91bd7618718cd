/** @jest-environment jsdom */
// Page metadata from link/meta tags and JSON-LD, and analyzeDocument's wiring of detection, text map and engine.
import { readPageMeta } from '../../../src/page/page-meta';
import { analyzeDocument } from '../../../src/page/analyze-document';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('readPageMeta', () => {
  test('og tags, canonical link, html lang, JSON-LD date', () => {
    const doc = parse(`<html lang="en-GB"><head><title>Page title | Site</title>
      <meta property="og:title" content="The story">
      <meta property="og:site_name" content="The Paper">
      <link rel="canonical" href="/world/story">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-02-03T10:00:00Z","publisher":{"@type":"Organization","name":"Paper Ltd"}}</script>
      </head><body></body></html>`);
    expect(readPageMeta(doc, 'https://paper.example/world/story?utm_source=x')).toEqual({
      title: 'The story', canonicalUrl: 'https://paper.example/world/story', lang: 'en-GB', siteName: 'The Paper',
      publishedAt: '2026-02-03T10:00:00Z',
    });
  });

  test('fallbacks: JSON-LD headline, og:url, og:locale, publisher name, article:published_time', () => {
    const doc = parse(`<html><head>
      <meta property="og:url" content="https://paper.example/a">
      <meta property="og:locale" content="fr_FR">
      <meta property="article:published_time" content="2025-12-01">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"Article","headline":" Headline  here ","publisher":{"name":"Le Journal"}}]}</script>
      </head><body><h1>H1</h1></body></html>`);
    expect(readPageMeta(doc)).toEqual({
      title: 'Headline here', canonicalUrl: 'https://paper.example/a', lang: 'fr-FR', siteName: 'Le Journal', publishedAt: '2025-12-01',
    });
  });

  test('nothing known: nulls, and a relative canonical without a base URL is dropped', () => {
    const doc = parse('<html><head><link rel="canonical" href="/x"></head><body></body></html>');
    expect(readPageMeta(doc)).toEqual({ title: null, canonicalUrl: null, lang: null, siteName: null, publishedAt: null });
  });
});

describe('analyzeDocument', () => {
  const article = `<html lang="en"><head><meta property="og:type" content="article"><title>T</title></head><body>
    <nav><a href="/">Markets said to rally, analysts say</a></nav>
    <article><p>The council approved the $4 million budget on Tuesday, the mayor said in a statement to reporters.</p>
    <p>"This protects the services people rely on," said council president Maria Lopez at the meeting on Tuesday.</p></article></body></html>`;

  test('claims index the returned text map, and nothing comes from outside the article', () => {
    const r = analyzeDocument(parse(article), { url: 'https://x.example/a' });
    expect(r.analysis).toMatchObject({ url: 'https://x.example/a', isArticle: true, title: 'T' });
    expect(r.lang).toBe('en');
    expect(r.textMap!.text).not.toContain('Markets');
    for (const c of r.analysis.claims) expect(r.textMap!.text.slice(c.start, c.end)).toBe(c.text);
  });

  test('a non-article page: isArticle false, no claims, no text map, unless forced', () => {
    const page = `<html><body><ul>${'<li><a href="/x">A headline that officials said was important today</a></li>'.repeat(10)}</ul>
      <div class="blurb"><p>${'Short blurb about things. '.repeat(3)}</p></div></body></html>`;
    const r = analyzeDocument(parse(page));
    expect(r.analysis).toMatchObject({ isArticle: false, claims: [] });
    expect(r.textMap).toBeNull();
    const forced = analyzeDocument(parse(page), { force: true });
    expect(forced.analysis.isArticle).toBe(false);
    expect(forced.textMap?.text).toContain('Short blurb');
  });
});

describe('single-page navigation', () => {
  test('metadata follows JSON-LD replaced in the same document', () => {
    const doc = parse('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"First story"}</script></head><body></body></html>');
    expect(readPageMeta(doc).title).toBe('First story');
    doc.querySelector('script')!.textContent = '{"@type":"NewsArticle","headline":"Second story"}';
    expect(readPageMeta(doc).title).toBe('Second story');
  });
});
