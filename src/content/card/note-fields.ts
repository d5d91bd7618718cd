/**
 * The note form's fields as plain strings, and the conversion between them and a Note. Kept apart from
 * the form's markup so validation (evidence must be http(s) URLs, confidence 1–5) is tested on its own.
 */
import type { Confidence, Note, Verdict } from '../../core/model';
import { VERDICTS } from '../../core/model';

export interface NoteFields {
  verdict: Verdict;
  /** '' for "not rated", else '1'…'5'. */
  confidence: string;
  body: string;
  /** One URL per line. */
  evidence: string;
  /** Comma-separated. */
  tags: string;
}

/** The form's starting values for a note. */
export function fieldsFromNote(note: Note): NoteFields {
  return {
    verdict: note.verdict,
    confidence: note.confidence === null ? '' : String(note.confidence),
    body: note.body,
    evidence: note.evidence.join('\n'),
    tags: note.tags.join(', '),
  };
}

/** Applies the form's fields to a note; returns an error message instead when a field is invalid. */
export function noteFromFields(base: Note, fields: NoteFields, now: Date): { ok: true; note: Note } | { ok: false; error: string } {
  if (!VERDICTS.includes(fields.verdict)) return { ok: false, error: `Unknown verdict "${fields.verdict}".` };
  let confidence: Confidence | null = null;
  if (fields.confidence !== '') {
    const n = Number(fields.confidence);
    if (!Number.isInteger(n) || n < 1 || n > 5) return { ok: false, error: 'Confidence must be between 1 and 5.' };
    confidence = n as Confidence;
  }
  const evidence: string[] = [];
  for (const line of fields.evidence.split('\n').map((l) => l.trim()).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(line);
    } catch {
      return { ok: false, error: `Evidence "${line}" is not a URL.` };
    }
    // Only web links: a javascript: or data: "evidence" link would be a trap in every later view.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: `Evidence "${line}" must start with http:// or https://.` };
    evidence.push(url.href);
  }
  const tags = [...new Set(fields.tags.split(',').map((t) => t.trim()).filter(Boolean))];
  return {
    ok: true,
    note: { ...base, verdict: fields.verdict, confidence, body: fields.body, evidence, tags, updatedAt: now.toISOString() },
  };
}
