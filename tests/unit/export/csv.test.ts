// CSV: RFC 4180 quoting survives a strict parser, and page text cannot become a spreadsheet formula.
import { CSV_COLUMNS, csvCell, notesToCsv } from '../../../src/export/csv';
import { makeNote, makePage, sampleData } from './records';

/** A strict RFC 4180 reader (CRLF records, quoted fields, doubled quotes); throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in unquoted field at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') { i++; continue; }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
}

describe('notesToCsv', () => {
  test('one header row and one row per note, every row the same width, cells round-trip', () => {
    const { notes, pages } = sampleData();
    const rows = parseCsv(notesToCsv(notes, pages));
    expect(rows[0]).toEqual(['page url', 'title', 'claim', 'speaker', 'source type', 'via', 'verdict', 'confidence', 'note', 'evidence', 'tags', 'created', 'updated']);
    expect(rows).toHaveLength(notes.length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const first = rows[1]!;
    const n = notes[0]!;
    expect(first).toEqual([
      n.pageUrl, n.pageTitle, n.claimText, 'Anton Gerashchenko', 'named-person', 'Reuters', 'Mostly accurate', '4',
      n.body, n.evidence.join('\n'), 'ukraine\ncasualties', n.createdAt, n.updatedAt,
    ]);
  });

  test('quotes, commas and line breaks are quoted; quotes are doubled', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  test.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1-555-0100'],
    ['-2+3'],
    ['@SUM(A1:A9)'],
    ['\t=cmd'],
    ['\r=cmd'],
  ])('a cell starting with a formula character is neutralised: %j', (raw) => {
    const note = makeNote({ claimText: raw, body: raw, tags: [raw] });
    const row = parseCsv(notesToCsv([note]))[1]!;
    for (const cell of [row[2], row[8], row[10]]) {
      expect(cell).toBe(`'${raw}`);
    }
  });

  test('formula characters later in a cell are left alone', () => {
    expect(csvCell('cost = 5 billion')).toBe('cost = 5 billion');
  });

  test('a note without title takes its page’s title; missing values are empty cells', () => {
    const note = makeNote({ pageTitle: null, attribution: null, confidence: null, evidence: [], tags: [] });
    const row = parseCsv(notesToCsv([note], [makePage({ title: 'From the page record' })]))[1]!;
    expect(row.slice(1, 11)).toEqual(['From the page record', note.claimText, '', '', '', 'Mostly accurate', '', note.body, '', '']);
  });

  test('no notes gives just the header', () => {
    expect(parseCsv(notesToCsv([]))).toHaveLength(1);
  });
});
