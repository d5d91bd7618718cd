// Loads the W3C Web Annotation test suite's JSON Schemas (../shared/vendor/web-annotation-tests, draft-04)
// into Ajv 8 and runs its assertion files the way the W3C test runner does.
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

export const SUITE = path.resolve(__dirname, '../../../..', '../shared/vendor/web-annotation-tests');

type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

/**
 * Draft-04 → what Ajv 8 reads: a root `id` becomes `$id`, `$schema` is dropped, and draft-04's boolean
 * `exclusiveMinimum` becomes the numeric form. Only these three idioms occur in the suite.
 */
function fromDraft4(node: JsonValue, root = true): JsonValue {
  if (Array.isArray(node)) return node.map((n) => fromDraft4(n, false));
  if (node === null || typeof node !== 'object') return node;
  const out: { [k: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$schema') continue;
    if (root && k === 'id' && typeof v === 'string') out.$id = v;
    else if (k === 'exclusiveMinimum' && typeof v === 'boolean') continue;
    else out[k] = fromDraft4(v, false);
  }
  if (node.exclusiveMinimum === true && typeof node.minimum === 'number') {
    out.exclusiveMinimum = node.minimum;
    delete out.minimum;
  }
  return out;
}

const readJson = (file: string): JsonValue => JSON.parse(fs.readFileSync(file, 'utf8'));

const URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** An Ajv instance holding every definitions/*.json schema. */
export function suiteAjv(): Ajv {
  // strict off: the suite's schemas carry annotation keys (assertionType, errorMessage…) Ajv does not know.
  const ajv = new Ajv({ strict: false, allErrors: true, formats: { uri: URI, 'date-time': DATE_TIME } });
  const dir = path.join(SUITE, 'definitions');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(fromDraft4(readJson(path.join(dir, f))) as object);
  }
  return ajv;
}

export interface Assertion {
  file: string;
  assertionType: 'must' | 'should' | 'may';
  expectValid: boolean;
  validate: ValidateFunction;
}

/** Compiles the assertion files a `.test` file lists (missing files are skipped, as the W3C runner does). */
export function assertionsOf(ajv: Ajv, testFile: string): Assertion[] {
  const list = (readJson(path.join(SUITE, testFile)) as { assertions: string[] }).assertions;
  return list
    .filter((rel) => fs.existsSync(path.join(SUITE, rel)))
    .map((rel) => assertionFile(ajv, rel));
}

/** Compiles one assertion file, e.g. `annotations/specificResource/4.2.4-textQuoteSelector.json`. */
export function assertionFile(ajv: Ajv, rel: string): Assertion {
  const schema = fromDraft4(readJson(path.join(SUITE, rel))) as { [k: string]: JsonValue };
  const existing = ajv.getSchema(String(schema.$id));
  return {
    file: rel,
    assertionType: schema.assertionType as Assertion['assertionType'],
    expectValid: schema.expectedResult !== 'invalid',
    validate: existing ?? ajv.compile(schema),
  };
}

/** The assertions a document fails (as the runner counts: the result differs from the expected one). */
export function failures(assertions: Assertion[], doc: unknown): string[] {
  return assertions.filter((a) => a.validate(doc) !== a.expectValid).map((a) => a.file);
}

/**
 * Every annotation sample under tools/samples/<kind> that is JSON at all. Many incorrect samples carry a
 * trailing comma (the suite's runner reads them leniently); it is removed so the schemas judge the content.
 */
export function samples(kind: 'correct' | 'incorrect'): Array<[string, unknown]> {
  const dir = path.join(SUITE, 'tools/samples', kind);
  const out: Array<[string, unknown]> = [];
  for (const f of fs.readdirSync(dir).filter((f) => /^anno\d+\.json$/.test(f)).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/,(\s*[}\]])/g, '$1');
    try {
      out.push([f, JSON.parse(text)]);
    } catch {
      // Not JSON: incorrect by construction, and nothing for a schema to check.
    }
  }
  return out;
}
