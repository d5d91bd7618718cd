// The JSON error locator agrees with JSON.parse about what is valid, and points at the right place.
import { findJsonSyntaxError } from '../../../src/export/json-syntax-error';
import { makeBackup, serializeBackup } from '../../../src/export/backup-format';
import { sampleData } from './records';

/** Deterministic pseudo-random numbers (mulberry32) so a failing mutation can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const valid = serializeBackup(makeBackup(sampleData(), new Date('2026-05-03T00:00:00Z')));

test('a valid backup has no syntax error', () => {
  expect(findJsonSyntaxError(valid)).toBeNull();
});

test('on 2,000 random corruptions of a backup, it finds an error exactly when JSON.parse does', () => {
  const random = rng(42);
  const junk = ['', ',', '}', ']', '"', '\\', ':', '\n', 'x', '0', '-', '.', 'e', '{', '['];
  for (let k = 0; k < 2000; k++) {
    const at = Math.floor(random() * valid.length);
    const cut = Math.floor(random() * 3);
    const insert = junk[Math.floor(random() * junk.length)]!;
    const text = valid.slice(0, at) + insert + valid.slice(at + cut);
    let parses = true;
    try { JSON.parse(text); } catch { parses = false; }
    const err = findJsonSyntaxError(text);
    if ((err === null) !== parses) throw new Error(`disagreement on mutation ${k} at ${at}: ${JSON.stringify(text.slice(at - 20, at + 20))}`);
  }
});

test.each([
  ['{"a": 1,}', 1, 9, /expected a property name/],
  ['{\n  "a": [1, 2\n}', 3, 1, /expected ',' or ']'/],
  ['{"a": tru}', 1, 7, /expected a value/],
  ['{"a": "x\ty"}', 1, 9, /control character/],
  ['{"a": 1} extra', 1, 10, /after the end/],
  ['', 1, 1, /end of file/],
  ['{"a": 01}', 1, 8, /expected ',' or '}'/],
])('%j → line %i, column %i', (text, line, column, message) => {
  expect(findJsonSyntaxError(text)).toMatchObject({ line, column, message: expect.stringMatching(message) });
});

test('deep nesting is reported, not a stack overflow', () => {
  expect(findJsonSyntaxError('['.repeat(100_000))).toMatchObject({ message: expect.stringMatching(/nesting deeper/) });
});
