// schema.org ClaimReview: one per reviewed claim, with the rating scale and labels fact-checkers publish.
import { VERDICTS, type Verdict } from '../../../src/core/model';
import { noteToClaimReview, notesToClaimReviews } from '../../../src/export/claim-review';
import { makeNote, sampleData } from './records';

describe('noteToClaimReview', () => {
  test('the full shape for a named person’s claim', () => {
    const note = makeNote({ verdict: 'misleading', updatedAt: '2026-05-04T23:30:00.000Z' });
    expect(noteToClaimReview(note, { publisherUrl: 'https://factcheck.example/reviews/minsk#old', publisherName: 'Example Checks' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://factcheck.example/reviews/minsk#claim-${note.id}`,
      claimReviewed: note.claimText,
      datePublished: '2026-05-04',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Anton Gerashchenko' },
        appearance: { '@type': 'CreativeWork', url: note.pageUrl, headline: note.pageTitle },
      },
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' },
      author: { '@type': 'Organization', name: 'Example Checks', url: 'https://factcheck.example/reviews/minsk#old' },
    });
  });

  test.each([
    ['accurate', 5, 'Accurate'],
    ['mostly-accurate', 4, 'Mostly accurate'],
    ['mixed', 3, 'Mixed'],
    ['misleading', 2, 'Misleading'],
    ['false', 1, 'False'],
  ] as const)('%s rates %i (“%s”) on the 1–5 scale', (verdict, rating, label) => {
    expect(noteToClaimReview(makeNote({ verdict }))!.reviewRating).toEqual({ '@type': 'Rating', ratingValue: rating, bestRating: 5, worstRating: 1, alternateName: label });
  });

  test.each(['opinion', 'unsupported'] as const)('%s has a label but no number (it says nothing about truth)', (verdict) => {
    const rating = noteToClaimReview(makeNote({ verdict }))!.reviewRating;
    expect(rating).not.toHaveProperty('ratingValue');
    expect(rating.alternateName).toMatch(/^[A-Z]/);
  });

  test('every verdict but unverified gives a review whose rating stays within its declared bounds', () => {
    for (const verdict of VERDICTS.filter((v): v is Exclude<Verdict, 'unverified'> => v !== 'unverified')) {
      const r = noteToClaimReview(makeNote({ verdict }))!;
      const v = r.reviewRating.ratingValue;
      if (v !== undefined) expect(v >= r.reviewRating.worstRating && v <= r.reviewRating.bestRating).toBe(true);
    }
  });

  test('unverified notes are not reviews', () => {
    expect(noteToClaimReview(makeNote({ verdict: 'unverified' }))).toBeNull();
  });

  test.each([
    ['organization', 'Organization'],
    ['news-outlet', 'Organization'],
    ['named-person', 'Person'],
  ] as const)('a %s speaker is a %s author', (sourceType, type) => {
    const note = makeNote({ attribution: { speaker: 'X', role: null, sourceType, cue: null, medium: null, via: null } });
    expect(noteToClaimReview(note)!.itemReviewed.author).toEqual({ '@type': type, name: 'X' });
  });

  test.each(['anonymous', 'vague', 'document'] as const)('a %s source gives no author rather than a made-up one', (sourceType) => {
    const note = makeNote({ attribution: { speaker: 'officials', role: null, sourceType, cue: null, medium: null, via: null } });
    expect(noteToClaimReview(note)!.itemReviewed).not.toHaveProperty('author');
    expect(noteToClaimReview(makeNote({ attribution: null }))!.itemReviewed).not.toHaveProperty('author');
  });

  test('without a publisher URL the review is identified by the note’s urn:uuid', () => {
    const note = makeNote({ verdict: 'false' });
    const r = noteToClaimReview(note)!;
    expect(r.url).toBe(`urn:uuid:${note.id}`);
    expect(r).not.toHaveProperty('author');
  });
});

test('notesToClaimReviews keeps the reviewed notes, in order, and survives JSON', () => {
  const { notes } = sampleData();
  const reviews = notesToClaimReviews(notes);
  expect(reviews.map((r) => r.claimReviewed)).toEqual(notes.filter((n) => n.verdict !== 'unverified').map((n) => n.claimText));
  expect(JSON.parse(JSON.stringify(reviews))).toEqual(reviews);
});
