/**
 * A Markdown report of the reader's notes, one section per page: the claims noted, their verdicts and
 * the evidence links. Page text and note text are untrusted, so every piece of it is escaped: a claim
 * that contains `[click](javascript:…)`, `<img onerror>` or a line starting with `#` renders as the
 * literal text, never as a link, HTML or a heading. Only evidence that is an http(s) URL becomes a link.
 */
import type { Note, Page } from '../core/model';
import { isHttpUrl } from './field-checks';
import { VERDICT_INFO } from './verdict-labels';

/**
 * Characters that change meaning anywhere in a line: emphasis, code, links (`[`; `(` only matters after
 * an unescaped `]`), HTML and autolinks (`<`), entities (`&`), GFM tables and strikethrough, and `#`
 * (a trailing `#` closes a heading). Escaping more would only make the raw file harder to read.
 */
const INLINE_META = /[\\`*_[\]<>#|~&]/g;
/** Characters that change meaning only at the start of a line: lists, quotes, setext underlines. */
const LINE_START_META = /^([-+=>])/;

/**
 * Escapes text so that it renders as itself inside a paragraph or list item. Line breaks become spaces
 * (a report line is one claim), runs of whitespace collapse so indentation cannot start a code block,
 * and a leading `1.` cannot start a list.
 */
export function escapeMarkdown(text: string): string {
  return text
    // Only runs and non-space whitespace need replacing; ordinary single spaces are left as they are.
    .replace(/\s\s+|[^\S ]/g, ' ')
    .trim()
    .replace(INLINE_META, '\\$&')
    .replace(LINE_START_META, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Escapes multi-line text (a note body) line by line, keeping its line breaks as hard breaks. */
export function escapeMarkdownBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdown)
    .filter((line) => line !== '')
    .join('  \n');
}

/** A link to an http(s) URL, or the escaped text when it is anything else (a citation, `javascript:`). */
export function markdownLink(target: string): string {
  if (!isHttpUrl(target)) return escapeMarkdown(target);
  // `new URL().href` percent-encodes spaces, `<`, `>` and line breaks, so it is safe inside `<…>`.
  const href = new URL(target).href;
  return `[${escapeMarkdown(target)}](<${href}>)`;
}

/** Renders one page's notes (in text order) as a Markdown section starting at heading level `level`. */
export function markdownForPage(pageUrl: string, notes: readonly Note[], page?: Page, level = 2): string {
  const title = page?.title ?? notes.find((n) => n.pageTitle)?.pageTitle ?? pageUrl;
  const h = '#'.repeat(level);
  const out = [`${h} ${escapeMarkdown(title)}`, '', markdownLink(pageUrl)];
  if (page?.siteName) out.push('', `Site: ${escapeMarkdown(page.siteName)}`);
  const ordered = [...notes].sort((a, b) => a.selector.position.start - b.selector.position.start);
  for (const note of ordered) {
    out.push('', ...noteLines(note, h + '#'));
  }
  return out.join('\n') + '\n';
}

function noteLines(note: Note, h: string): string[] {
  const claim = note.claimText || note.selector.quote.exact;
  const lines = [`${h} ${VERDICT_INFO[note.verdict].label}: “${escapeMarkdown(claim)}”`, ''];
  const a = note.attribution;
  if (a) {
    const who = [a.speaker, a.role].filter(Boolean).map((s) => escapeMarkdown(s ?? '')).join(', ');
    const via = a.via ? ` via ${escapeMarkdown(a.via)}` : '';
    lines.push(`- Speaker: ${who} (${escapeMarkdown(a.sourceType)})${via}`);
  }
  lines.push(`- Verdict: **${VERDICT_INFO[note.verdict].label}**`);
  if (note.confidence !== null) lines.push(`- Confidence: ${note.confidence}/5`);
  if (note.tags.length) lines.push(`- Tags: ${note.tags.map(escapeMarkdown).join(', ')}`);
  lines.push(`- Updated: ${escapeMarkdown(note.updatedAt)}`);
  if (note.evidence.length) {
    lines.push('- Evidence:');
    for (const e of note.evidence) lines.push(`  - ${markdownLink(e)}`);
  }
  const body = escapeMarkdownBlock(note.body);
  if (body) lines.push('', body);
  return lines;
}

/** Renders a whole report: a title, then one section per page (pages ordered by title, then URL). */
export function notesToMarkdown(notes: readonly Note[], pages: readonly Page[] = [], generatedAt?: Date): string {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const list = groups.get(note.pageUrl) ?? [];
    list.push(note);
    groups.set(note.pageUrl, list);
  }
  const sections = [...groups.entries()]
    .map(([url, list]) => ({ url, list, page: byUrl.get(url) }))
    .sort((a, b) => (a.page?.title ?? a.url).localeCompare(b.page?.title ?? b.url) || a.url.localeCompare(b.url));
  const head = ['# Claimlight report', ''];
  if (generatedAt) head.push(`Generated ${generatedAt.toISOString()}, ${notes.length} notes on ${sections.length} pages.`, '');
  return head.join('\n') + sections.map((s) => markdownForPage(s.url, s.list, s.page)).join('\n');
}
