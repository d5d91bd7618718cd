import { sourceKey, sourceKeyVariants } from '../../../src/core/source-key';

describe('sourceKey', () => {
  const cases: Array<[string, string]> = [
    ['Oksana Markarova', 'oksana markarova'],
    ['OKSANA  MARKAROVA', 'oksana markarova'],
    ['Oksana Markárova', 'oksana markarova'],
    ['Dr. Oksana Markarova', 'oksana markarova'],
    ['President Volodymyr Zelensky', 'volodymyr zelensky'],
    ['Prime Minister Rishi Sunak', 'rishi sunak'],
    ['Former Secretary of State Antony Blinken', 'antony blinken'],
    ["Ukraine's ambassador Markarova", 'markarova'],
    ['Ukraine’s Ambassador Markarova', 'markarova'],
    ['The Washington Post', 'washington post'],
    ['Washington Post', 'washington post'],
    ['U.K. Ministry of Defence', 'uk ministry of defence'],
    ["Russia's Defence Ministry", 'russia defence ministry'],
    ['Minister of Health', 'minister of health'],
    ['General Motors', 'general motors'],
    ["Conan O'Brien", 'conan obrien'],
    ['Jean-Claude Juncker', 'jean claude juncker'],
    ['Zoë Ångström', 'zoe angstrom'],
    ['the President', 'president'],
    ['Reuters', 'reuters'],
    ['  ', ''],
  ];
  it.each(cases)('%s → %s', (name, key) => {
    expect(sourceKey(name)).toBe(key);
  });
});

describe('sourceKeyVariants', () => {
  const shares = (a: string, b: string) => sourceKeyVariants(a).some((k) => sourceKeyVariants(b).includes(k));

  it('puts the main key first', () => {
    expect(sourceKeyVariants('Dr. Oksana Markarova')[0]).toBe('oksana markarova');
  });

  it('gives a person their surname', () => {
    expect(sourceKeyVariants('Oksana Markarova')).toContain('markarova');
    expect(shares('Oksana Markarova', "Ukraine's ambassador Markarova")).toBe(true);
    expect(shares('Oksana Markarova', 'Markarova')).toBe(true);
  });

  it('gives organisations no surname (the last word of an outlet is not a person)', () => {
    expect(sourceKeyVariants('The Washington Post')).not.toContain('post');
    expect(sourceKeyVariants('UK Ministry of Defence')).not.toContain('defence');
  });

  it('knows outlet nicknames in both directions', () => {
    expect(sourceKeyVariants('WaPo')).toContain('washington post');
    expect(sourceKeyVariants('The Washington Post')).toContain('wapo');
    expect(shares('NYT', 'The New York Times')).toBe(true);
  });

  it('derives acronym forms of institutions', () => {
    expect(sourceKeyVariants('U.K. Ministry of Defence')).toContain('uk mod');
    expect(shares('U.K. Ministry of Defence', 'UK MoD')).toBe(true);
    expect(sourceKeyVariants('Federal Bureau of Investigation')).toContain('fbi');
  });

  it('does not confuse different people or outlets', () => {
    expect(shares('Oksana Markarova', 'Olena Zelenska')).toBe(false);
    expect(shares('The Washington Post', 'The New York Post')).toBe(false);
    expect(shares('Reuters', 'Associated Press')).toBe(false);
  });

  it('returns nothing for an empty name', () => {
    expect(sourceKeyVariants('')).toEqual([]);
  });
});
