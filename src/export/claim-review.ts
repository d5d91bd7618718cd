/**
 * schema.org ClaimReview JSON-LD for each claim the reader has ruled on, for fact-checkers who publish
 * their reviews (search engines read this markup from the review page). Notes still 'unverified' are
 * not reviews and are left out.
 */
import type { Note, SourceType } from '../core/model';
import { noteUrn } from './note-urn';
import { VERDICT_INFO } from './verdict-labels';

/** Which schema.org type a claim's author gets; null where the author is unknown (anonymous, vague). */
const AUTHOR_TYPE: Readonly<Record<SourceType, 'Person' | 'Organization' | null>> = {
  'named-person': 'Person',
  organization: 'Organization',
  'news-outlet': 'Organization',
  document: null,
  anonymous: null,
  vague: null,
};

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    appearance: { '@type': 'CreativeWork'; url: string; headline?: string };
  };
  reviewRating: {
    '@type': 'Rating';
    ratingValue?: number;
    bestRating: 5;
    worstRating: 1;
    alternateName: string;
  };
  author?: { '@type': 'Organization' | 'Person'; name: string; url?: string };
}

export interface ClaimReviewOptions {
  /**
   * Where the reader publishes reviews. Each review's `url` is this plus `#claim-<note id>`. Without it
   * the url is the note's URN (note-urn.ts: a stable identifier, to be replaced when the review is published).
   */
  publisherUrl?: string;
  /** The fact-checking organisation, as the review's author. */
  publisherName?: string;
}

/** The ClaimReview for one note, or null when the note has no verdict yet. */
export function noteToClaimReview(note: Note, opts: ClaimReviewOptions = {}): ClaimReview | null {
  if (note.verdict === 'unverified') return null;
  const info = VERDICT_INFO[note.verdict];
  const a = note.attribution;
  const authorType = a ? AUTHOR_TYPE[a.sourceType] : null;
  const review: ClaimReview = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: opts.publisherUrl ? `${opts.publisherUrl.replace(/#.*$/, '')}#claim-${encodeURIComponent(note.id)}` : noteUrn(note.id),
    claimReviewed: note.claimText || note.selector.quote.exact,
    // schema.org Date: the day the review was last changed.
    datePublished: note.updatedAt.slice(0, 10),
    itemReviewed: {
      '@type': 'Claim',
      ...(a && authorType ? { author: { '@type': authorType, name: a.speaker } } : {}),
      appearance: { '@type': 'CreativeWork', url: note.pageUrl, ...(note.pageTitle ? { headline: note.pageTitle } : {}) },
    },
    reviewRating: {
      '@type': 'Rating',
      ...(info.rating !== null ? { ratingValue: info.rating } : {}),
      bestRating: 5,
      worstRating: 1,
      alternateName: info.label,
    },
  };
  if (opts.publisherName) {
    review.author = { '@type': 'Organization', name: opts.publisherName, ...(opts.publisherUrl ? { url: opts.publisherUrl } : {}) };
  }
  return review;
}

/** All reviewed notes as ClaimReview objects (in the notes' order); unverified notes are skipped. */
export function notesToClaimReviews(notes: readonly Note[], opts: ClaimReviewOptions = {}): ClaimReview[] {
  return notes.map((n) => noteToClaimReview(n, opts)).filter((r): r is ClaimReview => r !== null);
}
