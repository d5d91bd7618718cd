import { analyzeText } from '../../../../src/core/claims/analyze';
import type { Attribution, Claim } from '../../../../src/core/model';
import { textMap } from './helpers';

function analyze(...paragraphs: string[]): Claim[] {
  const { text, blocks } = textMap(...paragraphs);
  return analyzeText(text, blocks, { lang: 'en' });
}

/** The attribution of the claim whose text contains `key`. */
function who(claims: Claim[], key: string): Attribution | null {
  const c = claims.find((x) => x.text.includes(key));
  if (!c) throw new Error(`no claim contains "${key}"`);
  return c.attribution;
}

describe('direct quotes', () => {
  it('speaker after the quote, with a role before the name', () => {
    const a = who(analyze('“The bridge is closed,” Transport Minister Ana Pérez said on Tuesday.'), 'bridge');
    expect(a).toMatchObject({ speaker: 'Ana Pérez', role: 'Transport Minister', sourceType: 'named-person', cue: 'said' });
  });

  it('inverted: said X, the Y', () => {
    const a = who(analyze('“Prices will rise,” said Maria Lopez, chief economist at Northbank.'), 'Prices');
    expect(a).toMatchObject({ speaker: 'Maria Lopez', role: 'chief economist at Northbank', sourceType: 'named-person' });
  });

  it('speaker before a colon', () => {
    const a = who(analyze('The mayor, John Kell, said: “We will rebuild the school by May.”'), 'rebuild');
    expect(a?.speaker).toBe('John Kell');
  });

  it('gives every sentence of a multi-sentence quotation the same speaker', () => {
    const claims = analyze('“We lost three ships. The crews are safe. Nobody was hurt,” Admiral Tom Reyes said.');
    expect(claims.filter((c) => c.attribution?.speaker === 'Tom Reyes')).toHaveLength(3);
  });
});

describe('indirect speech and other cues', () => {
  it('X said that …', () => {
    expect(who(analyze('Senator Joan Miller said that the bill would cost $4 billion.'), 'bill')).toMatchObject({ speaker: 'Joan Miller', cue: 'said', role: 'Senator' });
  });

  it('according to an organisation', () => {
    expect(who(analyze('Unemployment fell to 4.1 percent in March, according to the Labor Department.'), 'Unemployment')).toMatchObject({ speaker: 'Labor Department', sourceType: 'organization', cue: 'according to' });
  });

  it('X, which …, has pledged', () => {
    expect(who(analyze('Norway, which holds the rotating chair, has pledged to double its aid to the region.'), 'double')).toMatchObject({ speaker: 'Norway', sourceType: 'organization' });
  });

  it('a report by X found', () => {
    expect(who(analyze('A report by the Audit Office found that 40 percent of contracts were late.'), 'contracts')?.sourceType).toBe('document');
  });

  it('possessive statement nouns: the Kremlin’s statement', () => {
    expect(who(analyze('The Kremlin’s statement on Friday blamed foreign agents for the blast.'), 'blast')).toMatchObject({ speaker: 'Kremlin', sourceType: 'organization' });
  });
});

describe('source types', () => {
  it('anonymous officials', () => {
    expect(who(analyze('A senior defense official said the troops would leave by June.'), 'troops')).toMatchObject({ sourceType: 'anonymous', speaker: 'senior defense official' });
    expect(who(analyze('Officials say the dam could fail within days.'), 'dam')?.sourceType).toBe('anonymous');
  });

  it('vague crowds and bodies of opinion', () => {
    expect(who(analyze('Analysts expect the central bank to raise rates again in July.'), 'rates')?.sourceType).toBe('vague');
    expect(who(analyze('Critics argue that the new law will hurt small farmers.'), 'farmers')?.sourceType).toBe('vague');
    expect(who(analyze('Many people believe that the vote was rigged in 2020.'), 'rigged')?.sourceType).toBe('vague');
  });

  it('a news outlet as the source', () => {
    expect(who(analyze('CNN reported that the plant had been closed since 2019.'), 'plant')).toMatchObject({ speaker: 'CNN', sourceType: 'news-outlet', via: null });
  });
});

