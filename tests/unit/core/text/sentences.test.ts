import { continuesAfter, isOneSentence, segmentSentences } from '../../../../src/core/text/sentences';

const split = (text: string): string[] => segmentSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('keeps titles with the name that follows', () => {
    expect(split('Mr. Smith met Gen. Jones on Monday. They talked.')).toEqual(['Mr. Smith met Gen. Jones on Monday.', 'They talked.']);
  });

  it('keeps "U.S." inside a sentence before a name, but ends the sentence before a sentence starter', () => {
    expect(split('The U.S. Army said so. It was late.')).toEqual(['The U.S. Army said so.', 'It was late.']);
    expect(split('He moved to the U.S. The next day he left.')).toEqual(['He moved to the U.S.', 'The next day he left.']);
    expect(split('Ukrainian Ambassador to the U.S. Oksana Markarova said it.')).toHaveLength(1);
  });

  it('keeps initials and month abbreviations', () => {
    expect(split('Robert M. Danin said it. J. R. R. Tolkien wrote it.')).toEqual(['Robert M. Danin said it.', 'J. R. R. Tolkien wrote it.']);
    expect(split('It happened on Jan. 6 in Washington.')).toHaveLength(1);
    expect(split('He left in Jan. Nobody noticed.')).toEqual(['He left in Jan.', 'Nobody noticed.']);
  });

  it('splits after a quotation that ends a sentence', () => {
    expect(split('“It is over,” she said. “We lost.” Then she left.')).toEqual(['“It is over,” she said.', '“We lost.”', 'Then she left.']);
  });

  it('returns trimmed offsets into the original string', () => {
    const text = 'xx  First one.  Second one.  yy';
    const spans = segmentSentences(text, 2, text.length - 2);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
  });
});

describe('continuesAfter', () => {
  it('decides from the tables, not from the word alone', () => {
    expect(continuesAfter('Dr.', 'Who')).toBe(true);
    expect(continuesAfter('a.m.', 'The')).toBe(false);
    expect(continuesAfter('a.m.', 'Tuesday')).toBe(true);
    expect(continuesAfter('said.', 'The')).toBe(false);
    expect(continuesAfter('Wait...', 'What')).toBe(false);
  });
});

describe('number and time abbreviations', () => {
  it('"No." continues only before a number; "a.m." only into a day or zone', () => {
    expect(split('He said no. Then he left.')).toEqual(['He said no.', 'Then he left.']);
    expect(split('It is ranked No. 10 in the world.')).toHaveLength(1);
    expect(split('The blast came at 9 a.m. Police arrived at noon.')).toEqual(['The blast came at 9 a.m.', 'Police arrived at noon.']);
    expect(split('Polls close at 8 p.m. ET on Tuesday.')).toHaveLength(1);
  });
});

describe('isOneSentence (the segmenter is skipped only where it could not break)', () => {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const icuCount = (s: string): number => [...seg.segment(s)].length;

  it('accepts single sentences, with closing quotes and trailing space', () => {
    for (const s of ['The bridge is closed', 'Prices rose 4% in May.', 'He said “no!”  ', 'Ça a coûté cinq euros?', 'It ended (finally).']) {
      expect(isOneSentence(s, 0, s.length)).toBe(true);
      expect(icuCount(s)).toBe(1);
    }
  });

  it('leaves to the segmenter anything it might break', () => {
    for (const s of ['It rained. Then it stopped.', 'Wait... what', 'Line one\nline two', 'U.S. troops left', 'Done. ) next', 'Pay 3.5 now', 'Why?! Because', 'It ended… maybe']) {
      expect(isOneSentence(s, 0, s.length)).toBe(false);
    }
  });

  it('never says one sentence where Intl.Segmenter finds two (random strings)', () => {
    const alphabet = ['a', 'B', 'é', '3', ' ', '.', '!', '?', ')', ']', '"', '’', '”', '“', ',', '(', '—', '\u00A0', '…', '\n'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5000; n++) {
      let s = 'He said';
      const len = 1 + Math.floor(next() * 12);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(next() * alphabet.length)];
      if (isOneSentence(s, 0, s.length)) expect(icuCount(s)).toBe(1);
    }
  });
});
