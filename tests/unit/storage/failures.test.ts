import 'fake-indexeddb/auto';
import { type Repositories, StorageError, attempt, newSource, toStorageError } from '../../../src/storage/index';
import { freshRepositories, makeNote } from './helpers';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage failures', () => {
  let repos: Repositories;
  beforeEach(() => {
    repos = freshRepositories();
  });
  afterEach(() => repos.db.close());

  it('a failure after the note is written but before its page is recorded leaves no half-written note', async () => {
    repos.db.pages.hook('creating', () => {
      throw new Error('disk went away');
    });
    await expect(repos.notes.save(makeNote({ id: 'half' }))).rejects.toBeInstanceOf(StorageError);
    expect(await repos.db.notes.get('half')).toBeUndefined();
    expect(await repos.db.pages.count()).toBe(0);
  });

  it('an update that fails keeps the previous version of the note', async () => {
    const note = makeNote({ id: 'keep', body: 'First draft.' });
    await repos.notes.save(note);
    const fail = () => {
      throw quotaError();
    };
    repos.db.notes.hook('updating', fail);
    await expect(repos.notes.save({ ...note, body: 'Second draft.' })).rejects.toThrow(/Storage is full/);
    repos.db.notes.hook('updating').unsubscribe(fail);
    expect((await repos.notes.get('keep'))?.body).toBe('First draft.');
  });

  it('a bulk insert that fails on its third note writes none of them', async () => {
    let seen = 0;
    repos.db.notes.hook('creating', () => {
      seen += 1;
      if (seen === 3) throw quotaError();
    });
    const notes = Array.from({ length: 5 }, (_, i) => makeNote({ id: `bulk-${i}` }));
    await expect(repos.notes.saveMany(notes)).rejects.toThrow(/Storage is full/);
    expect(await repos.db.notes.count()).toBe(0);
  });

  it('a merge that fails half-way keeps both sources', async () => {
    const keep = await repos.sources.save(newSource('Oksana Markarova'));
    const drop = await repos.sources.save(newSource('O. Markarova'));
    repos.db.sources.hook('updating', () => {
      throw new Error('crash');
    });
    await expect(repos.sources.merge(keep.id, drop.id)).rejects.toBeInstanceOf(StorageError);
    expect((await repos.db.sources.toArray()).map((s) => s.id).sort()).toEqual([keep.id, drop.id].sort());
  });

  it('"delete everything" empties every table in one go', async () => {
    await repos.notes.save(makeNote());
    await repos.sources.save(newSource('Reuters', 'news-outlet'));
    await repos.settings.save({ autoScan: false, siteOverrides: {}, kindsShown: [], colours: {} });
    await repos.deleteEverything();
    expect([await repos.db.notes.count(), await repos.db.sources.count(), await repos.db.pages.count(), await repos.db.settings.count()]).toEqual([0, 0, 0, 0]);
    expect((await repos.settings.get()).autoScan).toBe(true);
  });

  it('attempt() turns a failure into a Result with the reader-facing message', async () => {
    repos.db.notes.hook('creating', () => {
      throw quotaError();
    });
    const result = await attempt(() => repos.notes.save(makeNote()));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Storage is full/);
    expect(await attempt(() => repos.notes.count())).toEqual({ ok: true, value: 0 });
  });
});

describe('toStorageError', () => {
  it.each([
    [{ name: 'QuotaExceededError' }, /^Storage is full/],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, /^Storage is full/],
    [{ name: 'AbortError', inner: { name: 'Error', message: 'x' } }, /interrupted before it finished, so nothing was written/],
    [{ name: 'VersionError' }, /newer version of Claimlight/],
    [{ name: 'DatabaseClosedError' }, /closed/],
    [{ name: 'OpenFailedError', inner: { name: 'MissingAPIError' } }, /no IndexedDB/],
    [new TypeError('boom'), /^Storage failed: boom$/],
    ['plain string', /^Storage failed: plain string$/],
  ])('%o → %s', (error, message) => {
    const mapped = toStorageError(error);
    expect(mapped).toBeInstanceOf(StorageError);
    expect(mapped.message).toMatch(message);
    expect(mapped.cause).toBe(error);
  });

  it('passes a StorageError through unchanged', () => {
    const e = new StorageError('custom', 'Invalid');
    expect(toStorageError(e)).toBe(e);
  });
});
