// What the storage bench runs inside Chromium: the storage module itself plus a generator of a reader's
// notebook at the storage issue's size (50,000 notes over 5,000 pages, 2,000 sources). Note bodies draw
// words from a Zipf-distributed vocabulary, so search has common and rare words as real notes do.
import type { Note, Page, Source, Verdict } from '../../src/core/model';
import { VERDICTS } from '../../src/core/model';
import { newSource } from '../../src/storage/sources';

export { createDatabase, SCHEMA_VERSIONS } from '../../src/storage/db';
export { openRepositories } from '../../src/storage/index';
export { toNoteRecords } from '../../src/storage/notes';

const FIRST = ['Oksana', 'Dmytro', 'Olena', 'Anton', 'Maria', 'John', 'Aisha', 'Pierre', 'Yuki', 'Carlos', 'Ingrid', 'Tomasz'];
const LAST = ['Markarova', 'Kuleba', 'Zelenska', 'Gerashchenko', 'Smith', 'Dubois', 'Tanaka', 'Garcia', 'Larsen', 'Nowak', 'Okafor', 'Haddad'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zi', 'bra', 'dor', 'fen', 'gul', 'hin', 'jas', 'kor'];
const SENTENCES = [
  'Russia lost 500 tanks in the offensive, the ministry said.',
  '“We will not negotiate under fire,” the president told reporters on Tuesday.',
  'Inflation fell to 3.2 percent in May, according to the statistics office.',
  'The talks collapsed after the delegation walked out, two officials said.',
  'Grain exports rose by a fifth in March, customs data showed.',
];

/** A small deterministic PRNG (mulberry32), so every run measures the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vocabulary of pseudo-words; index 0 is the most frequent. */
export function vocabulary(size: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < size; i++) {
    let w = '';
    let n = i + 7;
    do {
      w += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    out.push(w);
  }
  return out;
}

/** Zipf-ish pick: rank r with probability ∝ 1/(r+1). */
function zipf(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1)) - 1));
}

export interface Notebook {
  notes: Note[];
  pages: Page[];
  sources: Source[];
  speakers: string[];
  vocab: string[];
}

/** The benchmark notebook. */
export function notebook(notes: number, pages: number, sources: number, seed = 42): Notebook {
  const random = rng(seed);
  const vocab = vocabulary(5000);
  const t0 = Date.UTC(2026, 0, 1);
  const iso = (ms: number) => new Date(ms).toISOString();
  const pageUrl = (p: number) => `https://news${p % 40}.example.com/2026/${(p % 12) + 1}/story-${p}`;
  const pageList: Page[] = Array.from({ length: pages }, (_, p) => ({
    url: pageUrl(p), canonicalUrl: null, title: `Story ${p}`, siteName: `News ${p % 40}`, publishedAt: null,
    firstSeenAt: iso(t0 + p * 3_600_000), lastSeenAt: iso(t0 + p * 3_600_000 + 60_000),
  }));
  const speakers = Array.from({ length: sources }, (_, s) => `${FIRST[s % FIRST.length]} ${LAST[Math.floor(s / FIRST.length) % LAST.length]} ${vocab[s]!.replace(/^./, (c) => c.toUpperCase())}`);
  const sourceList = speakers.map((name, s) => ({ ...newSource(name, 'named-person', new Date(t0 + s * 1000)), confidence: ((s % 5) + 1) as 1 }));
  const noteList: Note[] = Array.from({ length: notes }, (_, i) => {
    const text = SENTENCES[i % SENTENCES.length]!;
    const body = Array.from({ length: 14 }, () => vocab[zipf(random, vocab.length)]).join(' ');
    const start = (i % 50) * 400;
    return {
      id: `note-${i}`, pageUrl: pageUrl(i % pages), pageTitle: `Story ${i % pages}`,
      selector: { quote: { exact: text, prefix: 'in the second paragraph, ', suffix: ' The statement added' }, position: { start, end: start + text.length } },
      claimText: text,
      attribution: { speaker: speakers[i % sources]!, role: null, sourceType: 'named-person', cue: 'said', medium: null, via: i % 3 ? 'Reuters' : null },
      verdict: VERDICTS[i % VERDICTS.length] as Verdict, confidence: null, body, evidence: [], tags: [`batch-${i % 20}`],
      createdAt: iso(t0 + i * 60_000), updatedAt: iso(t0 + i * 60_000 + 30_000),
    };
  });
  return { notes: noteList, pages: pageList, sources: sourceList, speakers, vocab };
}
