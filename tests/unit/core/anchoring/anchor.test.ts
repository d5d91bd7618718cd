import * as fs from 'node:fs';
import * as path from 'node:path';
import { anchor } from '../../../../src/core/anchoring/anchor';
import { describeSelector } from '../../../../src/core/anchoring/describe-quote';

const SHARED = path.resolve(__dirname, '../../../..', '../shared');

/** Visible-ish text of a real page: tags stripped, whitespace collapsed (good enough for string tests). */
function pageText(name: string): string {
  const html = fs.readFileSync(path.join(SHARED, 'fixtures/pages', name, 'source.html'), 'utf8');
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ');
}

const article = [
  'The ministry said on Tuesday that the talks in Minsk had collapsed after six hours.',
  'Officials from both sides declined to comment on the reports.',
  '"We will not negotiate under fire," the spokesman told Reuters in a telephone interview.',
  'According to the United Nations, more than 12,000 people have been displaced since March.',
  'The ministry said on Tuesday that new talks would be scheduled.',
].join('\n\n');

function selectorFor(text: string, passage: string) {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`passage not in text: ${passage}`);
  return describeSelector(text, start, start + passage.length);
}

describe('anchor', () => {
  const passage = '"We will not negotiate under fire," the spokesman told Reuters';

  it('uses the stored position when the text there still equals the quote', () => {
    const s = selectorFor(article, passage);
    expect(anchor(article, s)).toEqual({ start: s.position.start, end: s.position.end, method: 'position', score: 1 });
  });

  it('finds the quote by exact search when a paragraph was added before it', () => {
    const s = selectorFor(article, passage);
    const changed = 'BREAKING: A new paragraph that was not there when the note was made.\n\n' + article;
    const r = anchor(changed, s);
    expect(r?.method).toBe('exact');
    expect(changed.slice(r!.start, r!.end)).toBe(passage);
    expect(r!.score).toBeGreaterThan(0.95);
  });

  it('picks the repeated quote whose prefix and suffix agree, not the first or nearest one', () => {
    const repeated = 'The ministry said on Tuesday that';
    const second = article.lastIndexOf(repeated);
    const s = describeSelector(article, second, second + repeated.length);
    // Shift everything so the stored position no longer matches, and put the first copy nearer the hint.
    const changed = 'x'.repeat(40) + article;
    const r = anchor(changed, { ...s, position: { start: 0, end: repeated.length } });
    expect(r?.method).toBe('exact');
    expect(r!.start).toBe(second + 40);
  });

  it('still anchors (fuzzy) when a word inside the passage was changed, and covers the new wording', () => {
    const s = selectorFor(article, passage);
    const changed = ('Intro paragraph added later.\n\n' + article).replace('negotiate under fire', 'negotiate under shelling');
    const r = anchor(changed, s);
    expect(r?.method).toBe('fuzzy');
    expect(changed.slice(r!.start, r!.end)).toBe('"We will not negotiate under shelling," the spokesman told Reuters');
    expect(r!.score).toBeGreaterThan(0.7);
    expect(r!.score).toBeLessThan(1);
  });

  it('returns null (an orphan) when the passage was removed', () => {
    const s = selectorFor(article, passage);
    const removed = article.replace(/"We will not[^\n]*\n\n/, '');
    expect(removed).not.toContain('negotiate');
    expect(anchor(removed, s)).toBeNull();
  });

  it('returns null for an empty quote instead of matching everywhere', () => {
    expect(anchor(article, { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } })).toBeNull();
  });

  it('anchors edited notes on a real page (nytimes-4 text) and orphans removed ones', () => {
    const text = pageText('nytimes-4');
    const passages = [200, 600, 1500].map((frac) => {
      const start = Math.floor((text.length * frac) / 2000);
      return describeSelector(text, start, start + 120);
    });
    for (const s of passages) {
      const original = s.quote.exact;
      // Four characters in the middle replaced by three: one substitution-heavy, length-changing edit.
      const edited = original.slice(0, 50) + 'QQQ' + original.slice(54);
      const changed = 'Prepended line. ' + text.replace(original, edited);
      const r = anchor(changed, s);
      expect(r?.method).toBe('fuzzy');
      expect(changed.slice(r!.start, r!.end)).toBe(edited);
      expect(anchor(text.replace(original, ''), s)).toBeNull();
    }
  });

  it('bounds the fuzzy work on a 5 MB text: an unanchorable long quote gives up fast', () => {
    const base = pageText('yahoo-3');
    let big = '';
    while (big.length < 5_000_000) big += base;
    const start = 2_500_000;
    const s = describeSelector(big, start, start + 3000);
    // Replace the passage everywhere by scrambled text: no exact hit, and every candidate window is a miss.
    const scrambled = big.split(s.quote.exact).join(s.quote.exact.split('').reverse().join(''));
    const t0 = performance.now();
    const r = anchor(scrambled, s);
    const elapsed = performance.now() - t0;
    // Generous for loaded CI machines: an unbounded search here would take many seconds, not one.
    expect(elapsed).toBeLessThan(1500);
    // Whatever it returns, it must be a real near-match, never a hang or garbage.
    if (r) expect(r.score).toBeGreaterThan(0.5);
  });

  it('a fuzzy anchor on a 5 MB text with a slightly edited passage completes within the time bound', () => {
    let big = '';
    let i = 0;
    while (big.length < 5_000_000) big += `Paragraph ${i++}: the council reported figures that varied from week to week. `;
    const passage2 = 'The rare statement by Gerashchenko, an adviser, was posted on Facebook late on Sunday night.';
    const at = 4_000_000;
    const text = big.slice(0, at) + passage2 + big.slice(at);
    const s = describeSelector(text, at, at + passage2.length);
    const changed = text.replace('late on Sunday', 'early on Monday');
    const t0 = performance.now();
    const r = anchor(changed, { ...s, position: { start: 12, end: 40 } });
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(r?.method).toBe('fuzzy');
    expect(changed.slice(r!.start, r!.end)).toContain('early on Monday night');
  });
});
