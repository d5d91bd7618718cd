import { analyzeText } from '../../../../src/core/claims/analyze';
import type { Claim } from '../../../../src/core/model';
import { textMap } from './helpers';

function analyze(...paragraphs: string[]): Claim[] {
  const { text, blocks } = textMap(...paragraphs);
  return analyzeText(text, blocks, { lang: 'en' });
}

const speakerOf = (claims: Claim[], key: string): string | undefined => claims.find((c) => c.text.includes(key))?.attribution?.speaker;

describe('speaker resolution', () => {
  it('resolves a surname to the full name and keeps the role', () => {
    const claims = analyze(
      'Ambassador Oksana Markarova said the talks had failed on Sunday.',
      'Markarova added that her country would never surrender its territory.',
    );
    const later = claims.find((c) => c.text.includes('surrender'));
    expect(later?.attribution).toMatchObject({ speaker: 'Oksana Markarova', role: 'Ambassador', cue: 'added' });
  });

  it('resolves a surname to a person mentioned earlier without a cue', () => {
    const claims = analyze('Benjamin Netanyahu’s party won 30 seats in the election.', 'Netanyahu warned that he would resist any deal with Iran.');
    expect(speakerOf(claims, 'resist')).toBe('Benjamin Netanyahu');
  });

  it('"the official" refers back to the anonymous official', () => {
    const claims = analyze(
      'An unnamed U.S. official told Reuters that 5,000 troops had crossed the border.',
      '“They are moving fast,” the official said.',
    );
    expect(speakerOf(claims, 'moving fast')).toBe('unnamed U.S. official');
  });

  it('"he said" takes the most recent person source', () => {
    const claims = analyze('Colonel Ivan Petrov said 40 tanks were destroyed on Friday.', 'He said the offensive had stalled near the river.');
    expect(speakerOf(claims, 'stalled')).toBe('Ivan Petrov');
  });
});

describe('quote continuations', () => {
  it('carries a quotation left open into the next paragraph', () => {
    const claims = analyze(
      '“We will not pay,” Finance Minister Rosa Diaz said. “The debt was never ours.',
      '“Our courts have said so twice.”',
    );
    expect(speakerOf(claims, 'courts')).toBe('Rosa Diaz');
  });

  it('carries a statement announced with a colon ("warning that:")', () => {
    const claims = analyze(
      'The health ministry issued a statement on Monday, warning that:',
      '“Hospitals in the north are at 95 percent capacity.',
      '“Staff shortages will worsen before the winter.”',
    );
    expect(speakerOf(claims, 'Hospitals')).toBe('health ministry');
    expect(speakerOf(claims, 'Staff shortages')).toBe('health ministry');
  });

  it('does not carry a closed quotation into a new paragraph', () => {
    const claims = analyze('“We won,” coach Dan Moore said.', '“The referee cost us 3 goals,” one fan shouted at the stadium on Saturday.');
    expect(speakerOf(claims, 'referee')).not.toBe('Dan Moore');
  });
});

describe('pronouns and back-references', () => {
  it('"she said" skips a man named more recently', () => {
    const claims = analyze(
      'Ellen Fetter joined the lab in 1961, and Lorenz gave her a manual on her first day.',
      '“He carried a lot in his head,” she said.',
    );
    expect(speakerOf(claims, 'carried')).toBe('Ellen Fetter');
  });

  it('"the president said" is the person introduced with that title', () => {
    const claims = analyze('President Anna Berg said the budget would pass in May.', 'Later, the president said taxes would not rise.');
    expect(speakerOf(claims, 'taxes')).toBe('Anna Berg');
  });

  it('a lone name never introduced and without a title is an organisation', () => {
    const claims = analyze('Roscosmos said the craft broke up over Siberia on Thursday.');
    expect(claims[0]?.attribution).toMatchObject({ speaker: 'Roscosmos', sourceType: 'organization' });
  });

  it('the writer’s "we’re told" is nobody’s statement', () => {
    const claims = analyze('We’re told there is security footage of the theft from Tuesday night.');
    expect(claims.every((c) => c.attribution === null)).toBe(true);
  });
});

describe('people introduced by title only', () => {
  it('"President Obama" mentioned first makes a later "Obama said" a person', () => {
    const claims = analyze('President Obama met the delegation on Monday in Geneva.', 'Obama said the 2015 talks had failed.');
    expect(claims.find((c) => c.text.includes('talks'))?.attribution).toMatchObject({ speaker: 'Obama', sourceType: 'named-person', role: 'President' });
  });
});

describe('family name first', () => {
  it('"Yoon" resolves to "Yoon Suk Yeol" named earlier', () => {
    const claims = analyze('President Yoon Suk Yeol declared martial law on Tuesday night.', 'Yoon said the order would end within 6 hours.');
    expect(claims.find((c) => c.text.includes('order'))?.attribution).toMatchObject({ speaker: 'Yoon Suk Yeol', sourceType: 'named-person' });
  });
});

describe('definite bodies', () => {
  it('"the company" after "Tesla said" is Tesla; "the ministry" after the Ministry of Defence is that ministry', () => {
    const a = analyze('Tesla said it delivered 400,000 cars in the quarter.', 'The company added that prices would fall in 2024.');
    expect(speakerOf(a, 'prices')).toBe('Tesla');
    const b = analyze('The Ministry of Defence said 12 drones were destroyed overnight.', 'The ministry said air defences were active over 5 regions.');
    expect(speakerOf(b, 'air defences')).toBe('Ministry of Defence');
  });
});
