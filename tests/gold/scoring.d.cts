// Types of scoring.cjs for the TypeScript tests.
import type { Analysis, Attribution, Claim } from '../../src/core/model';

export interface GoldStatement {
  key: string;
  speakerKeys: string[];
  sourceType?: Attribution['sourceType'];
  role?: string;
  viaKeys?: string[];
  mediumKeys?: string[];
  quote?: boolean;
  optional?: boolean;
}
export interface Gold {
  page: string;
  about?: string;
  statements: GoldStatement[];
  checkWorthyUnattributed?: string[];
  neutral?: string[];
  mustNotAttribute?: string[];
  outsideArticle?: string[];
}
export interface FieldScore { n: number; correct: number; wrong: Array<{ entry: GoldStatement; best: Claim }> }
export interface PageScore {
  page: string;
  claims: number;
  attributedClaims: number;
  speaker: { tp: number; fp: number; found: number; required: number };
  sourceType: FieldScore; via: FieldScore; medium: FieldScore; role: FieldScore;
  outsideViolations: Array<{ key: string; claim: Claim }>;
  mustNotViolations: Array<{ key: string; claim: Claim }>;
  checkWorthy: { found: number; n: number; missed: string[] };
  misses: unknown[]; falsePositives: unknown[]; exempt: unknown[];
}
export interface Figures {
  claims: number; attributed: number;
  precision: number | null; recall: number | null; f1: number;
  sourceType: number | null; via: number | null; medium: number | null; role: number | null;
  outside: number; mustNot: number; checkWorthyRecall: number | null;
}
export function fold(s: string): string;
export function decodeEntities(s: string): string;
export function scorePage(gold: Gold, analysis: Analysis, articleText?: string | null): PageScore;
export function figures(scores: PageScore | PageScore[]): Figures;
export function targets(fig: Figures): Array<{ name: string; value: number | null; target: number; ok: boolean }>;
export function formatTable(scores: PageScore[]): string;
export function formatDetails(score: PageScore): string;
export const QUOTATION_RADIUS: number;
