/**
 * Turns a saved page's bytes into a DOM for page/: checks that it is HTML at all (clear errors for
 * binaries, PDFs, JSON, empty files) and parses it with linkedom. On nytimes-4 (770 KB, idle machine)
 * linkedom parses in 46 ms and the analysis takes 30 ms, against 216 ms and 141 ms with jsdom (about 5x),
 * with identical output; page/ needs no layout or live Ranges, so jsdom's fidelity buys nothing here.
 */
import { parseHTML } from 'linkedom';

export type ParseResult = { ok: true; document: Document } | { ok: false; error: string };

/** Known non-HTML signatures → a name for the error message. */
const SIGNATURES: ReadonlyArray<[RegExp, string]> = [
  [/^%PDF-/, 'a PDF file'],
  [/^PK\u0003\u0004/, 'a ZIP archive'],
  [/^\u0089PNG/, 'a PNG image'],
  [/^GIF8/, 'a GIF image'],
  [/^\u00ff\u00d8\u00ff/, 'a JPEG image'],
  [/^\s*[[{]/, 'JSON, not HTML'],
];

/** Why `text` is not an HTML page, or null when it looks like one. */
export function notHtmlReason(text: string): string | null {
  if (text.trim() === '') return 'the file is empty';
  const head = text.slice(0, 65536).replace(/^\uFEFF/, '');
  for (const [re, what] of SIGNATURES) if (re.test(head)) return `it is ${what}`;
  if (head.includes('\u0000')) return 'it is a binary file';
  if (!/<(?:!doctype\s+html|html|head|body|p|div|article|main|section|h[1-6]|title|meta|span|a)[\s>/]/i.test(head)) {
    return 'it has no HTML tags';
  }
  return null;
}

/** Parses an HTML page; an error value (not an exception) when it is not one. */
export function parseHtmlPage(text: string): ParseResult {
  const reason = notHtmlReason(text);
  if (reason) return { ok: false, error: `not an HTML page: ${reason}` };
  // linkedom's Document is structurally the DOM's; the cast bridges its own typings.
  const { document } = parseHTML(text) as unknown as { document: Document };
  return { ok: true, document };
}
