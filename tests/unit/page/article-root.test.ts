/** @jest-environment jsdom */
// Article detection on small pages written for each rule, and on the shared hand-labelled pages:
// metadata signals, root choice, boilerplate exclusion inside the article, density fallback, non-articles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createArticleFinder, findArticle } from '../../../src/page/article-root';
import { buildTextMap } from '../../../src/page/text-map';

const repoRoot = path.resolve(__dirname, '../../..');
const sharedDir = path.resolve(repoRoot, '../shared');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The text the engine would see. */
function articleText(doc: Document): string {
  const info = findArticle(doc);
  return info.root ? buildTextMap(info.root, { exclude: info.exclude }).text : '';
}

const fold = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\u00ad/g, '');

const BODY = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story says something long enough to count as body text, with commas, here.</p>`).join('');

function page(head: string, body: string): Document {
  return parse(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
}

describe('metadata signals', () => {
  const ld = (json: unknown): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
  test.each([
    ['plain NewsArticle', { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' }, 'json-ld NewsArticle'],
    ['array of nodes', [{ '@type': 'WebPage' }, { '@type': 'ReportageNewsArticle' }], 'json-ld ReportageNewsArticle'],
    ['@graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'X' }, { '@type': ['Article', 'Thing'] }] }, 'json-ld Article'],
    ['prefixed type, object @context', { '@context': { '@vocab': 'http://schema.org/' }, '@type': 'http://schema.org/NewsArticle' }, 'json-ld NewsArticle'],
  ])('JSON-LD: %s', (_name, json, signal) => {
    const info = findArticle(page(ld(json), `<div>${BODY}</div>`));
    expect(info.isArticle).toBe(true);
    expect(info.reason.startsWith(signal)).toBe(true);
  });

  test('broken JSON-LD gives no signal and no crash', () => {
    const info = findArticle(page('<script type="application/ld+json">{"@type": "NewsArticle",</script>', '<div><p>Short.</p></div>'));
    expect(info.isArticle).toBe(false);
  });

  test('og:type=article', () => {
    expect(findArticle(page('<meta property="og:type" content="article">', `<div>${BODY}</div>`)).reason).toMatch(/^og:type=article/);
  });

  test('microdata itemtype', () => {
    const info = findArticle(page('', `<div itemscope itemtype="https://schema.org/NewsArticle">${BODY}</div>`));
    expect(info.reason).toMatch(/^microdata NewsArticle/);
  });
});

describe('root choice', () => {
  test('[itemprop=articleBody] beats its <article> wrapper (headline and byline stay out)', () => {
    const doc = page('<meta property="og:type" content="article">',
      `<article><h1>Headline</h1><div class="byline">By Someone</div><div itemprop="articleBody">${BODY}</div></article>`);
    const info = findArticle(doc);
    expect(info.root?.getAttribute('itemprop')).toBe('articleBody');
    expect(articleText(doc)).not.toContain('Headline');
  });

  test('several <article> elements: the one with most paragraph text wins', () => {
    const doc = page('', `<article id="teaser"><p>A teaser paragraph that is long enough to count as text, yes.</p></article><article id="main">${BODY}</article>`);
    expect(findArticle(doc).root?.id).toBe('main');
  });

  test('text-density fallback finds the body of a page with no semantics', () => {
    const doc = parse(readFileSync(path.join(repoRoot, 'tests/unit/fixtures-small/no-semantics.html'), 'utf8'));
    const info = findArticle(doc);
    expect(info.isArticle).toBe(true);
    expect(info.reason).toMatch(/text density/);
    expect(info.root?.className).toBe('copy');
    expect(articleText(doc)).not.toContain('Teaser');
  });

  test('a home page of teaser cards is not an article', () => {
    const doc = parse(readFileSync(path.join(repoRoot, 'tests/unit/fixtures-small/home-page.html'), 'utf8'));
    expect(findArticle(doc).isArticle).toBe(false);
  });

  test('an empty page is not an article', () => {
    expect(findArticle(parse('<html><body></body></html>'))).toMatchObject({ isArticle: false, root: null });
  });
});

describe('exclusions inside the article', () => {
  test.each([
    ['related box', '<div class="related-stories"><p>Related: officials say something else entirely happened here.</p></div>'],
    ['news ticker', '<div class="news-ticker"><p>Breaking: Markets said to rally as oil prices fall sharply today.</p></div>'],
    ['sponsored content by prefix', '<div class="sponsoredContent"><p>Partner content: experts say this one trick saves money.</p></div>'],
    ['run-together box word', '<div id="jp-relatedposts"><p>In "News": Stack Overflow announced something else entirely.</p></div>'],
    ['most read', '<section class="most-read"><p>Most read: markets said to rally as oil prices fall today.</p></section>'],
    ['newsletter', '<div id="newsletter-signup"><p>Sign up for our newsletter to get the news every morning.</p></div>'],
    ['ad slot', '<div class="ad-slot" aria-label="Advertisement"><p>Refinance now and save $1,200 a year on your loan.</p></div>'],
    ['share bar', '<div class="share-tools"><p>Share this story with friends on social networks today.</p></div>'],
    ['comments', '<section id="comments"><p>Commenter: this is clearly what experts said all along, folks.</p></section>'],
    ['byline meta', '<div class="byline">By A Reporter, Staff writer, updated five minutes ago</div>'],
    ['promo', '<div class="promo"><p>Subscribe for one dollar a week for the first year now.</p></div>'],
    ['hidden attribute', '<p hidden>Hidden text that a reader never sees on the page at all.</p>'],
    ['aria-hidden', '<div aria-hidden="true"><p>Screen-reader hidden text that is not shown either.</p></div>'],
    ['inline display:none', '<p style="color: red; display: none">Invisible paragraph of text in the body.</p>'],
    ['figure caption', '<figure><img alt="" src="x.png"><figcaption>Caption: the minister speaks at a rally.</figcaption></figure>'],
    ['nav', '<nav><a href="/">Home</a> <a href="/more">More stories from this section</a></nav>'],
    ['aside', '<aside><h3>Related</h3><p>EU unveils new sanctions package against Moscow.</p></aside>'],
    ['role=complementary', '<div role="complementary"><p>Complementary box with other text in it.</p></div>'],
  ])('%s', (_name, box) => {
    const doc = page('<meta property="og:type" content="article">', `<article>${BODY.replace('</p>', `</p>${box}`)}</article>`);
    const text = articleText(doc);
    expect(text).toContain('Paragraph 4 of the story');
    const boxText = parse(box).body.textContent!.trim().slice(0, 20);
    expect(text).not.toContain(boxText);
  });

  test('in-body teasers that are mostly link text are dropped; paragraphs with a link in them are kept', () => {
    const doc = page('<meta property="og:type" content="article">', `<article>${BODY}
      <p>Related: <a href="/x">Markets said to rally as oil prices fall across Asia</a></p>
      <ul><li><a href="/y">Senate leaders say vote on relief bill expected</a></li></ul>
      <p>The minister <a href="/m">told reporters</a> on Monday that the plan, which costs $2 billion, would go ahead.</p></article>`);
    const text = articleText(doc);
    expect(text).not.toContain('Markets said to rally');
    expect(text).not.toContain('Senate leaders say');
    expect(text).toContain('The minister told reporters on Monday');
  });

  test('short furniture lines (copyright, newsletter prompt) are dropped; long paragraphs quoting such words are kept', () => {
    const long = 'The court ruled that the publisher, which had claimed all rights reserved on the photos, must pay damages of $40,000 to the photographer, the judge said in a written ruling on Friday.';
    const doc = page('<meta property="og:type" content="article">', `<article>${BODY}
      <p>Sign up for our newsletter to get the top stories in your inbox.</p>
      <p>© 2026 The Associated Press. All rights reserved.</p><p>${long}</p>
      <p>Jane Roe contributed to this report.</p><p>Read more:</p><p>Example (New York) First published February 1, 2016: 1:28 AM ET</p>
      <p>JIM WATSON/AFP/Getty Images</p><p>Aug. 18, 2016</p><p>6366</p>
      <p>Steven Mufson covers the White House. Since joining The Post, he has covered economics and energy.</p>
      <p>Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech.</p>
      <div><time datetime="2016-12-22">22 Dec, 2016</time> <time datetime="2016-12-22">22 Dec, 2016</time></div>
      <p>On <time datetime="2016-12-21">Dec. 21, 2016</time>, the council voted 7 to 2 to approve the plan, officials said.</p>
      <p><span>© Provided by Example Inc</span> Nintendo and Apple shocked the world earlier this year by announcing a new game for phones.</p></article>`);
    const text = articleText(doc);
    expect(text).not.toMatch(/contributed|Read more|First published|Getty|Aug\. 18|22 Dec|6366|Mufson|Nolan/);
    expect(text).toContain('On Dec. 21, 2016, the council voted 7 to 2');
    expect(text).toContain('Nintendo and Apple shocked the world');
    expect(text).not.toContain('Sign up');
    expect(text).not.toContain('Associated Press');
    expect(text).toContain(long);
  });

  test('a wrapper named like a box but holding the body is kept (class="js-social-anchor")', () => {
    const doc = page('<meta property="og:type" content="article">', `<article><div class="js-social-anchor-start">${BODY}</div><div class="social"><p>Follow us on social media for updates and more news.</p></div></article>`);
    const text = articleText(doc);
    expect(text).toContain('Paragraph 0');
    expect(text).not.toContain('Follow us');
  });
});

describe('box names vs body wrappers', () => {
  const para = (i: number, what = 'story'): string => `<p>Paragraph ${i} of the ${what} says something long enough to count as body text, with commas, here and there.</p>`;

  test('a big photo gallery inside the body is still excluded (box word, not the body)', () => {
    const gallery = `<div class="widget-wrapper type-gallery">${Array.from({ length: 12 }, (_, i) => para(i, 'gallery caption')).join('')}</div>`;
    const doc = page('<meta property="og:type" content="article">', `<div itemprop="articleBody">${para(1)}${para(2)}${para(3)}${gallery}</div>`);
    const text = articleText(doc);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('gallery caption');
  });

  test('collapsed "read more" body text is kept (wrapper-prone words)', () => {
    const doc = page('<meta property="og:type" content="article">', `<article>${para(0)}<div id="read-more-content">${[1, 2, 3, 4, 5].map((i) => para(i)).join('')}</div></article>`);
    expect(articleText(doc)).toContain('Paragraph 5 of the story');
  });

  test('density root grows over body sections split by figures, not over teaser lists', () => {
    const section = (from: number): string => `<div class="section"><div class="content">${[from, from + 1, from + 2].map((i) => para(i)).join('')}</div></div>`;
    const teasers = `<div class="more">${[1, 2, 3].map((i) => `<div><h3><a href="/t${i}">Teaser headline number ${i} that is a link to another story</a></h3>${para(i, 'teaser blurb')}</div>`).join('')}</div>`;
    const doc = page('', `<div id="page"><div id="post">${section(0)}<figure><img alt=""></figure>${section(3)}<figure><img alt=""></figure>${section(6)}</div>${teasers}</div>`);
    const info = findArticle(doc);
    expect(info.root?.id).toBe('post');
    const text = articleText(doc);
    expect(text).toContain('Paragraph 8 of the story');
    expect(text).not.toContain('teaser blurb');
  });
});

describe('incremental detection', () => {
  test('the finder, stepped with past deadlines, gives the one-shot result', () => {
    const posts = Array.from({ length: 300 }, (_, i) => `<section class="post"><h2>Update ${i}</h2><p>Officials said ${i} more people were evacuated from the flooded district on the river, the agency reported.</p></section>`).join('');
    const doc = page('<meta property="og:type" content="article">', `<header><nav><a href="/">Home</a></nav></header><article><h1>Live</h1><div class="posts">${posts}</div></article>`);
    const finder = createArticleFinder(doc);
    expect(() => finder.result()).toThrow(/not finished/);
    let steps = 1;
    while (!finder.step(-Infinity)) steps += 1;
    expect(steps).toBeGreaterThan(2);
    const sliced = finder.result();
    const whole = findArticle(doc);
    expect(sliced.root).toBe(whole.root);
    expect(sliced.reason).toBe(whole.reason);
    expect(buildTextMap(sliced.root!, { exclude: sliced.exclude }).text).toBe(buildTextMap(whole.root!, { exclude: whole.exclude }).text);
  });

  test('measuring the paragraphs after the page scan stops at deadlines too (a 1 MB live blog has thousands)', () => {
    const n = 2000;
    const paragraphs = Array.from({ length: n }, (_, i) => `<p>Officials said ${i} more people were evacuated from the flooded district, the agency reported.</p>`).join('');
    const doc = page('<meta property="og:type" content="article">', `<article id="live">${paragraphs}</article>`);
    const finder = createArticleFinder(doc);
    let steps = 1;
    while (!finder.step(-Infinity)) steps += 1;
    // The page scan alone pauses once per 512 nodes (2 per paragraph): about 8 steps. The rest are the measure's.
    const scanSteps = Math.ceil((2 * n + 10) / 512);
    expect(steps).toBeGreaterThan(scanSteps + 20);
    expect(finder.result().root?.id).toBe('live');
    expect(finder.result().reason).toBe(findArticle(doc).reason);
  });
});

describe('shared hand-labelled pages', () => {
  test.each([
    ['minsk-talks', path.join(sharedDir, 'fixtures/news/minsk-talks.html'), path.join(sharedDir, 'fixtures/news/minsk-talks.gold.json')],
    ['wapo-2', path.join(sharedDir, 'fixtures/pages/wapo-2/source.html'), path.join(sharedDir, 'fixtures/news/wapo-2.gold.json')],
  ])('%s: every required statement is in the article text, no outside-article key is', (_name, htmlFile, goldFile) => {
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {
      statements: Array<{ key: string; optional?: boolean }>;
      outsideArticle: string[];
    };
    const doc = parse(readFileSync(htmlFile, 'utf8'));
    expect(findArticle(doc).isArticle).toBe(true);
    const text = fold(articleText(doc));
    for (const s of gold.statements) if (!s.optional) expect(text).toContain(fold(s.key));
    for (const key of gold.outsideArticle) expect(text).not.toContain(fold(key));
  });
});
