/**
 * The readable (non-JSON) report of `claimlight analyze`: one block per claim with who says it, what kind
 * of source that is and through which outlet, for a person reading a terminal.
 */
import type { Analysis, Claim } from '../core/model';

const WRAP = 100;

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function describeSource(c: Claim): string {
  const a = c.attribution;
  if (!a) return 'no source given';
  const parts = [`${a.speaker} (${a.sourceType}${a.role ? `, ${a.role}` : ''})`];
  if (a.cue) parts.push(`cue "${a.cue}"`);
  if (a.medium) parts.push(`in ${a.medium}`);
  if (a.via) parts.push(`via ${a.via}`);
  return parts.join('; ');
}

/** The report for one analysed page; `label` names the input (file path or "stdin"). */
export function formatReport(label: string, analysis: Analysis, reason: string, ms: number): string {
  const lines: string[] = [];
  lines.push(`${label}`);
  if (analysis.title) lines.push(`  title:     ${analysis.title}`);
  if (analysis.canonicalUrl || analysis.url) lines.push(`  url:       ${analysis.canonicalUrl ?? analysis.url}`);
  const attributed = analysis.claims.filter((c) => c.attribution).length;
  lines.push(`  article:   ${analysis.isArticle ? 'yes' : 'no'} (${reason})`);
  lines.push(`  claims:    ${analysis.claims.length}, ${attributed} attributed (${ms.toFixed(0)} ms)`);
  analysis.claims.forEach((c, i) => {
    lines.push('');
    lines.push(`  ${String(i + 1).padStart(3)}. [${c.kind}, ${c.checkWorthiness.toFixed(2)}] ${clip(c.text, WRAP)}`);
    lines.push(`       ${describeSource(c)}`);
  });
  return `${lines.join('\n')}\n`;
}
