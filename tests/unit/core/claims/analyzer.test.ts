import { analyzeText, createClaimAnalyzer } from '../../../../src/core/claims/analyze';
import { textMap } from './helpers';

describe('createClaimAnalyzer', () => {
  it('keeps ids unique and discourse state across calls', () => {
    const analyzer = createClaimAnalyzer({ lang: 'en' });
    const first = textMap('Health Minister Paula Greene said 1,200 cases were reported on Monday.');
    const a = analyzer.analyzeBlocks(first.text, first.blocks);
    const more = first.text + '\n\nGreene added that 14 hospitals were full.';
    const b = analyzer.analyzeBlocks(more, [{ start: first.text.length + 2, end: more.length, kind: 'paragraph' }]);
    expect(a.map((c) => c.id)).toEqual(['c0']);
    expect(b.map((c) => c.id)).toEqual(['c1']);
    expect(b[0]?.attribution?.speaker).toBe('Paula Greene');
    expect(more.slice(b[0]?.start, b[0]?.end)).toBe(b[0]?.text);
  });

  it('returns claims whose offsets index the text map', () => {
    const { text, blocks } = textMap('Intro line here.', '“Output fell 7 percent,” said Lena Ortiz, an analyst at Fidelity.');
    for (const c of analyzeText(text, blocks)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('non-English pages', () => {
  it('produces no English-rule attributions, only language-neutral figures', () => {
    const { text, blocks } = textMap(
      '«Estamos preparados», dijo el ministro Juan Pérez en una entrevista.',
      'La inflación subió un 12 % en marzo, según el instituto de estadística.',
    );
    const claims = analyzeText(text, blocks, { lang: 'es' });
    expect(claims.every((c) => c.attribution === null)).toBe(true);
    expect(claims.map((c) => c.kind)).toEqual(['statistic']);
  });

  it('detects an undeclared non-English page from its text', () => {
    const para = 'El gobierno dijo que las conversaciones con los sindicatos continuarán la próxima semana en la capital, según fuentes oficiales. ';
    const { text, blocks } = textMap(para.repeat(4), 'El ministro Juan Pérez said que no.');
    expect(analyzeText(text, blocks).every((c) => c.attribution === null)).toBe(true);
  });
});

describe('check-worthiness and kinds', () => {
  it('flags unattributed figures as statistics and skips opinion and questions', () => {
    const { text, blocks } = textMap(
      'The convoy stretched 40 miles north of the capital on Monday.',
      'What happens next?',
      'I think it is a beautiful city.',
    );
    const claims = analyzeText(text, blocks, { lang: 'en' });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'statistic', attribution: null });
    expect(claims[0]?.checkWorthiness).toBeGreaterThan(0.5);
  });

  it('scores attributed claims with figures above plain ones', () => {
    const { text, blocks } = textMap('Sara Kim said the weather was nice.', 'Sara Kim said 3,000 jobs were cut in 2023 because of the merger.');
    const [plain, figures] = analyzeText(text, blocks, { lang: 'en' });
    expect(plain?.kind).toBe('attributed');
    expect((figures?.checkWorthiness ?? 0)).toBeGreaterThan(plain?.checkWorthiness ?? 1);
  });
});

describe('performance', () => {
  it('is linear: a 1,000,000-character live blog costs about 10× a 100,000-character one', () => {
    const para = '“The bridge at Kherson was hit twice overnight,” regional governor Oleg Petrov wrote on Telegram, Reuters reported. Petrov said 14 people were wounded. Analysts expect more strikes. ';
    const build = (n: number): ReturnType<typeof textMap> => {
      const paras: string[] = [];
      let len = 0;
      while (len < n) { paras.push(para + para); len += para.length * 2 + 2; }
      return textMap(...paras);
    };
    const time = (n: number): number => {
      const { text, blocks } = build(n);
      analyzeText(text, blocks); // warm-up
      const t0 = performance.now();
      analyzeText(text, blocks);
      return performance.now() - t0;
    };
    const small = time(100_000);
    const big = time(1_000_000);
    // A ratio, not a time: the machine is shared. Quadratic behaviour would be ~100× here.
    expect(big / small).toBeLessThan(25);
  });
});

describe('pathological input', () => {
  it('a run-on paragraph full of cues and quotes stays fast', () => {
    const unit = 'Officials, saying “no”, and analysts said, warning that Smith, the minister, added, ';
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const t0 = performance.now();
    const claims = analyzeText(text, [{ start: 0, end: text.length, kind: 'paragraph' }], { lang: 'en' });
    expect(claims.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
