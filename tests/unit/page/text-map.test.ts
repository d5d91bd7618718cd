/** @jest-environment jsdom */
// The text map on jsdom documents: string shape (white space, nbsp, soft hyphens, drop caps, links, <br>,
// skipped elements) and offset ↔ DOM round trips, plus the chunked builder and appendBlocks.
import { appendBlocks, buildTextMap, createTextMapBuilder } from '../../../src/page/text-map';

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`; // test-owned markup, not page text
  return document.getElementById('root')!;
}

/** Every offset's DOM point must hold the same character the map has there. */
function expectPointsMatch(root: HTMLElement): void {
  const map = buildTextMap(root);
  for (let i = 0; i < map.text.length; i++) {
    const ch = map.text[i]!;
    if (ch === '\n') continue; // separators and <br> have no source character
    const p = map.pointAt(i, 'start')!;
    const src = p.node.data[p.offset]!;
    if (ch === ' ') expect(src).toMatch(/[\s\u00a0]/);
    else expect(src).toBe(ch);
  }
}

describe('buildTextMap: the string', () => {
  test('collapses white space and separates blocks so sentences never span paragraphs', () => {
    const root = mount('<h1>  A   title </h1>\n<p>First\n   paragraph.</p><p>Second one.</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('A title\n\nFirst paragraph.\n\nSecond one.');
    expect(map.blocks.map((b) => [map.text.slice(b.start, b.end), b.kind])).toEqual([
      ['A title', 'heading'], ['First paragraph.', 'paragraph'], ['Second one.', 'paragraph'],
    ]);
  });

  test('no-break spaces become spaces (not collapsed), soft hyphens and zero-width spaces vanish', () => {
    const root = mount('<p>Netan\u00adyahu\u00a0said 3\u00a0\u00a0km\u200b away.</p>');
    expect(buildTextMap(root).text).toBe('Netanyahu said 3  km away.');
    expectPointsMatch(root);
  });

  test('<br> is a newline inside the block, trailing <br> dropped', () => {
    const root = mount('<p>Line one<br>\n  Line two<br></p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('Line one\nLine two');
    expect(map.blocks).toHaveLength(1);
  });

  test('<br><br> separates paragraphs on pages without <p>', () => {
    const map = buildTextMap(mount('<div>Para one.<br>\n<br>\nPara two,<br>same para.</div>'));
    expect(map.text).toBe('Para one.\n\nPara two,\nsame para.');
    expect(map.blocks.map((b) => map.text.slice(b.start, b.end))).toEqual(['Para one.', 'Para two,\nsame para.']);
  });

  test('drop-cap letter joins its word even when the markup puts a space after it', () => {
    expect(buildTextMap(mount('<p><span class="drop-cap">T</span>he storm hit.</p>')).text).toBe('The storm hit.');
    expect(buildTextMap(mount('<p><span class="dropcap">T</span>\n he storm hit.</p>')).text).toBe('The storm hit.');
    // A one-letter word in an ordinary element keeps its space.
    expect(buildTextMap(mount('<p><b>A</b> man said.</p>')).text).toBe('A man said.');
  });

  test('inline links mid-sentence: no spurious spaces from formatting around them', () => {
    const root = mount('<p>He told <a href="#">\n  The Washington Post\n</a>, and <em>(<a href="#">\nlink</a>)</em> left.</p>');
    expect(buildTextMap(root).text).toBe('He told The Washington Post, and (link) left.');
    expectPointsMatch(root);
  });

  test('skips script, style, nav, aside, figcaption, button, form and excluded elements', () => {
    const root = mount(`<p>Kept<script>var x = "no";</script> text.</p><style>.a{}</style><nav>Menu</nav>
      <aside>Related</aside><figure><img alt=""><figcaption>Caption</figcaption></figure><button>Share</button>
      <form>Sign up</form><div class="ad">Buy now</div><p>End.</p>`);
    const map = buildTextMap(root, { exclude: (el) => el.classList.contains('ad') });
    expect(map.text).toBe('Kept text.\n\nEnd.');
  });

  test('blockquote paragraphs are blockquote blocks; list items are list-item blocks', () => {
    const map = buildTextMap(mount('<blockquote><p>Quoted.</p></blockquote><ul><li>Item</li></ul>'));
    expect(map.blocks.map((b) => b.kind)).toEqual(['blockquote', 'list-item']);
  });
});

describe('buildTextMap: offsets ↔ DOM', () => {
  const html = '<p>The <a href="#">quick</a>  brown\u00a0fox.</p><p>Jumps <b>ov</b>er.</p>';

  test('toRange covers exactly the mapped characters, fromRange gives the offsets back', () => {
    const root = mount(html);
    const map = buildTextMap(root);
    expect(map.text).toBe('The quick brown fox.\n\nJumps over.');
    for (const word of ['The', 'quick', 'brown fox', 'fox.', 'Jumps over', 'over.']) {
      const start = map.text.indexOf(word);
      const range = map.toRange(start, start + word.length)!;
      expect(range.toString().replace(/\u00a0/g, ' ')).toBe(word);
      expect(map.fromRange(range)).toEqual({ start, end: start + word.length });
    }
  });

  test('a range across the block separator maps to both blocks', () => {
    const root = mount(html);
    const map = buildTextMap(root);
    const start = map.text.indexOf('fox');
    const end = map.text.indexOf('Jumps') + 5;
    const range = map.toRange(start, end)!;
    expect(map.fromRange(range)).toEqual({ start, end });
  });

  test('pointAt: gaps snap to the next text (start) or the previous text (end); out of range is null', () => {
    const root = mount(html);
    const map = buildTextMap(root);
    const gap = map.text.indexOf('\n\n') + 1;
    expect(map.pointAt(gap, 'start')!.node.data).toBe('Jumps ');
    const end = map.pointAt(gap, 'end')!;
    expect(end.node.data).toBe('  brown\u00a0fox.');
    expect(end.offset).toBe(end.node.data.length);
    expect(map.pointAt(-1)).toBeNull();
    expect(map.pointAt(map.text.length + 1)).toBeNull();
  });

  test('fromRange clamps to mapped text and ignores ranges outside it', () => {
    const root = mount('<p>Inside text.</p>');
    const outside = document.createElement('p');
    outside.textContent = 'Outside';
    document.body.appendChild(outside);
    const map = buildTextMap(root);
    const r = document.createRange();
    r.selectNodeContents(document.body);
    expect(map.fromRange(r)).toEqual({ start: 0, end: map.text.length });
    const r2 = document.createRange();
    r2.selectNodeContents(outside);
    expect(map.fromRange(r2)).toBeNull();
  });

  test('element-container boundaries (triple-click selections) map to whole blocks', () => {
    const root = mount('<p id="a">First <b>bold</b> para.</p><p id="b">Second para.</p>');
    const map = buildTextMap(root);
    const r = document.createRange();
    r.setStart(document.getElementById('a')!, 0);
    r.setEnd(document.getElementById('b')!, 0);
    expect(map.fromRange(r)).toEqual({ start: 0, end: 'First bold para.'.length });
    const all = document.createRange();
    all.setStart(root, 0);
    all.setEnd(root, root.childNodes.length);
    expect(map.fromRange(all)).toEqual({ start: 0, end: map.text.length });
  });

  test('ranges over skipped content in the middle map around it', () => {
    const root = mount('<p>Before <script>var s = 1;</script>after.</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('Before after.');
    const script = root.querySelector('script')!.firstChild as Text;
    const r = document.createRange();
    r.setStart(script, 2);
    r.setEnd(root.querySelector('p')!.lastChild as Text, 5);
    expect(map.fromRange(r)).toEqual({ start: 7, end: 12 });
  });

  test('a range starting in collapsed white space starts at the next character', () => {
    const root = mount('<p>one     two</p>');
    const map = buildTextMap(root);
    const text = root.querySelector('p')!.firstChild as Text;
    const r = document.createRange();
    r.setStart(text, 5);
    r.setEnd(text, 11);
    expect(map.fromRange(r)).toEqual({ start: 4, end: 7 });
  });
});

describe('incremental building', () => {
  test('the chunked builder gives the same map as the one-shot pass, over many small steps', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph <i>${i}</i> said  something.</p>`).join('');
    const root = mount(paragraphs);
    const builder = createTextMapBuilder(root);
    let steps = 0;
    // A deadline in the past: each step does one slice of work and yields.
    while (!builder.step(-Infinity)) steps += 1;
    expect(steps).toBeGreaterThan(3);
    const a = builder.result();
    const b = buildTextMap(root);
    expect(a.text).toBe(b.text);
    expect(a.blocks).toEqual(b.blocks);
  });

  test('result() before the pass is done throws', () => {
    const root = mount('<p>x</p>'.repeat(1000));
    const builder = createTextMapBuilder(root);
    builder.step(-Infinity);
    expect(() => builder.result()).toThrow(/not finished/);
  });

  test('appendBlocks extends the map for new content after it, keeping old offsets', () => {
    const root = mount('<p>First post.</p>');
    const map = buildTextMap(root);
    const added = document.createElement('p');
    added.innerHTML = 'Second <b>post</b>.'; // test-owned markup
    root.appendChild(added);
    const next = appendBlocks(map, [added])!;
    expect(next.text).toBe('First post.\n\nSecond post.');
    expect(next.text.startsWith(map.text)).toBe(true);
    expect(next.blocks).toHaveLength(2);
    const start = next.text.indexOf('post.', 12);
    expect(next.toRange(start, start + 4)!.toString()).toBe('post');
    // The same result as a full rebuild.
    expect(buildTextMap(root).text).toBe(next.text);
  });

  test('appendBlocks refuses content that is not after the mapped text', () => {
    const root = mount('<p>Existing.</p>');
    const map = buildTextMap(root);
    const early = document.createElement('p');
    early.textContent = 'Inserted before';
    root.insertBefore(early, root.firstChild);
    expect(appendBlocks(map, [early])).toBeNull();
  });

  test('appendBlocks on a stale map does not corrupt the newer one', () => {
    const root = mount('<p>One.</p>');
    const m1 = buildTextMap(root);
    const p2 = document.createElement('p');
    p2.textContent = 'Two.';
    root.appendChild(p2);
    const m2 = appendBlocks(m1, [p2])!;
    const p3 = document.createElement('p');
    p3.textContent = 'Three.';
    root.appendChild(p3);
    const m3 = appendBlocks(m1, [p3])!;
    expect(m2.text).toBe('One.\n\nTwo.');
    expect(m3.text).toBe('One.\n\nThree.');
    expect(m2.toRange(6, 10)!.toString()).toBe('Two.');
  });
});

describe('linkedom', () => {
  test('gives the same string as jsdom (no layout APIs used)', async () => {
    const { parseHTML } = await import('linkedom');
    const html = '<html><body><div id="root"><p>The <a href="#">quick</a>  brown\u00a0fox.</p><p>Net\u00adan<br>yahu</p></div></body></html>';
    const { document: ldoc } = parseHTML(html);
    const a = buildTextMap(ldoc.getElementById('root') as unknown as HTMLElement);
    const b = buildTextMap(mount('<p>The <a href="#">quick</a>  brown\u00a0fox.</p><p>Net\u00adan<br>yahu</p>'));
    expect(a.text).toBe(b.text);
    expect(a.pointAt(4)!.node.data).toBe('quick');
  });
});
