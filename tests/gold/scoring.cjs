// Gold scoring: compares an analysis (DESIGN.md "Analysis output") with a hand-labelled *.gold.json,
// by the rules of ../shared/fixtures/news/README.md and each gold file's `about`. Pure functions, no I/O,
// shared by `node tests/gold/score.mjs` and tests/unit/gold/gold.test.ts. CommonJS so both can load it.
'use strict';

/** Radius (characters of article text) of the multi-sentence-quotation rule. */
const QUOTATION_RADIUS = 400;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

/** HTML entities decoded (named subset + numeric). */
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The README's folding: entities decoded, white space runs (nbsp too) → ' ', curly quotes straight, soft hyphens gone. */
function fold(s) {
  return decodeEntities(String(s ?? ''))
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ');
}

const lower = (s) => fold(s).toLowerCase();
const containsAny = (value, keys) => value != null && keys.some((k) => lower(value).includes(lower(k)));

/** Role check: one contains the other, case- and fold-insensitively. */
function roleMatches(detected, expected) {
  if (!detected) return false;
  const a = lower(detected).trim();
  const b = lower(expected).trim();
  return a.length >= 3 && (a.includes(b) || b.includes(a));
}

/** Every occurrence of each key in the (folded) article text: [start, end] pairs. */
function keyPositions(text, key) {
  const out = [];
  if (!text || !key) return out;
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) out.push([i, i + key.length]);
  return out;
}

/**
 * Scores one page. `analysis` is the analysis object; `articleText` (optional) is the text map string the
 * claims' offsets index into, needed for the multi-sentence-quotation rule (without it, claim text
 * search in the other claims stands in).
 */
function scorePage(gold, analysis, articleText) {
  const claims = (analysis && analysis.claims) || [];
  const folded = claims.map((c) => fold(c.text));
  const text = articleText != null ? fold(articleText) : null;
  const statements = gold.statements || [];

  const entries = statements.map((entry, index) => {
    const key = fold(entry.key);
    const matching = [];
    folded.forEach((t, i) => { if (t.includes(key)) matching.push(i); });
    const right = matching.filter((i) => claims[i].attribution && containsAny(claims[i].attribution.speaker, entry.speakerKeys));
    const attributed = matching.filter((i) => claims[i].attribution);
    const best = right[0] ?? attributed[0] ?? matching[0];
    return { index, entry, key, matching, correct: right.length > 0, best: best === undefined ? null : claims[best] };
  });

  // Where each entry's key sits in the article text (for the quotation rule).
  const entryPos = entries.map((e) => {
    if (text) return keyPositions(text, e.key);
    return e.matching.map((i) => [claims[i].start, claims[i].end]);
  });

  // ---- precision over attributed claims
  const neutral = (gold.neutral || []).map(fold);
  let tp = 0;
  let fp = 0;
  const falsePositives = [];
  const exempt = [];
  claims.forEach((c, i) => {
    if (!c.attribution) return;
    const t = folded[i];
    const matched = entries.filter((e) => t.includes(e.key));
    if (matched.some((e) => containsAny(c.attribution.speaker, e.entry.speakerKeys))) {
      tp += 1;
      return;
    }
    if (matched.length === 0) {
      if (neutral.some((k) => t.includes(k))) {
        exempt.push({ claim: c, why: 'neutral' });
        return;
      }
      const near = entries.some((e, j) => containsAny(c.attribution.speaker, e.entry.speakerKeys)
        && entryPos[j].some(([s, en]) => s - c.end <= QUOTATION_RADIUS && c.start - en <= QUOTATION_RADIUS));
      if (near) {
        exempt.push({ claim: c, why: 'quotation' });
        return;
      }
    }
    fp += 1;
    falsePositives.push({ claim: c, expected: matched.map((e) => e.entry.speakerKeys.join('|')) });
  });

  // ---- recall: optional entries count only when found
  const counted = entries.filter((e) => !e.entry.optional || e.correct);
  const found = counted.filter((e) => e.correct).length;
  const misses = counted.filter((e) => !e.correct);

  // ---- field accuracies on the best matching claim of entries that have an attributed claim
  const field = (has, ok) => {
    const scored = entries.filter((e) => has(e.entry) && e.best && e.best.attribution && (!e.entry.optional || e.correct));
    const wrong = scored.filter((e) => !ok(e.entry, e.best.attribution));
    return { n: scored.length, correct: scored.length - wrong.length, wrong };
  };
  const sourceType = field((g) => !!g.sourceType, (g, a) => a.sourceType === g.sourceType);
  const via = field((g) => Array.isArray(g.viaKeys) && g.viaKeys.length > 0, (g, a) => containsAny(a.via, g.viaKeys));
  const medium = field((g) => Array.isArray(g.mediumKeys) && g.mediumKeys.length > 0, (g, a) => containsAny(a.medium, g.mediumKeys));
  const role = field((g) => !!g.role, (g, a) => roleMatches(a.role, g.role));

  // ---- violations and check-worthy recall
  const claimsWith = (key) => { const k = fold(key); return claims.filter((c, i) => folded[i].includes(k)); };
  const outside = (gold.outsideArticle || []).flatMap((key) => claimsWith(key).map((claim) => ({ key, claim })));
  const mustNot = (gold.mustNotAttribute || []).flatMap((key) => claimsWith(key).filter((c) => c.attribution).map((claim) => ({ key, claim })));
  const cw = gold.checkWorthyUnattributed || [];
  const cwFound = cw.filter((key) => claimsWith(key).length > 0);

  return {
    page: gold.page,
    claims: claims.length,
    attributedClaims: claims.filter((c) => c.attribution).length,
    speaker: { tp, fp, found, required: counted.length },
    sourceType, via, medium, role,
    outsideViolations: outside,
    mustNotViolations: mustNot,
    checkWorthy: { found: cwFound.length, n: cw.length, missed: cw.filter((k) => !cwFound.includes(k)) },
    misses, falsePositives, exempt,
  };
}