describe('medium and via', () => {
  it('Facebook post and a relaying agency', () => {
    const a = who(analyze('“The city is on fire,” regional governor Oleg Sinegubov wrote in a Facebook post, Reuters reported.'), 'fire');
    expect(a).toMatchObject({ speaker: 'Oleg Sinegubov', medium: 'Facebook post', via: 'Reuters', cue: 'wrote' });
  });

  it('tweeted implies a tweet', () => {
    expect(who(analyze('The Foreign Office tweeted that two diplomats had been expelled on Monday.'), 'diplomats')).toMatchObject({ medium: 'tweet', sourceType: 'organization' });
  });

  it('told an outlet / interview with an outlet', () => {
    expect(who(analyze('A Pentagon official told The Washington Post that 200 troops had arrived.'), 'troops')).toMatchObject({ via: 'Washington Post', sourceType: 'anonymous' });
    expect(who(analyze('Governor Lee Park said in an interview with ABC News that the storm killed 12 people.'), 'storm')).toMatchObject({ via: 'ABC News', medium: 'interview' });
  });

  it('an address during which something was said', () => {
    expect(who(analyze('Smith warned against a “bad deal” during his March 3 address to Congress.'), 'bad deal')?.medium).toBe('address');
  });

  it('does not take an outlet in an unrelated clause as via', () => {
    expect(who(analyze('Roberts said the deal was done, but the BBC’s editor Jon Sopel was not convinced.'), 'deal')?.via).toBeNull();
  });
});

describe('negative cases', () => {
  it('a person as subject of a non-statement is not attributed', () => {
    const claims = analyze('Foreign Minister Sergei Lavrov was originally scheduled to address the council in Geneva on Tuesday, but cancelled his trip.');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.attribution).toBeNull();
  });

  it('passive "was told" is not a statement by the subject', () => {
    const claims = analyze('Mayor Ron Hill was told on Monday that 300 homes had flooded.');
    expect(claims.every((c) => c.attribution === null)).toBe(true);
  });

  it('a noun use of a cue word is not a cue', () => {
    const claims = analyze('The ministry also posted a map of the front line.');
    expect(claims.every((c) => c.attribution === null)).toBe(true);
  });

  it('"is said to" hearsay about a subject is not its statement', () => {
    const claims = analyze('Markets are said to rally as oil prices fall by 8 percent.');
    expect(claims.every((c) => c.attribution === null)).toBe(true);
  });
});

describe('more subject shapes', () => {
  it('generic plural and singular subjects the lexicon does not list', () => {
    expect(who(analyze('Indigenous elders say the whales have been sick since 2019.'), 'whales')).toMatchObject({ sourceType: 'vague', speaker: 'Indigenous elders' });
    expect(who(analyze('One user wrote on the forum that the pills contained 23 percent caffeine.'), 'pills')?.sourceType).toBe('anonymous');
  });

  it('a name inside an appositive, the role outside it', () => {
    expect(who(analyze('Her mother, Fiona, said in a statement that the tablets killed her in 2015.'), 'tablets')).toMatchObject({ speaker: 'Fiona', role: 'Her mother', medium: 'statement' });
  });

  it('", X reported," at the end of a clause', () => {
    expect(who(analyze('Approval fell to 13 percent, The Korea Times reported, down from 19 percent.'), 'Approval')).toMatchObject({ speaker: 'Korea Times', sourceType: 'news-outlet' });
  });

  it('"reports seen by Reuters" keeps the reports as source and Reuters as via', () => {
    expect(who(analyze('Intelligence reports seen by Reuters suggest that 300 troops were moved.'), 'troops')).toMatchObject({ sourceType: 'vague', via: 'Reuters' });
  });

  it('a quantified plural demonym is vague, a negated subject is nobody', () => {
    expect(who(analyze('Many Tunisians accuse the government of acting too slowly in 2013.'), 'slowly')?.sourceType).toBe('vague');
    expect(analyze('No group claimed responsibility for the attack on 3 buses.').every((c) => c.attribution === null)).toBe(true);
  });

  it('"X condemned … and said": a coordinated cue shares the subject', () => {
    expect(who(analyze('Press secretary Josh Earnest condemned the attack and said the U.S. would help.'), 'help')?.speaker).toBe('Josh Earnest');
  });
});

