/**
 * The records Claimlight keeps and the analysis output it produces, in one place.
 * Everything here is plain data (JSON-serialisable), so it crosses message boundaries,
 * lands in IndexedDB and goes into exports unchanged.
 */

// ---------------------------------------------------------------- analysis output

export type ClaimKind = 'quote' | 'attributed' | 'statistic' | 'assertion';
export const CLAIM_KINDS: readonly ClaimKind[] = ['quote', 'attributed', 'statistic', 'assertion'];

export type SourceType = 'named-person' | 'anonymous' | 'organization' | 'news-outlet' | 'vague' | 'document';
export const SOURCE_TYPES: readonly SourceType[] = ['named-person', 'anonymous', 'organization', 'news-outlet', 'vague', 'document'];

/** Who is behind a claim, as detected on the page or as corrected by the reader. */
export interface Attribution {
  speaker: string;
  role: string | null;
  sourceType: SourceType;
  /** The reporting verb or phrase: "said", "according to", "wrote". */
  cue: string | null;
  /** "tweet", "Facebook post", "interview", "statement", … */
  medium: string | null;
  /** The outlet that relayed the statement: "Reuters" in "…, Reuters reported". */
  via: string | null;
}

export interface Claim {
  /** Stable within one analysis: "c0", "c1", … in text order. */
  id: string;
  /** The whole sentence (or quotation), as the page shows it. */
  text: string;
  /** Offsets into the article text map, in UTF-16 code units; `text === mapText.slice(start, end)`. */
  start: number;
  end: number;
  kind: ClaimKind;
  /** 0..1: how much a fact-checker would want to look at it. */
  checkWorthiness: number;
  attribution: Attribution | null;
}

export interface Analysis {
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  isArticle: boolean;
  claims: Claim[];
}

// ---------------------------------------------------------------- anchoring selectors

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets into the article text map, in UTF-16 code units (exports convert to code points). */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface Selector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

// ---------------------------------------------------------------- stored records

export type Verdict =
  | 'unverified'
  | 'accurate'
  | 'mostly-accurate'
  | 'mixed'
  | 'misleading'
  | 'false'
  | 'unsupported'
  | 'opinion';
export const VERDICTS: readonly Verdict[] = [
  'unverified', 'accurate', 'mostly-accurate', 'mixed', 'misleading', 'false', 'unsupported', 'opinion',
];

/** 1 (no confidence) … 5 (full confidence). */
export type Confidence = 1 | 2 | 3 | 4 | 5;

export interface Note {
  id: string;
  /** Normalised page URL (core/url.ts). */
  pageUrl: string;
  pageTitle: string | null;
  selector: Selector;
  claimText: string;
  attribution: Attribution | null;
  verdict: Verdict;
  confidence: Confidence | null;
  /** Plain text, never HTML. */
  body: string;
  evidence: string[];
  tags: string[];
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

export interface Source {
  id: string;
  name: string;
  /** Normalised name for matching (core/claims source keys): case, diacritics, titles, possessives. */
  key: string;
  aliases: string[];
  type: SourceType;
  confidence: Confidence | null;
  notes: string;
  updatedAt: string;
}

export interface Page {
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  siteName: string | null;
  publishedAt: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface Settings {
  autoScan: boolean;
  /** Host name → whether Claimlight runs there; absent means `autoScan`. */
  siteOverrides: Record<string, boolean>;
  kindsShown: ClaimKind[];
  /** Optional colour overrides per claim kind (CSS colour strings). */
  colours: Partial<Record<ClaimKind | 'noted', string>>;
}

export const DEFAULT_SETTINGS: Settings = {
  autoScan: true,
  siteOverrides: {},
  kindsShown: [...CLAIM_KINDS],
  colours: {},
};