const ratio = (a, b) => (b === 0 ? null : a / b);
const f1 = (p, r) => (p == null || r == null || p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Figures of one page or of several summed (micro-averaged). */
function figures(scores) {
  const list = Array.isArray(scores) ? scores : [scores];
  const sum = (f) => list.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.speaker.tp);
  const fp = sum((s) => s.speaker.fp);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(sum((s) => s.speaker.found), sum((s) => s.speaker.required));
  const acc = (k) => ratio(sum((s) => s[k].correct), sum((s) => s[k].n));
  return {
    claims: sum((s) => s.claims),
    attributed: sum((s) => s.attributedClaims),
    precision, recall, f1: f1(precision ?? 0, recall ?? 0),
    sourceType: acc('sourceType'), via: acc('via'), medium: acc('medium'), role: acc('role'),
    outside: sum((s) => s.outsideViolations.length),
    mustNot: sum((s) => s.mustNotViolations.length),
    checkWorthyRecall: ratio(sum((s) => s.checkWorthy.found), sum((s) => s.checkWorthy.n)),
  };
}

/** The issue's targets, checked on overall figures: [{name, value, target, ok}]. */
function targets(fig) {
  return [
    { name: 'speaker F1', value: fig.f1, target: 0.9, ok: fig.f1 >= 0.9 },
    { name: 'sourceType accuracy', value: fig.sourceType, target: 0.85, ok: (fig.sourceType ?? 0) >= 0.85 },
    { name: 'via accuracy', value: fig.via, target: 0.85, ok: (fig.via ?? 0) >= 0.85 },
    { name: 'medium accuracy', value: fig.medium, target: 0.85, ok: (fig.medium ?? 0) >= 0.85 },
    { name: 'outside-article claims', value: fig.outside, target: 0, ok: fig.outside === 0 },
  ];
}

const pct = (v) => (v == null ? '   - ' : `${(v * 100).toFixed(0).padStart(4)}%`);

/** A plain-text table of per-page and overall figures. */
function formatTable(scores) {
  const head = ['page', 'claims', 'attr', 'P', 'R', 'F1', 'type', 'via', 'medium', 'role', 'outside', 'mustNot', 'cwRecall'];
  const row = (name, f) => [name, String(f.claims), String(f.attributed), pct(f.precision), pct(f.recall), pct(f.f1), pct(f.sourceType), pct(f.via), pct(f.medium), pct(f.role), String(f.outside), String(f.mustNot), pct(f.checkWorthyRecall)];
  const rows = [head, ...scores.map((s) => row(s.page, figures(s))), row('OVERALL', figures(scores))];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

const short = (s, n = 110) => { const t = fold(s); return t.length > n ? `${t.slice(0, n - 1)}…` : t; };
const who = (a) => (a ? `${a.speaker} [${a.sourceType}${a.role ? `; role ${a.role}` : ''}${a.cue ? `; cue ${a.cue}` : ''}${a.medium ? `; medium ${a.medium}` : ''}${a.via ? `; via ${a.via}` : ''}]` : 'unattributed');

/** Misses, false positives, wrong fields and violations of one page, for iterating on the engine. */
function formatDetails(s) {
  const out = [`## ${s.page}`];
  for (const m of s.misses) {
    out.push(`MISS   "${short(m.entry.key, 70)}" want ${m.entry.speakerKeys.join('|')} (${m.entry.sourceType})`);
    out.push(`       got ${m.best ? `${who(m.best.attribution)} on "${short(m.best.text)}"` : 'no claim containing the key'}`);
  }
  for (const f of s.falsePositives) {
    out.push(`FALSE+ ${who(f.claim.attribution)}${f.expected.length ? ` (gold: ${f.expected.join(', ')})` : ''}`);
    out.push(`       "${short(f.claim.text)}"`);
  }
  for (const [name, r] of [['TYPE', s.sourceType], ['VIA', s.via], ['MEDIUM', s.medium], ['ROLE', s.role]]) {
    for (const w of r.wrong) {
      const want = name === 'TYPE' ? w.entry.sourceType : name === 'VIA' ? w.entry.viaKeys.join('|') : name === 'MEDIUM' ? w.entry.mediumKeys.join('|') : w.entry.role;
      out.push(`${name.padEnd(6)} "${short(w.entry.key, 60)}" want ${want}, got ${who(w.best.attribution)}`);
    }
  }
  for (const v of s.outsideViolations) out.push(`OUTSIDE "${short(v.key, 60)}" in claim "${short(v.claim.text)}"`);
  for (const v of s.mustNotViolations) out.push(`MUSTNOT "${short(v.key, 60)}" attributed to ${who(v.claim.attribution)}`);
  for (const k of s.checkWorthy.missed) out.push(`CW-MISS "${short(k, 80)}" not reported as a claim`);
  return out.join('\n');
}

module.exports = { fold, decodeEntities, scorePage, figures, targets, formatTable, formatDetails, QUOTATION_RADIUS };