describe('statements relayed through a document', () => {
  it('"according to a statement from X": X speaks, through a statement', () => {
    expect(who(analyze('Two soldiers died on Monday, according to a statement from the Defense Ministry.'), 'soldiers')).toMatchObject({ speaker: 'Defense Ministry', sourceType: 'organization', medium: 'statement' });
  });

  it('"added" needs something said: a quote, "that", or the end of the clause', () => {
    expect(analyze('Apple added a new camera to the phone in 2023.').every((c) => c.attribution === null)).toBe(true);
    expect(who(analyze('“We are done,” Coach Lee Adams added.'), 'done')?.speaker).toBe('Lee Adams');
  });
});

describe('names and media in context', () => {
  it('a nationality word right after a title is a first name', () => {
    expect(who(analyze('Energy Minister German Galushchenko told The Associated Press that repairs could take 3 weeks.'), 'repairs')).toMatchObject({ speaker: 'German Galushchenko', role: 'Energy Minister', via: 'Associated Press' });
  });

  it('the medium is the head of the phrase, not an earlier modifier', () => {
    expect(who(analyze('“We will rebuild,” President Olena Marko said in her nightly video address.'), 'rebuild')?.medium).toBe('address');
  });
});

describe('British and wire-service shapes', () => {
  it('"a source close to X" and "people familiar with" are anonymous', () => {
    expect(who(analyze('A source close to the chancellor said the budget would include £5bn of new spending.'), 'budget')?.sourceType).toBe('anonymous');
    expect(who(analyze('The deal was signed on Friday, according to people familiar with the talks.'), 'deal')?.sourceType).toBe('anonymous');
  });

  it('"a study published in X found" is the study', () => {
    expect(who(analyze('A study published in The Lancet found that the vaccine was 90% effective.'), 'vaccine')?.sourceType).toBe('document');
  });

  it('"The BBC understands" is the outlet; "Opposition MPs" are anonymous; ages are not roles', () => {
    expect(who(analyze('The BBC understands that the inquiry will report in June.'), 'inquiry')).toMatchObject({ speaker: 'BBC', sourceType: 'news-outlet' });
    expect(who(analyze('Opposition MPs claimed the government had lost control of the borders in 2022.'), 'borders')?.sourceType).toBe('anonymous');
    expect(who(analyze('John Smith, 45, told the court that he had been paid £20,000 in cash.'), 'cash')).toMatchObject({ speaker: 'John Smith', role: null });
  });
});

describe('characterisations', () => {
  it('"called it “…”" is a statement; "called for" and "called X" are not', () => {
    const claims = analyze('Senator Mitch McConnell voted for the bill. He called it “a compromise that both sides can live with.”');
    expect(who(claims, 'compromise')?.speaker).toBe('Mitch McConnell');
    expect(analyze('Mayor Ada Chen called for calm after 3 nights of protests.').every((c) => c.attribution === null)).toBe(true);
  });
});

describe('unnamed sources with a place or body', () => {
  it('"officials in Kyiv", "experts at Harvard", "a spokesman for the ministry"', () => {
    expect(who(analyze('Officials in Kyiv said 14 people were killed on Monday.'), 'killed')?.sourceType).toBe('anonymous');
    expect(who(analyze('Experts at Harvard University said the drug cut deaths by 20 percent.'), 'drug')?.sourceType).toBe('vague');
    expect(who(analyze('A spokesman for the ministry said 300 troops had arrived.'), 'troops')?.sourceType).toBe('anonymous');
    expect(who(analyze('The plant will close in 2025, according to officials at the company.'), 'plant')?.sourceType).toBe('anonymous');
  });
});

describe('legal and corporate shapes', () => {
  it('a lawsuit filed in a court is the source, not the court; a negated cue is no statement', () => {
    expect(who(analyze('A lawsuit filed Tuesday in federal court alleges that the app sold data to 12 brokers.'), 'brokers')?.sourceType).toBe('document');
    expect(analyze('Amazon did not respond to a request for comment on the 2023 figures.').every((c) => c.attribution === null)).toBe(true);
  });

  it('"ruled that" is a statement by the judge', () => {
    expect(who(analyze('Judge Maria Alvarez ruled that the case could proceed in 2024.'), 'proceed')?.speaker).toBe('Maria Alvarez');
  });
});

