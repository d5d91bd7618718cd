/**
 * Notes as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/), so they can be
 * opened by other annotation tools (Hypothesis, Recogito, any Web Annotation server).
 * One note → one Annotation: the note text is a commenting TextualBody, each tag a tagging body, the
 * verdict an assessing body, each evidence URL a linking SpecificResource; the target is the page with a
 * TextQuoteSelector and, where it can be known, a TextPositionSelector in code points (code-points.ts).
 */
import type { Note } from '../core/model';
import { codePointRange } from './code-points';
import { isHttpUrl } from './field-checks';
import { noteUrn } from './note-urn';
import { VERDICT_INFO } from './verdict-labels';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging' | 'assessing';
  format?: 'text/plain';
}

export interface LinkingBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
}

export type AnnotationSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

export interface WebAnnotation {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'commenting';
  created: string;
  modified: string;
  body: Array<TextualBody | LinkingBody>;
  target: { source: string; selector: AnnotationSelector[] };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface AnnotationOptions {
  /** The page's text map, when available, for exact code-point positions (see code-points.ts). */
  pageText?: (pageUrl: string) => string | undefined;
}

/** Converts one note; `withContext` false leaves out `@context` (items inside a collection inherit it). */
export function noteToAnnotation(note: Note, opts: AnnotationOptions = {}, withContext = true): WebAnnotation {
  const body: Array<TextualBody | LinkingBody> = [];
  if (note.body.trim() !== '') body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  // An unverified note still records the reader's judgement ("not checked yet"), so it is exported too.
  body.push({ type: 'TextualBody', value: VERDICT_INFO[note.verdict].label, purpose: 'assessing' });
  for (const e of note.evidence) if (isHttpUrl(e)) body.push({ type: 'SpecificResource', purpose: 'linking', source: e });

  const { quote } = note.selector;
  const selector: AnnotationSelector[] = [{ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }];
  const range = codePointRange(note.selector, opts.pageText?.(note.pageUrl));
  if (range) selector.push({ type: 'TextPositionSelector', start: range.start, end: range.end });

  const annotation: WebAnnotation = {
    id: noteUrn(note.id),
    type: 'Annotation',
    motivation: note.verdict === 'unverified' ? 'commenting' : 'assessing',
    created: note.createdAt,
    modified: note.updatedAt,
    body,
    target: { source: note.pageUrl, selector },
  };
  return withContext ? { '@context': ANNO_CONTEXT, ...annotation } : annotation;
}

/** All notes as one AnnotationCollection with a single embedded page (the W3C container for a set). */
export function notesToAnnotationCollection(notes: readonly Note[], collectionId: string, opts: AnnotationOptions = {}): AnnotationCollection {
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Claimlight notes',
    total: notes.length,
  };
  // The model requires `first` only when there are items; an empty collection is just its header.
  if (notes.length > 0) collection.first = { type: 'AnnotationPage', startIndex: 0, items: notes.map((n) => noteToAnnotation(n, opts, false)) };
  return collection;
}
