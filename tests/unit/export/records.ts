// Realistic records for export tests: notes on two news pages, with astral characters, quotes,
// commas, line breaks and hostile text where real pages have them.
import type { Note, Page, Source } from '../../../src/core/model';
import { sourceKey } from '../../../src/core/source-key';

let n = 0;
/** A deterministic UUID (v4 layout) so failures are reproducible. */
export function uuidFor(i: number): string {
  return `${i.toString(16).padStart(8, '0')}-1b2c-4d3e-8f40-${i.toString(16).padStart(12, '0')}`;
}

export function makeNote(overrides: Partial<Note> = {}): Note {
  n += 1;
  const claimText = overrides.claimText ?? 'Russia lost 500 tanks in the offensive, the ministry said.';
  return {
    id: uuidFor(n),
    pageUrl: 'https://www.example.com/news/minsk-talks',
    pageTitle: 'Minsk talks stall as both sides trade claims',
    selector: {
      quote: { exact: claimText, prefix: 'On Tuesday, ', suffix: ' Officials in Kyiv' },
      position: { start: 1042, end: 1042 + claimText.length },
    },
    claimText,
    attribution: { speaker: 'Anton Gerashchenko', role: 'Interior Ministry adviser', sourceType: 'named-person', cue: 'wrote', medium: 'Facebook post', via: 'Reuters' },
    verdict: 'mostly-accurate',
    confidence: 4,
    body: 'Matches the ISW map for that week.\nThe number is rounded up, "about 480" in the MoD brief.',
    evidence: ['https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment', 'MoD brief, 4 May'],
    tags: ['ukraine', 'casualties'],
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-02T08:30:00.000Z',
    ...overrides,
  };
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  n += 1;
  const name = overrides.name ?? 'Reuters';
  return {
    id: uuidFor(n),
    name,
    // Storage recomputes the key from the name, so a realistic record already has that key.
    key: sourceKey(name),
    aliases: ['Reuters news agency'],
    type: 'news-outlet',
    confidence: 5,
    notes: 'Wire service; corrections are published.',
    updatedAt: '2026-04-01T00:00:00.000Z',
    ...overrides,
  };
}

export function makePage(overrides: Partial<Page> = {}): Page {
  return {
    url: 'https://www.example.com/news/minsk-talks',
    canonicalUrl: 'https://www.example.com/news/minsk-talks',
    title: 'Minsk talks stall as both sides trade claims',
    siteName: 'Example News',
    publishedAt: '2026-04-30T06:00:00.000Z',
    firstSeenAt: '2026-05-01T09:59:00.000Z',
    lastSeenAt: '2026-05-02T08:30:00.000Z',
    ...overrides,
  };
}

/** A small but varied data set: 4 notes on 2 pages, 2 sources. */
export function sampleData(): { notes: Note[]; sources: Source[]; pages: Page[] } {
  const second = 'https://news.example.org/live/2026/05/02/blog';
  return {
    notes: [
      makeNote(),
      makeNote({ claimText: '“We will not negotiate under fire,” Zelensky said 🇺🇦.', verdict: 'opinion', confidence: null, tags: [], evidence: [] }),
      makeNote({
        pageUrl: second, pageTitle: 'Live: *talks* [day 2]', claimText: '=HYPERLINK("http://evil.example","click") cost 5 billion',
        attribution: { speaker: 'a senior official', role: null, sourceType: 'anonymous', cue: 'said', medium: null, via: null },
        verdict: 'false', confidence: 2, body: '# not a heading\n<img src=x onerror=alert(1)>', tags: ['-minus', '@at'],
      }),
      makeNote({ pageUrl: second, pageTitle: null, attribution: null, verdict: 'unverified', confidence: null, body: '' }),
    ],
    sources: [makeSource(), makeSource({ name: 'Anton Gerashchenko', aliases: ['Gerashchenko'], type: 'named-person', confidence: 2, notes: '' })],
    pages: [makePage(), makePage({ url: second, canonicalUrl: null, title: 'Live: *talks* [day 2]', siteName: null, publishedAt: null })],
  };
}
