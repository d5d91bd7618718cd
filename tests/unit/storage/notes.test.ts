import 'fake-indexeddb/auto';
import type { Repositories } from '../../../src/storage/index';
import { notesRepository, toNoteRecord, toNoteRecords } from '../../../src/storage/notes';
import { attribution, freshRepositories, makeNote } from './helpers';

describe('notes repository', () => {
  let repos: Repositories;
  beforeEach(() => {
    repos = freshRepositories();
  });
  afterEach(() => repos.db.close());

  it('saves a note and reads it back exactly, without the index fields', async () => {
    const note = makeNote();
    const stored = await repos.notes.save(note);
    expect(stored).toEqual(note);
    expect(await repos.notes.get(note.id)).toEqual(note);
    const raw = await repos.db.notes.get(note.id);
    expect(raw?.sourceKeys).toEqual(['oksana markarova', 'reuters']);
    expect(raw?.words).toEqual(expect.arrayContaining(['checked', 'isw', 'tanks', 'markarova', 'ukraine']));
  });

  it('derives the same stored records in bulk (names and URLs normalised once each) as one by one', () => {
    const notes = [
      makeNote({ id: 'a', pageUrl: 'https://www.example.com/news/story?utm_source=x' }),
      makeNote({ id: 'b', attribution: attribution('Dr. Oksana Markarova', 'The Washington Post') }),
      makeNote({ id: 'c', attribution: attribution('Reuters', 'Reuters') }),
      makeNote({ id: 'd', attribution: null, pageUrl: 'HTTPS://WWW.EXAMPLE.COM/news/story#x' }),
      makeNote({ id: 'e', attribution: attribution('Dr. Oksana Markarova', null), tags: [] }),
    ];
    expect(toNoteRecords(notes)).toEqual(notes.map((n) => toNoteRecord(n)));
  });

  it('finds a page\'s notes under any form of its URL, in text order', async () => {
    await repos.notes.save(makeNote({ id: 'b', selector: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 500, end: 501 } } }));
    await repos.notes.save(makeNote({ id: 'a', selector: { quote: { exact: 'y', prefix: '', suffix: '' }, position: { start: 20, end: 21 } } }));
    await repos.notes.save(makeNote({ id: 'other', pageUrl: 'https://www.example.com/news/other' }));
    const notes = await repos.notes.forPage('HTTPS://www.example.com/news/story/?utm_source=x#top');
    expect(notes.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('normalises the page URL on save', async () => {
    await repos.notes.save(makeNote({ id: 'n', pageUrl: 'https://www.example.com/news/story?fbclid=1' }));
    expect((await repos.notes.get('n'))?.pageUrl).toBe('https://www.example.com/news/story');
  });

  it('records the page of a saved note in the same transaction, without overwriting a known page', async () => {
    await repos.notes.save(makeNote({ pageUrl: 'https://a.example/x', pageTitle: 'A title' }));
    expect((await repos.pages.get('https://a.example/x'))?.title).toBe('A title');
    await repos.pages.visit({ url: 'https://b.example/y', canonicalUrl: null, title: 'Visited', siteName: 'B', publishedAt: null, firstSeenAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-01-02T00:00:00.000Z' });
    await repos.notes.save(makeNote({ pageUrl: 'https://b.example/y', pageTitle: 'Other' }));
    expect((await repos.pages.get('https://b.example/y'))?.siteName).toBe('B');
  });

  it('updates in place when saved again with the same id', async () => {
    const note = makeNote({ id: 'same' });
    await repos.notes.save(note);
    await repos.notes.save({ ...note, verdict: 'false', body: 'Debunked by satellite images.', updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(await repos.notes.count()).toBe(1);
    expect((await repos.notes.search('satellite')).map((n) => n.id)).toEqual(['same']);
    expect(await repos.notes.search('isw')).toEqual([]);
  });

  it('deletes, says whether something was deleted, and can be undone by saving the note again', async () => {
    const note = makeNote({ id: 'gone' });
    await repos.notes.save(note);
    expect(await repos.notes.delete('gone')).toBe(true);
    expect(await repos.notes.delete('gone')).toBe(false);
    expect(await repos.notes.get('gone')).toBeUndefined();
    await repos.notes.save(note);
    expect(await repos.notes.get('gone')).toEqual(note);
  });

  describe('full-text search', () => {
    beforeEach(async () => {
      await repos.notes.saveMany([
        makeNote({ id: 'tanks', body: 'The tank figures come from Oryx.', claimText: 'Russia lost 500 tanks.', attribution: attribution('Volodymyr Zelenskýy'), tags: ['military'], updatedAt: '2026-01-03T00:00:00.000Z' }),
        makeNote({ id: 'grain', body: 'Grain export numbers match the UN.', claimText: 'Exports rose 20%.', attribution: attribution('Oleksandr Kubrakov', 'Associated Press'), tags: ['economy'], updatedAt: '2026-01-02T00:00:00.000Z' }),
        makeNote({ id: 'plain', body: 'Nothing to see.', claimText: 'It rained.', attribution: null, tags: [], pageTitle: 'Weather in Kyiv', updatedAt: '2026-01-01T00:00:00.000Z' }),
      ]);
    });

    it('matches body, claim text, speaker, outlet, tags and page title', async () => {
      const ids = async (q: string) => (await repos.notes.search(q)).map((n) => n.id);
      expect(await ids('oryx')).toEqual(['tanks']);
      expect(await ids('exports')).toEqual(['grain']);
      expect(await ids('kubrakov')).toEqual(['grain']);
      expect(await ids('associated press')).toEqual(['grain']);
      expect(await ids('economy')).toEqual(['grain']);
      expect(await ids('kyiv')).toEqual(['plain']);
    });

    it('ignores case and accents, matches word prefixes, and requires every word', async () => {
      const ids = async (q: string) => (await repos.notes.search(q)).map((n) => n.id);
      expect(await ids('ZELENSKYY')).toEqual(['tanks']);
      expect(await ids('zelen')).toEqual(['tanks']);
      expect(await ids('tank oryx')).toEqual(['tanks']);
      expect(await ids('tank grain')).toEqual([]);
    });

    it('for a word in more notes than it reads at once, walks the newest notes and stops at the limit', async () => {
      // The walk starts above `fetchAllBelow` candidates (400 in use); 5 here keeps the test small.
      const notes = notesRepository(repos.db, { fetchAllBelow: 5, walkWindow: 4, noteCost: 15, walkNoteCost: 6 });
      const many = Array.from({ length: 30 }, (_, i) =>
        makeNote({ id: `c${i}`, body: i % 2 ? 'common word here' : 'common word and rare', updatedAt: new Date(Date.UTC(2026, 1, 1) + i * 1000).toISOString() }));
      await notes.saveMany(many);
      expect((await notes.search('common rare', { limit: 3 })).map((n) => n.id)).toEqual(['c28', 'c26', 'c24']);
      expect((await notes.search('common', { limit: 4 })).map((n) => n.id)).toEqual(['c29', 'c28', 'c27', 'c26']);
      expect((await notes.search('common rare')).length).toBe(15);
      // The read-everything path gives the same answer.
      expect((await repos.notes.search('common rare', { limit: 3 })).map((n) => n.id)).toEqual(['c28', 'c26', 'c24']);
    });

    it('gives the same answer as a plain scan on every search path, with many equal timestamps', async () => {
      // A notebook whose words range from rare to in most notes, so that small tunings send queries down
      // each path (complete key sets, walking the newest notes, intersected counts); half the notes share a
      // timestamp with others, which the newest-first walk must neither skip nor repeat.
      const vocab = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
      let seed = 11;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const notes = Array.from({ length: 240 }, (_, i) => makeNote({
        id: `n${String(i).padStart(3, '0')}`,
        body: vocab.filter((_, r) => random() < 0.9 / (r + 1)).join(' ') || 'kilo',
        claimText: 'x', attribution: null, tags: [], pageTitle: '',
        updatedAt: new Date(Date.UTC(2026, 2, 1) + Math.floor(i / (i % 2 ? 1 : 7)) * 1000).toISOString(),
      }));
      await repos.notes.saveMany(notes);
      const byScan = (query: string, limit: number) => {
        const words = query.split(' ');
        return notes
          .filter((n) => words.every((w) => n.body.split(' ').some((b) => b.startsWith(w))))
          .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : -1))
          .slice(0, limit).map((n) => n.id);
      };
      // The note costs price the plans: cheap keyed reads send every common query to the key walk, dear ones
      // to the newest-first note walk.
      const tunings = [
        { fetchAllBelow: 400, walkWindow: 256, noteCost: 15, walkNoteCost: 6 },
        { fetchAllBelow: 3, walkWindow: 16, noteCost: 15, walkNoteCost: 6 },
        { fetchAllBelow: 3, walkWindow: 5, noteCost: 1, walkNoteCost: 1e3 },
        { fetchAllBelow: 3, walkWindow: 2, noteCost: 1e6, walkNoteCost: 1 },
        { fetchAllBelow: 20, walkWindow: 8, noteCost: 2, walkNoteCost: 1 },
      ];
      const queries = ['alpha', 'bravo', 'juliet', 'alpha bravo', 'bravo charlie', 'india juliet', 'alpha delta golf', 'kilo', 'al br', 'zulu'];
      for (const tuning of tunings) {
        const repo = notesRepository(repos.db, tuning);
        for (const query of queries) {
          for (const limit of [1, 7, 200]) {
            expect([tuning, query, limit, (await repo.search(query, { limit })).map((n) => n.id)]).toEqual([tuning, query, limit, byScan(query, limit)]);
          }
        }
      }
    }, 30_000); // 150 searches on fake-indexeddb, some walking 2 notes at a time

    it('returns newest first, honours the limit, and nothing for an empty or stop-word query', async () => {
      expect((await repos.notes.search('the')).length).toBe(0);
      expect(await repos.notes.search('  ')).toEqual([]);
      await repos.notes.save(makeNote({ id: 'tanks2', body: 'More tanks.', updatedAt: '2026-01-05T00:00:00.000Z' }));
      expect((await repos.notes.search('tanks')).map((n) => n.id)).toEqual(['tanks2', 'tanks']);
      expect((await repos.notes.search('tanks', { limit: 1 })).map((n) => n.id)).toEqual(['tanks2']);
    });
  });

  it('filters by verdict, tag and source keys, newest first', async () => {
    await repos.notes.saveMany([
      makeNote({ id: 'f1', verdict: 'false', tags: ['war'], updatedAt: '2026-01-01T00:00:00.000Z' }),
      makeNote({ id: 'f2', verdict: 'false', tags: ['war', 'energy'], attribution: attribution('Dmytro Kuleba'), updatedAt: '2026-01-04T00:00:00.000Z' }),
      makeNote({ id: 'a1', verdict: 'accurate', tags: ['energy'], attribution: attribution('Someone', 'The Washington Post'), updatedAt: '2026-01-02T00:00:00.000Z' }),
    ]);
    expect((await repos.notes.byVerdict('false')).map((n) => n.id)).toEqual(['f2', 'f1']);
    expect((await repos.notes.byVerdict('opinion'))).toEqual([]);
    expect((await repos.notes.byTag('energy')).map((n) => n.id)).toEqual(['f2', 'a1']);
    expect((await repos.notes.bySourceKeys(['washington post'])).map((n) => n.id)).toEqual(['a1']);
    expect((await repos.notes.bySourceKeys(['dmytro kuleba', 'oksana markarova'])).map((n) => n.id)).toEqual(['f2', 'f1']);
    expect(await repos.notes.bySourceKeys([])).toEqual([]);
    expect(await repos.notes.tags()).toEqual(['energy', 'war']);
  });

  it('lists the most recently edited notes', async () => {
    await repos.notes.saveMany(
      Array.from({ length: 5 }, (_, i) => makeNote({ id: `r${i}`, updatedAt: `2026-01-0${i + 1}T00:00:00.000Z` })),
    );
    expect((await repos.notes.recent(3)).map((n) => n.id)).toEqual(['r4', 'r3', 'r2']);
  });
});
