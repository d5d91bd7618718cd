/**
 * Finds where a JSON text stops being JSON, as line and column.
 * `JSON.parse` error messages differ between V8, SpiderMonkey and versions of each (some give a
 * position, some a line, some neither), so the importer runs this small strict scanner over a text
 * that `JSON.parse` rejected and reports the same place in every browser.
 */

export interface JsonSyntaxError {
  /** 1-based line and column (column counted in UTF-16 code units, as editors do for BMP text). */
  line: number;
  column: number;
  offset: number;
  message: string;
}

class ScanError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Deep enough for any real backup (records nest 4 levels); stops a `[[[[…` file from blowing the stack. */
const MAX_DEPTH = 512;

/** Returns the first syntax error in `text`, or null when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    let i = skipSpace(text, 0);
    i = scanValue(text, i, 0);
    i = skipSpace(text, i);
    if (i < text.length) throw new ScanError(i, `unexpected ${describe(text, i)} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    return { ...lineAndColumn(text, e.offset), offset: e.offset, message: e.message };
  }
}

/** Converts a 0-based offset into 1-based line and column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describe(text: string, i: number): string {
  if (i >= text.length) return 'end of file';
  const c = text[i] ?? '';
  return c === '\n' ? 'line break' : `character ${JSON.stringify(c)}`;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
  return i;
}

function scanValue(text: string, i: number, depth: number): number {
  if (depth > MAX_DEPTH) throw new ScanError(i, `nesting deeper than ${MAX_DEPTH} levels`);
  const c = text[i];
  if (c === '{') return scanObject(text, i, depth);
  if (c === '[') return scanArray(text, i, depth);
  if (c === '"') return scanString(text, i);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return i + word.length;
  }
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(text);
  if (m && m[0].length > 0) return i + m[0].length;
  throw new ScanError(i, `expected a value but found ${describe(text, i)}`);
}

function scanObject(text: string, i: number, depth: number): number {
  i = skipSpace(text, i + 1);
  if (text[i] === '}') return i + 1;
  for (;;) {
    if (text[i] !== '"') throw new ScanError(i, `expected a property name in double quotes but found ${describe(text, i)}`);
    i = skipSpace(text, scanString(text, i));
    if (text[i] !== ':') throw new ScanError(i, `expected ':' but found ${describe(text, i)}`);
    i = skipSpace(text, i + 1);
    i = skipSpace(text, scanValue(text, i, depth + 1));
    if (text[i] === '}') return i + 1;
    if (text[i] !== ',') throw new ScanError(i, `expected ',' or '}' but found ${describe(text, i)}`);
    i = skipSpace(text, i + 1);
  }
}

function scanArray(text: string, i: number, depth: number): number {
  i = skipSpace(text, i + 1);
  if (text[i] === ']') return i + 1;
  for (;;) {
    i = skipSpace(text, scanValue(text, i, depth + 1));
    if (text[i] === ']') return i + 1;
    if (text[i] !== ',') throw new ScanError(i, `expected ',' or ']' but found ${describe(text, i)}`);
    i = skipSpace(text, i + 1);
  }
}

function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '"') return i + 1;
    if (c === '\\') {
      const e = text[i + 1] ?? '';
      if (e === 'u') {
        if (!HEX.test(text.slice(i + 2, i + 6))) throw new ScanError(i, 'invalid \\u escape in string');
        i += 6;
        continue;
      }
      if (!ESCAPES.has(e)) throw new ScanError(i, `invalid escape \\${e} in string`);
      i += 2;
      continue;
    }
    if (c.charCodeAt(0) < 0x20) throw new ScanError(i, 'unescaped control character (line break or tab) in string');
    i++;
  }
  throw new ScanError(start, 'string is never closed');
}
