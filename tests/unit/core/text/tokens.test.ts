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
});
