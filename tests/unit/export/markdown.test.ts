// Markdown report: rendered by a real CommonMark renderer (markdown-it, raw HTML allowed as on GitHub),
// page and note text shows up as literal text — never as links, HTML, headings, lists or tables.
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { escapeMarkdown, markdownLink, notesToMarkdown } from '../../../src/export/markdown';
import { makeNote, makePage, sampleData } from './records';

const md = new MarkdownIt({ html: true, linkify: false });

function render(markdown: string): Document {
  return parseHTML(`<!doctype html><html><body>${md.render(markdown)}</body></html>`).document;
}

const HOSTILE = [
  '[click me](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '# Not a heading',
  '1. not a list',
  '2) nor this',
  '- nor this',
  '+ nor this',
  '> not a quote',
  '*not emphasis* and _nor this_ and **nor this**',
  '`not code`',
  '| a | b |',
  '~~not struck~~',
  '&amp; &#42; &copy;',
  '***',
  '---',
  '=== ',
  'back\\slash at the end\\',
  '![img](http://evil.example/x.png)',
  '<http://autolink.example>',
  '[ref]: http://evil.example',
  '    indented like code',
  'two lines\n\n# with a heading',
];

describe('escapeMarkdown', () => {
  test.each(HOSTILE)('%j renders as its own text in one paragraph', (text) => {
    const doc = render(escapeMarkdown(text));
    const body = doc.body;
    expect(body.children).toHaveLength(1);
    const p = body.firstElementChild!;
    expect(p.tagName).toBe('P');
    expect(p.children).toHaveLength(0);
    expect(p.textContent).toBe(text.replace(/\s+/g, ' ').trim());
  });

  test('random strings of metacharacters always render as themselves', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = '\\`*_{}[]()<>#+-.!|~=&"\': /a1\n x;';
    for (let k = 0; k < 3000; k++) {
      const len = 1 + Math.floor(random() * 16);
      let text = '';
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = text.replace(/\s+/g, ' ').trim();
      const body = render(escapeMarkdown(text)).body;
      if (expected === '') continue;
      const ok = body.children.length === 1 && body.firstElementChild!.tagName === 'P' && body.firstElementChild!.children.length === 0 && body.textContent!.trim() === expected;
      if (!ok) throw new Error(`${JSON.stringify(text)} rendered as ${body.innerHTML}`);
    }
  });
});

describe('markdownLink', () => {
  test('http(s) URLs become links with the same target', () => {
    const a = render(markdownLink('https://example.org/a_(b)?q=1&r=<2>')).querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/a_(b)?q=1&r=%3C2%3E');
    expect(a.textContent).toBe('https://example.org/a_(b)?q=1&r=<2>');
  });

  test.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'MoD brief, 4 May'])('%j stays text', (target) => {
    const doc = render(markdownLink(target));
    expect(doc.querySelector('a')).toBeNull();
    expect(doc.body.textContent!.trim()).toBe(target);
  });
});

describe('notesToMarkdown', () => {
  test('one section per page, one heading per note, verdicts, speakers and evidence links', () => {
    const { notes, pages } = sampleData();
    const doc = render(notesToMarkdown(notes, pages, new Date('2026-05-03T12:00:00Z')));
    expect(doc.querySelector('h1')!.textContent).toBe('Claimlight report');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Live: *talks* [day 2]', 'Minsk talks stall as both sides trade claims']);
    const h3 = [...doc.querySelectorAll('h3')].map((h) => h.textContent);
    expect(h3).toHaveLength(4);
    expect(h3).toContain(`False: “${notes[2]!.claimText}”`);
    expect(h3).toContain(`Opinion: “${notes[1]!.claimText}”`);
    // Only real URLs are links: page URLs and the http evidence, never the hostile note text.
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    const httpEvidence = notes.flatMap((n) => n.evidence).filter((e) => e.startsWith('https://'));
    expect(httpEvidence.length).toBeLessThan(notes.flatMap((n) => n.evidence).length);
    expect(hrefs.sort()).toEqual([pages[0]!.url, pages[1]!.url, ...httpEvidence].sort());
    expect(doc.querySelector('img, script')).toBeNull();
    // The hostile body is shown as text.
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(doc.body.textContent).toContain('# not a heading');
    expect(doc.body.textContent).toContain('Speaker: Anton Gerashchenko, Interior Ministry adviser (named-person) via Reuters');
  });

  test('notes of a page are listed in text order', () => {
    const later = makeNote({ claimText: 'Second claim.', selector: { quote: { exact: 'Second claim.', prefix: '', suffix: '' }, position: { start: 900, end: 913 } } });
    const earlier = makeNote({ claimText: 'First claim.', selector: { quote: { exact: 'First claim.', prefix: '', suffix: '' }, position: { start: 10, end: 22 } } });
    const doc = render(notesToMarkdown([later, earlier], [makePage()]));
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Mostly accurate: “First claim.”', 'Mostly accurate: “Second claim.”']);
  });

  test('a multi-line note body keeps its lines', () => {
    const doc = render(notesToMarkdown([makeNote({ body: 'line one\nline two' })]));
    expect(doc.querySelectorAll('br')).toHaveLength(1);
  });
});
