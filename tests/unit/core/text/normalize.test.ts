import { foldText, isCapitalized } from '../../../../src/core/text/normalize';

describe('foldText', () => {
  it('folds curly quotes, no-break spaces and soft hyphens', () => {
    expect(foldText('“Netan\u00ADyahu’s\u00A0 win,”\n he said')).toBe('"Netanyahu\'s win," he said');
  });
});

describe('isCapitalized', () => {
  it('is true only for an upper-case first letter', () => {
    expect(isCapitalized('Óscar')).toBe(true);
    expect(isCapitalized('said')).toBe(false);
    expect(isCapitalized('3M')).toBe(false);
  });
});
