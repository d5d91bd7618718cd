import { tokenize } from '../../../../src/core/text/tokens';

describe('tokenize', () => {
  it('keeps abbreviation periods and possessives, drops sentence periods', () => {
    const text = 'The U.K.’s Ministry of Defense said so.';
    const toks = tokenize(text, 0, text.length);
    expect(toks.map((t) => t.text)).toEqual(['The', 'U.K.’s', 'Ministry', 'of', 'Defense', 'said', 'so', '.']);
    const uk = toks[1];
    expect(uk?.possessive).toBe(true);
    expect(uk?.base).toBe('U.K.');
  });

  it('collapses a quotation into one token', () => {
    const text = '“It is clear,” Markarova said.';
    const toks = tokenize(text, 0, text.length, [{ start: 0, end: 14 }]);
    expect(toks.map((t) => t.type)).toEqual(['quote', 'word', 'word', 'punct']);
  });

  it('removes soft hyphens inside words', () => {
    const text = 'Netan\u00ADyahu said';
    expect(tokenize(text, 0, text.length)[0]?.lower).toBe('netanyahu');
  });

  it('lower-cases every word whatever its letters (the all-lower-case fast path must not skip any)', () => {
    const text = 'said SAID Said sAid wait-Time 3D état Été a.m. U.S. o\u2019clock';
    const lowers = tokenize(text, 0, text.length).map((t) => t.lower);
    expect(lowers).toEqual(['said', 'said', 'said', 'said', 'wait-time', '3d', 'état', 'été', 'a.m.', 'u.s.', 'o\u2019clock']);
  });

  it('keeps lower-case words with a soft hyphen clean, and leaves words without one as they are', () => {
    const text = 'extra\u00ADordinary ordinary';
    const toks = tokenize(text, 0, text.length);
    expect(toks.map((t) => [t.text, t.lower])).toEqual([['extraordinary', 'extraordinary'], ['ordinary', 'ordinary']]);
  });
});
