/**
 * Reads a page's schema.org JSON-LD blocks into a flat list of typed nodes (arrays, `@graph` and nested
 * objects unrolled), so article detection and page metadata never deal with its many shapes — or with
 * broken JSON, which real pages ship and which is skipped here.
 */

/** A JSON-LD object with its `@type`s normalised to bare schema.org names ("NewsArticle"). */
export interface JsonLdNode {
  readonly types: readonly string[];
  readonly data: Readonly<Record<string, unknown>>;
}

/** Strips "https://schema.org/" or "schema:" prefixes from a type name. */
function bareType(t: string): string {
  const s = t.trim();
  const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'), s.lastIndexOf('#'));
  return i >= 0 ? s.slice(i + 1) : s;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [bareType(t)];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map(bareType);
  return [];
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  const types = typesOf(o);
  if (types.length) out.push({ types, data: o });
  for (const [k, v] of Object.entries(o)) {
    if (k === '@context') continue;
    if (v !== null && typeof v === 'object') collect(v, out, depth + 1);
  }
}

/**
 * All typed JSON-LD nodes of `doc`, in document order (outer objects before the ones they contain).
 * Not cached: single-page sites swap their JSON-LD on navigation while the Document stays the same.
 */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? '').trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
    } catch {
      continue; // broken JSON-LD is common; it just gives no signal
    }
    collect(parsed, out, 0);
  }
  return out;
}

/** A string property of a JSON-LD node (first string of an array; `name` of an object). */
export function ldString(node: JsonLdNode, key: string): string | null {
  const v = node.data[key];
  const pick = (x: unknown): string | null => {
    if (typeof x === 'string') return x.trim() || null;
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      const name = (x as Record<string, unknown>)['name'] ?? (x as Record<string, unknown>)['@id'];
      return typeof name === 'string' ? name.trim() || null : null;
    }
    return null;
  };
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = pick(x);
      if (s) return s;
    }
    return null;
  }
  return pick(v);
}
