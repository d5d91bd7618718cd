import { bestApproxMatch } from '../../../../src/core/anchoring/edit-distance';

/** Reference: plain DP of the best (fewest edits) substring match of pattern in text. */
function naiveBest(text: string, pattern: string): number {
  let prev = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const cur = new Array<number>(text.length + 1).fill(0);
    cur[0] = i;
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j - 1]! + cost, prev[j]! + 1, cur[j - 1]! + 1);
    }
    prev = cur;
  }
  return Math.min(...prev);
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
  return d[a.length]![b.length]!;
}

/** Small deterministic PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('bestApproxMatch', () => {
  it('finds an exact occurrence with zero errors', () => {
    expect(bestApproxMatch('the quick brown fox', 'brown', 2)).toEqual({ start: 10, end: 15, errors: 0 });
  });

  it('finds a match with one substituted character and reports its span', () => {
    const m = bestApproxMatch('officials said the talks failed', 'the tolks', 2);
    expect(m).toEqual({ start: 15, end: 24, errors: 1 });
  });

  it('returns null when every occurrence needs more edits than allowed', () => {
    expect(bestApproxMatch('aaaaaaaaaaaaaaaaaaaa', 'bbbbbb', 2)).toBeNull();
  });

  it('agrees with a plain dynamic-programming reference on random strings, across 32-char block boundaries', () => {
    const rand = rng(42);
    const alphabet = 'abcd ';
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let trial = 0; trial < 150; trial++) {
      const pattern = pick(1 + Math.floor(rand() * 80));
      const text = pick(Math.floor(rand() * 120));
      const expected = naiveBest(text, pattern);
      const m = bestApproxMatch(text, pattern, pattern.length);
      expect(m?.errors ?? pattern.length).toBe(Math.min(expected, pattern.length));
      if (m) {
        // The reported span really is that close to the pattern.
        expect(editDistance(text.slice(m.start, m.end), pattern)).toBe(m.errors);
      }
    }
  });
});
