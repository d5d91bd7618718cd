import { pairQuotes } from '../../../../src/core/text/quotes';

const quoted = (text: string): string[] => pairQuotes(text, 0, text.length).spans.map((s) => text.slice(s.start, s.end));

describe('pairQuotes', () => {
  it('pairs curly quotes', () => {
    expect(quoted('“One,” he said. “Two.”')).toEqual(['“One,”', '“Two.”']);
  });

  it('pairs straight quotes by position', () => {
    expect(quoted('"One," he said. "Two."')).toEqual(['"One,"', '"Two."']);
  });

  it('closes a curly opening with a straight quote', () => {
    expect(quoted('“We are ready," she said.')).toEqual(['“We are ready,"']);
  });

  it('reports a quotation left open at the end of the block', () => {
    const text = '“That has nothing to do with it,” he said. “But it will matter.';
    const p = pairQuotes(text, 0, text.length);
    expect(p.openAtEnd).toBe(true);
    expect(text.slice((p.spans[1] as { start: number }).start)).toBe('“But it will matter.');
  });

  it('does not treat apostrophes as quotation marks', () => {
    const text = 'It’s Putin’s war, he said.';
    expect(pairQuotes(text, 0, text.length)).toEqual({ spans: [], openAtEnd: false });
  });
});
