// A generated live-blog page of a given text size: many timestamped posts of news-like sentences (quotes,
// "X said", "according to", figures, vague sources), deterministic, so benches can test that analysis
// cost grows linearly with text. Shared by engine and content benches.

const NAMES = ['Maria Lopez', 'David Chen', 'Amina Yusuf', 'Tom Becker', 'Olga Petrova', 'James Carter', 'Lina Haddad', 'Kenji Sato'];
const ROLES = ['the mayor', 'a spokesman for the ministry', 'the company’s chief executive', 'a senior fellow at the institute', 'the union leader'];
const ORGS = ['the Interior Ministry', 'the city council', 'the World Health Organization', 'Acme Corp.', 'the Red Cross'];
const OUTLETS = ['Reuters', 'the Associated Press', 'The Washington Post', 'BBC News'];
const PLACES = ['Kharkiv', 'Riverton', 'the capital', 'the northern district', 'the port'];

/** Sentence templates; `r` picks from lists deterministically. */
const TEMPLATES = [
  (r) => `“We are doing everything we can to restore power in ${r(PLACES)},” ${r(NAMES)} said on ${r(['Monday', 'Tuesday', 'Friday'])}.`,
  (r) => `${r(NAMES)}, ${r(ROLES)}, told ${r(OUTLETS)} that ${r([12, 40, 240, 1500])} people had been evacuated.`,
  (r) => `According to ${r(ORGS)}, the number of cases rose by ${r([3, 7, 12, 30])} percent in the past week.`,
  (r) => `Officials said the road to ${r(PLACES)} would remain closed until further notice.`,
  (r) => `The storm knocked out power to about ${r([10, 25, 80])},000 homes, ${r(OUTLETS)} reported.`,
  (r) => `Analysts expect the cost of repairs to exceed $${r([2, 5, 9])} billion.`,
  (r) => `Crews worked through the night in ${r(PLACES)}.`,
  (r) => `${r(ORGS).replace(/^t/, 'T')} said in a statement that it was sending ${r([3, 6, 20])} teams.`,
  (r) => `“It was terrifying,” said ${r(NAMES)}, who lives near ${r(PLACES)}. “The water came up so fast.”`,
  (r) => `Critics argue the warning came too late for residents of ${r(PLACES)}.`,
  (r) => `${r(NAMES)} wrote in a Facebook post that schools would reopen on ${r(['Thursday', 'next week'])}.`,
  (r) => `The river crested at ${r([4, 6, 8])}.${r([1, 5, 9])} meters shortly after midnight.`,
];

/** Live-blog HTML whose post text totals at least `chars` characters. */
export function liveBlogHtml(chars = 1_000_000) {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const r = (list) => list[Math.floor(rand() * list.length)];
  const posts = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const paragraphs = [];
    for (let p = 0; p < 2 + (i % 3); p++) {
      const sentences = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => r(TEMPLATES)(r)).join(' ');
      paragraphs.push(`<p>${sentences}</p>`);
      total += sentences.length + 2;
    }
    const hh = String(23 - (Math.floor(i / 60) % 24)).padStart(2, '0');
    const mm = String(59 - (i % 60)).padStart(2, '0');
    posts.push(`<section class="post" id="post-${i}"><time datetime="2026-03-01T${hh}:${mm}:00Z">${hh}:${mm}</time><h2>Update ${i + 1}</h2>${paragraphs.join('')}<div class="share-tools"><button>Share</button></div></section>`);
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Live: storm updates</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Live: storm updates","datePublished":"2026-03-01T00:00:00Z"}</script>
</head><body><header><nav><a href="/">Home</a></nav></header><main><article class="live-blog"><h1>Live: storm updates</h1>
<div class="live-posts" itemprop="articleBody">${posts.join('\n')}</div></article>
<aside class="most-read"><ul><li><a href="/x">Markets said to rally as oil prices fall</a></li></ul></aside></main></body></html>`;
}
