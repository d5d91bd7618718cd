import 'fake-indexeddb/auto';
import type { Source } from '../../../src/core/model';
import { type Repositories, createDatabase, newSource, openRepositories, sourceMatchKeys } from '../../../src/storage/index';
import { attribution, freshRepositories, makeNote } from './helpers';

describe('source book', () => {
  let repos: Repositories;
  beforeEach(() => {
    repos = freshRepositories();
  });
  afterEach(() => repos.db.close());

  const add = (name: string, patch: Partial<Source> = {}) =>
    repos.sources.save({ ...newSource(name, patch.type ?? 'named-person'), ...patch });

  it('stores the normalised key and never exposes alias keys', async () => {
    const s = await add('Dr. Oksana Markárova');
    expect(s.key).toBe('oksana markarova');
    expect(Object.keys(s)).not.toContain('aliasKeys');
    expect((await repos.sources.get(s.id))?.name).toBe('Dr. Oksana Markárova');
  });

  it('finds a person by full name, surname, title and possessive phrase', async () => {
    const s = await add('Oksana Markarova', { confidence: 4, notes: 'Ambassador; careful with numbers.' });
    const found = await repos.sources.lookup(['Oksana Markarova', 'Markarova', "Ukraine's ambassador Markarova", 'Ambassador Oksana Markarova', 'Kuleba']);
    expect(found.map((m) => m.source?.id ?? null)).toEqual([s.id, s.id, s.id, s.id, null]);
    expect(found[0]?.source?.confidence).toBe(4);
    expect(found[4]?.name).toBe('Kuleba');
  });

  it('finds outlets and institutions by nickname and acronym', async () => {
    const wapo = await add('The Washington Post', { type: 'news-outlet' });
    const mod = await add('U.K. Ministry of Defence', { type: 'organization' });
    const found = await repos.sources.lookup(['Washington Post', 'WaPo', 'UK MoD', 'Ministry of Defence', 'The New York Post']);
    expect(found.map((m) => m.source?.id ?? null)).toEqual([wapo.id, wapo.id, mod.id, null, null]);
  });

  it('prefers an exact name over a surname and refuses to guess between two equal matches', async () => {
    const joe = await add('Joe Biden');
    const hunter = await add('Hunter Biden');
    const found = await repos.sources.lookup(['Joe Biden', 'Hunter Biden', 'Biden', 'President Biden']);
    expect(found.map((m) => m.source?.id ?? null)).toEqual([joe.id, hunter.id, null, null]);
    await repos.sources.addAlias(joe.id, 'Biden');
    expect((await repos.sources.lookup(['Biden']))[0]?.source?.id).toBe(joe.id);
  });

  it('sees changes made through another connection (another window) right after they commit', async () => {
    const s = await add('Mykhailo Podolyak');
    expect((await repos.sources.lookup(['Podoliak']))[0]?.source).toBeNull();
    const other = openRepositories(createDatabase({ name: repos.db.name }));
    await other.sources.addAlias(s.id, 'Podoliak');
    await new Promise((r) => setTimeout(r, 20));
    expect((await repos.sources.lookup(['Podoliak']))[0]?.source?.id).toBe(s.id);
    await other.sources.delete(s.id);
    await new Promise((r) => setTimeout(r, 20));
    expect((await repos.sources.lookup(['Mykhailo Podolyak']))[0]?.source).toBeNull();
    other.db.close();
  });

  it('returns an answer per name, in order, for empty input too', async () => {
    expect(await repos.sources.lookup([])).toEqual([]);
    expect(await repos.sources.lookup(['', '  '])).toEqual([{ name: '', source: null }, { name: '  ', source: null }]);
  });

  it('refuses a second source with the same key, with a message that says what to do', async () => {
    await add('The Washington Post');
    await expect(add('Washington Post')).rejects.toThrow(/already in the source book.*merge/);
    expect(await repos.sources.count()).toBe(1);
  });

  it('rename keeps the old name as an alias so old pages still find the source', async () => {
    const s = await add('Oksana Markarova');
    const renamed = await repos.sources.rename(s.id, 'Oksana Markarová-Smith');
    expect(renamed.name).toBe('Oksana Markarová-Smith');
    expect(renamed.aliases).toEqual(['Oksana Markarova']);
    const found = await repos.sources.lookup(['Oksana Markarova', 'Oksana Markarova-Smith']);
    expect(found.map((m) => m.source?.id)).toEqual([s.id, s.id]);
    // A case-only rename adds no alias.
    const again = await repos.sources.rename(s.id, 'OKSANA MARKAROVA-SMITH');
    expect(again.aliases).toEqual(['Oksana Markarova']);
  });

  it('adds and removes aliases, ignoring duplicates by key', async () => {
    const s = await add('Mykhailo Podolyak');
    await repos.sources.addAlias(s.id, 'Podoliak');
    await repos.sources.addAlias(s.id, 'podoliak');
    const withAlias = await repos.sources.addAlias(s.id, 'Mikhail Podolyak');
    expect(withAlias.aliases).toEqual(['Podoliak', 'Mikhail Podolyak']);
    expect((await repos.sources.lookup(['Podoliak']))[0]?.source?.id).toBe(s.id);
    await repos.sources.removeAlias(s.id, 'Podoliak');
    expect((await repos.sources.lookup(['Podoliak']))[0]?.source).toBeNull();
    await expect(repos.sources.addAlias(s.id, '...')).rejects.toThrow(/needs some letters/);
  });

  it('merges two sources without losing their notes, aliases, confidence or text', async () => {
    const keep = await add('Oksana Markarova', { notes: 'Reliable on diplomacy.' });
    const drop = await add('O. Markarova', { confidence: 3, notes: 'Quoted by AP.', aliases: ['Ambassador Markarova'] });
    await repos.notes.saveMany([
      makeNote({ id: 'by-keep', attribution: attribution('Oksana Markarova') }),
      makeNote({ id: 'by-drop', attribution: attribution('O. Markarova') }),
    ]);
    const merged = await repos.sources.merge(keep.id, drop.id);
    expect(await repos.sources.count()).toBe(1);
    expect(merged.aliases).toEqual(['O. Markarova', 'Ambassador Markarova']);
    expect(merged.confidence).toBe(3);
    expect(merged.notes).toBe('Reliable on diplomacy.\n\nQuoted by AP.');
    const notes = await repos.notes.bySourceKeys(sourceMatchKeys(merged));
    expect(notes.map((n) => n.id).sort()).toEqual(['by-drop', 'by-keep']);
    expect((await repos.sources.lookup(['O. Markarova']))[0]?.source?.id).toBe(keep.id);
  });

  it('merge and rename of a missing source fail clearly and change nothing', async () => {
    const s = await add('Reuters', { type: 'news-outlet' });
    await expect(repos.sources.merge(s.id, 'missing')).rejects.toThrow(/no longer in the source book/);
    await expect(repos.sources.rename('missing', 'X')).rejects.toThrow(/no longer in the source book/);
    expect(await repos.sources.all()).toEqual([s]);
  });

  it('lists by name and searches names, aliases and notes ignoring accents', async () => {
    await add('Zoë Baird', { notes: 'Lawyer.' });
    await add('Associated Press', { type: 'news-outlet', aliases: ['AP'] });
    await add('Agence France-Presse', { type: 'news-outlet', notes: 'wire service' });
    expect((await repos.sources.all()).map((s) => s.name)).toEqual(['Agence France-Presse', 'Associated Press', 'Zoë Baird']);
    expect((await repos.sources.search('zoe')).map((s) => s.name)).toEqual(['Zoë Baird']);
    expect((await repos.sources.search('WIRE')).map((s) => s.name)).toEqual(['Agence France-Presse']);
    expect((await repos.sources.search('')).length).toBe(3);
  });

  it('deletes a source and says whether it existed', async () => {
    const s = await add('Reuters');
    expect(await repos.sources.delete(s.id)).toBe(true);
    expect(await repos.sources.delete(s.id)).toBe(false);
  });
});
