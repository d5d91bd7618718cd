import { describeQuote, describeSelector } from '../../../../src/core/anchoring/describe-quote';

describe('describeQuote', () => {
  const text = 'Alpha beta gamma delta epsilon zeta eta theta.';

  it('keeps the exact text and up to N characters of context', () => {
    expect(describeQuote(text, 11, 16, 6)).toEqual({ exact: 'gamma', prefix: ' beta ', suffix: ' delta' });
  });

  it('clips context at the ends of the text', () => {
    expect(describeQuote(text, 0, 5, 32)).toEqual({ exact: 'Alpha', prefix: '', suffix: text.slice(5, 37) });
    expect(describeQuote(text, 40, text.length, 100).suffix).toBe('');
  });

  it('throws a RangeError on offsets outside the text', () => {
    expect(() => describeQuote(text, 5, 2)).toThrow(RangeError);
    expect(() => describeQuote(text, 0, text.length + 1)).toThrow(RangeError);
  });

  it('describeSelector stores both the quote and the position', () => {
    const s = describeSelector(text, 6, 10);
    expect(s.position).toEqual({ start: 6, end: 10 });
    expect(s.quote.exact).toBe('beta');
  });
});
