/**
 * Text folding for matching: the page shows curly quotes, no-break spaces and soft hyphens; rules and
 * comparisons want one spelling. Folding is length-changing, so it is for comparison only — offsets
 * always come from the original string.
 */

const QUOTE_FOLD: ReadonlyMap<string, string> = new Map([
  ['\u201C', '"'], ['\u201D', '"'], ['\u201E', '"'], ['\u201F', '"'], ['\u00AB', '"'], ['\u00BB', '"'],
  ['\u2018', "'"], ['\u2019', "'"], ['\u201A', "'"], ['\u201B', "'"], ['\u2032', "'"],
]);

const FOLD_RE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2032]|\u00AD|[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

/** Folds curly quotes to straight ones, drops soft hyphens and turns each white-space run into one space. */
export function foldText(text: string): string {
  return text.replace(FOLD_RE, (m) => QUOTE_FOLD.get(m) ?? (m === '\u00AD' ? '' : ' ')).trim();
}

/** Removes soft hyphens and apostrophe variants inside one word, so "Netan\u00ADyahu’s" compares as "Netanyahu's". */
export function foldWord(word: string): string {
  return word.replace(/\u00AD/g, '').replace(/[\u2019\u2018\u02BC]/g, "'");
}

/** True when the first character is an upper-case letter (any script with case). */
export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for the white space the text map may contain (including no-break spaces). */
export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00A0' || ch === '\u202F' || (ch >= '\u2000' && ch <= '\u200B');
}
