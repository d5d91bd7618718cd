// The export table: every format builds a file whose content parses as that format.
import { EXPORT_FORMATS } from '../../../src/export/export-files';
import { parseBackup } from '../../../src/export/parse-backup';
import { sampleData } from './records';

const ctx = { now: new Date('2026-05-03T12:00:00.000Z'), newId: () => '00000000-0000-4000-8000-0000000000aa' };

test('the JSON backup export is accepted by the importer and carries every record', () => {
  const data = sampleData();
  const file = EXPORT_FORMATS.find((f) => f.kind === 'backup')!.build(data, ctx);
  const parsed = parseBackup(file.text);
  expect(parsed.ok && parsed.backup).toEqual({ format: 'claimlight-backup', version: 1, exportedAt: ctx.now.toISOString(), ...data });
});

test('formats have distinct kinds and file names with the right extensions', () => {
  const files = EXPORT_FORMATS.map((f) => f.build(sampleData(), ctx));
  expect(new Set(EXPORT_FORMATS.map((f) => f.kind)).size).toBe(EXPORT_FORMATS.length);
  expect(files.map((f) => f.name.split('.').pop())).toEqual(['json', 'csv', 'md', 'jsonld', 'jsonld']);
  for (const f of files.filter((f) => f.mime.includes('json'))) expect(() => JSON.parse(f.text)).not.toThrow();
});

test('the annotation collection takes its id from the context', () => {
  const file = EXPORT_FORMATS.find((f) => f.kind === 'web-annotation')!.build(sampleData(), ctx);
  expect(JSON.parse(file.text).id).toBe('urn:uuid:00000000-0000-4000-8000-0000000000aa');
});