describe('platforms and unlisted outlets', () => {
  it('"in a post on X" is a tweet; "told the Kyiv Post" is via an outlet the table does not list', () => {
    expect(who(analyze('Mayor Vitali Klitschko said in a post on X that 3 districts had lost power.'), 'districts')?.medium).toBe('tweet');
    expect(who(analyze('A Ukrainian commander told the Korea Herald that 40 drones were shot down.'), 'drones')?.via).toBe('Korea Herald');
  });
});

describe('several cues in one sentence', () => {
  it('a later statement outweighs an intention with an infinitive ("vowed to …, but X said …")', () => {
    const a = who(analyze('Mayor Ann Cole spoke on Monday.', 'She promised to fix the roads, but the city auditor Raj Patel said the budget had run out.'), 'promised');
    expect(a).toMatchObject({ speaker: 'Raj Patel', cue: 'said' });
  });

  it('an intention alone keeps its speaker', () => {
    const a = who(analyze('Mayor Ann Cole spoke on Monday.', 'She promised to fix all 40 roads by 2026.'), 'promised');
    expect(a).toMatchObject({ speaker: 'Ann Cole', cue: 'promised' });
  });

  it('a statement first keeps the first speaker, even with a later intention', () => {
    const a = who(analyze('Mayor Ann Cole said the budget had run out, but the city auditor Raj Patel vowed to find the money.'), 'budget');
    expect(a).toMatchObject({ speaker: 'Ann Cole', cue: 'said' });
  });

  it('"according to" is not an intention', () => {
    const a = who(analyze('Prices rose 4 percent in May, according to the statistics office, which said demand was strong.'), 'Prices');
    expect(a?.speaker).toBe('statistics office');
  });
});

describe('bodies named with lower-case modifiers', () => {
  it('keeps the modifiers of a body word: "the Russian space agency said"', () => {
    const a = who(analyze('The Russian space agency said the craft broke up at 190 kilometres.'), 'craft');
    expect(a).toMatchObject({ speaker: 'Russian space agency', sourceType: 'organization' });
  });

  it('after "according to" and in a participle clause', () => {
    expect(who(analyze('Prices rose 5 percent in May, according to Ukraine’s defense ministry.'), 'Prices')?.speaker).toBe("Ukraine's defense ministry");
    const a = who(analyze('The state news agency gave no cause, saying 40 people were hurt.'), 'hurt');
    expect(a?.speaker).toBe('state news agency');
  });

  it('does not take a relative pronoun for a body ("who" is WHO only in capitals)', () => {
    const a = who(analyze('The game crashes, according to a computer programmer who has released code.'), 'crashes');
    expect(a).toMatchObject({ speaker: 'computer programmer', sourceType: 'anonymous' });
  });

  it('a definite body refers back only when its words fit the earlier one', () => {
    const claims = analyze('The Russian space agency said the craft was lost.', 'The agency said 3 engines failed.', 'The state news agency said 40 people died.');
    expect(who(claims, '3 engines')?.speaker).toBe('Russian space agency');
    expect(who(claims, '40 people')?.speaker).toBe('state news agency');
  });
});

describe('names of bodies', () => {
  it('a company name ending in a plural company word is an organization, a surname is not', () => {
    expect(who(analyze('Whole Foods said it has lowered prices on 300 items.'), 'lowered')).toMatchObject({ speaker: 'Whole Foods', sourceType: 'organization' });
    expect(who(analyze('Tom Evans said he had lowered prices on 300 items.'), 'lowered')).toMatchObject({ speaker: 'Tom Evans', sourceType: 'named-person' });
  });

  it('"and" inside a body name joins it, but not between two people', () => {
    expect(who(analyze('The Department of Health and Human Services said 40 people died.'), 'died')?.speaker).toBe('Department of Health and Human Services');
    expect(who(analyze('Senator Mia Park met Tom Evans and Ann Cole, who said 40 people died.'), 'died')?.speaker).not.toContain(' and ');
  });
});
