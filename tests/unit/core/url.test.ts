import { isTrackingParam, normalizeUrl } from '../../../src/core/url';

describe('normalizeUrl', () => {
  const same: Array<[string, string]> = [
    // campaign tags and click ids from real share links
    ['https://www.nytimes.com/2024/03/01/world/europe/ukraine-war.html?smid=tw-share', 'https://www.nytimes.com/2024/03/01/world/europe/ukraine-war.html'],
    ['https://www.theguardian.com/world/2024/mar/01/story?CMP=share_btn_tw', 'https://www.theguardian.com/world/2024/mar/01/story'],
    ['https://www.bbc.co.uk/news/world-europe-123?utm_source=twitter&utm_medium=social&utm_campaign=x', 'https://www.bbc.co.uk/news/world-europe-123'],
    ['https://example.com/a?fbclid=IwAR0abc', 'https://example.com/a'],
    ['https://example.com/a?gclid=xyz&msclkid=1&yclid=2', 'https://example.com/a'],
    ['https://example.com/a?mc_cid=123&mc_eid=456', 'https://example.com/a'],
    ['https://www.instagram.com/p/abc/?igshid=MzRlODBiNWFlZA==', 'https://www.instagram.com/p/abc'],
    ['https://twitter.com/user/status/1?ref_src=twsrc%5Etfw', 'https://twitter.com/user/status/1'],
    ['https://example.com/a?_ga=2.1.2.3&_gl=1*abc', 'https://example.com/a'],
    ['https://example.com/a?UTM_SOURCE=x&Fbclid=y', 'https://example.com/a'],
    ['https://example.com/a?pk_campaign=x&mtm_source=y', 'https://example.com/a'],
    // case, default ports, trailing slashes, fragments, credentials
    ['HTTPS://WWW.Reuters.COM/world/', 'https://www.reuters.com/world'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['https://example.com/story/#comments', 'https://example.com/story'],
    ['https://example.com/story#:~:text=claim', 'https://example.com/story'],
    ['https://example.com//news//2024//story/', 'https://example.com/news/2024/story'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/?', 'https://example.com/'],
    ['https://user:pw@example.com/a', 'https://example.com/a'],
    ['https://example.com./a', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
  ];
  it.each(same)('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('keeps meaningful parameters, sorted, so their order does not matter', () => {
    const a = normalizeUrl('https://news.example.com/article.php?id=42&page=2&utm_source=x');
    const b = normalizeUrl('https://news.example.com/article.php?utm_medium=y&page=2&id=42');
    expect(a).toBe('https://news.example.com/article.php?id=42&page=2');
    expect(b).toBe(a);
  });

  it('keeps a non-default port and the path case (paths are case-sensitive on most servers)', () => {
    expect(normalizeUrl('https://Example.com:8443/News/Story')).toBe('https://example.com:8443/News/Story');
  });

  it('keeps repeated meaningful parameters', () => {
    expect(normalizeUrl('https://example.com/s?tag=b&tag=a')).toBe('https://example.com/s?tag=a&tag=b');
  });

  it('prefers the canonical link, resolved against the page address', () => {
    expect(normalizeUrl('https://m.example.com/a?utm_source=x', 'https://www.example.com/a/')).toBe('https://www.example.com/a');
    expect(normalizeUrl('https://example.com/amp/story', '/story')).toBe('https://example.com/story');
  });

  it('ignores a canonical link that is not a web URL or is empty', () => {
    expect(normalizeUrl('https://example.com/a#x', 'javascript:alert(1)')).toBe('https://example.com/a');
    expect(normalizeUrl('https://example.com/a', '')).toBe('https://example.com/a');
    expect(normalizeUrl('https://example.com/a', null)).toBe('https://example.com/a');
  });

  it('one article reached five ways has one key', () => {
    const ways = [
      'https://www.example.com/2024/story.html',
      'https://WWW.EXAMPLE.COM/2024/story.html#top',
      'https://www.example.com:443/2024/story.html?utm_source=newsletter&mc_cid=1',
      'https://www.example.com/2024/story.html/?fbclid=abc',
      'https://m.example.com/2024/story.html?amp=1',
    ];
    const keys = new Set(ways.map((u, i) => normalizeUrl(u, i === 4 ? 'https://www.example.com/2024/story.html' : undefined)));
    expect([...keys]).toEqual(['https://www.example.com/2024/story.html']);
  });

  it('returns non-URLs unchanged and only strips the fragment of other schemes', () => {
    expect(normalizeUrl('not a url')).toBe('not a url');
    expect(normalizeUrl('file:///tmp/page.html#x')).toBe('file:///tmp/page.html');
  });

  it('handles internationalised host names', () => {
    expect(normalizeUrl('https://BÜCHER.example/a')).toBe('https://xn--bcher-kva.example/a');
  });
});

describe('isTrackingParam', () => {
  it('matches names and prefixes case-insensitively, leaves ordinary names', () => {
    expect(isTrackingParam('utm_content')).toBe(true);
    expect(isTrackingParam('GCLID')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
    expect(isTrackingParam('q')).toBe(false);
    expect(isTrackingParam('utmost')).toBe(false);
  });
});
