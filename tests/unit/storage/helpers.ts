// Test helpers for storage: a fresh fake-indexeddb database per test and realistic note records.
import 'fake-indexeddb/auto';
import type { Attribution, Note } from '../../../src/core/model';
import { createDatabase } from '../../../src/storage/db';
import { openRepositories, type Repositories } from '../../../src/storage/index';

let counter = 0;

/** Repositories over a brand-new database (unique name, so tests never share state). */
export function freshRepositories(): Repositories {
  counter += 1;
  return openRepositories(createDatabase({ name: `claimlight-test-${process.pid}-${counter}` }));
}

export function attribution(speaker: string, via: string | null = null): Attribution {
  return { speaker, role: null, sourceType: 'named-person', cue: 'said', medium: null, via };
}

/** A note as the card would save it; fields overridable. */
export function makeNote(overrides: Partial<Note> = {}): Note {
  counter += 1;
  const id = overrides.id ?? `note-${counter}`;
  const claimText = overrides.claimText ?? 'Russia lost 500 tanks in the offensive, the ministry said.';
  return {
    id,
    pageUrl: 'https://www.example.com/news/story',
    pageTitle: 'Front line report',
    selector: {
      quote: { exact: claimText, prefix: 'before ', suffix: ' after' },
      position: { start: 100, end: 100 + claimText.length },
    },
    claimText,
    attribution: attribution('Oksana Markarova', 'Reuters'),
    verdict: 'unverified',
    confidence: null,
    body: 'Checked against the ISW daily map.',
    evidence: ['https://www.understandingwar.org/'],
    tags: ['ukraine'],
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}
