/** @jest-environment jsdom */
import { createPainter } from '../../../src/content/highlights/painter';
import type { HighlightApi } from '../../../src/content/highlights/painter';
import { LAYER_NAME } from '../../../src/content/highlights/layers';
import { highlightCss } from '../../../src/content/highlights/styles';

/** A stand-in for CSS.highlights + Highlight (jsdom has neither). */
function fakeApi() {
  const registry = new Map<string, FakeHighlight>();
  class FakeHighlight {
    ranges = new Set<Range>();
    priority = 0;
    add(r: Range) {
      this.ranges.add(r);
    }
    clear() {
      this.ranges.clear();
    }
  }
  const api: HighlightApi = {
    registry: { set: (n, h) => registry.set(n, h as FakeHighlight), delete: (n) => registry.delete(n) },
    create: () => new FakeHighlight(),
  };
  const painted = () => Object.fromEntries([...registry].map(([n, h]) => [n, [...h.ranges].map((r) => r.toString())]));
  return { api, registry, painted };
}

function rangeOf(text: string): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i >= 0) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + text.length);
      return r;
    }
  }
  throw new Error(`not found: ${text}`);
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<p>The minister said the talks failed.</p><p>Prices rose <b>12 percent</b> in May.</p>';
});

describe('highlight painter (CSS Custom Highlight API)', () => {
  it('registers one highlight per layer under neutral names and leaves the DOM text untouched', () => {
    const { api, painted } = fakeApi();
    const before = document.body.innerHTML;
    const painter = createPainter(document, { api });
    painter.set('attributed', [rangeOf('The minister said the talks failed.')]);
    painter.set('statistic', [rangeOf('12 percent')]);
    painter.set('noted', [rangeOf('talks')]);
    expect(painter.mechanism).toBe('highlight');
    expect(painted()).toEqual({ 'cl-b': ['The minister said the talks failed.'], 'cl-c': ['12 percent'], 'cl-n': ['talks'] });
    expect(document.body.innerHTML).toBe(before);
    // Names reveal no verdict and no note content.
    for (const name of Object.values(LAYER_NAME)) expect(name).toMatch(/^cl-[a-z]$/);
  });

  it('add() extends a layer and set() replaces it', () => {
    const { api, painted } = fakeApi();
    const painter = createPainter(document, { api });
    painter.add('quote', [rangeOf('talks')]);
    painter.add('quote', [rangeOf('May')]);
    expect(painted()['cl-a']).toEqual(['talks', 'May']);
    painter.set('quote', [rangeOf('Prices')]);
    expect(painted()['cl-a']).toEqual(['Prices']);
  });

  it('hides and shows every layer, keeping the ranges, and dispose removes the style sheet', () => {
    const { api, painted, registry } = fakeApi();
    const painter = createPainter(document, { api });
    painter.set('assertion', [rangeOf('talks')]);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    painter.setVisible(false);
    expect(registry.size).toBe(0);
    painter.setVisible(true);
    expect(painted()['cl-d']).toEqual(['talks']);
    painter.dispose();
    expect(registry.size).toBe(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });
});

describe('<mark> fallback painter', () => {
  it('wraps the ranges (across element boundaries) in marks with neutral names', () => {
    const painter = createPainter(document, { api: null });
    expect(painter.mechanism).toBe('mark');
    const r = document.createRange();
    r.setStart(rangeOf('rose').startContainer, rangeOf('rose').startOffset);
    r.setEnd(rangeOf('percent').endContainer, rangeOf('percent').endOffset);
    painter.set('statistic', [r, rangeOf('minister')]);
    const marks = [...document.querySelectorAll('mark[data-cl="cl-c"]')].map((m) => m.textContent);
    expect(marks).toEqual(['minister', 'rose ', '12 percent']);
    expect(document.body.textContent).toBe('The minister said the talks failed.Prices rose 12 percent in May.');
  });

  it('toggles off (unwrapping, text intact) and back on, and survives repeated repaints', () => {
    const painter = createPainter(document, { api: null });
    painter.set('quote', [rangeOf('talks failed')]);
    painter.set('noted', [rangeOf('minister')]);
    painter.setVisible(false);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(document.body.textContent).toBe('The minister said the talks failed.Prices rose 12 percent in May.');
    painter.setVisible(true);
    expect([...document.querySelectorAll('mark')].map((m) => `${m.getAttribute('data-cl')}:${m.textContent}`).sort()).toEqual([
      'cl-a:talks failed',
      'cl-n:minister',
    ]);
    painter.dispose();
    expect(document.querySelectorAll('mark, style')).toHaveLength(0);
  });

  it('never inserts page or note text as markup: a hostile text stays text', () => {
    document.body.innerHTML = '';
    const p = document.createElement('p');
    p.textContent = '<img src=x onerror=alert(1)> said "><script>x()</script>';
    document.body.appendChild(p);
    const painter = createPainter(document, { api: null });
    painter.set('quote', [rangeOf('<img src=x onerror=alert(1)> said')]);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect(document.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)> said');
  });
});

describe('highlight styles', () => {
  it('gives every layer its own underline style and a dark-scheme variant', () => {
    const css = highlightCss();
    const styles = Object.values(LAYER_NAME).map((n) => new RegExp(`::highlight\\(${n}\\)\\{[^}]*underline (\\w+)`).exec(css)?.[1]);
    expect(new Set(styles).size).toBe(5);
    expect(css).toContain('@media (prefers-color-scheme: dark)');
  });

  it('ignores colour overrides that could break out of the rule', () => {
    const css = highlightCss({ quote: 'red;} body{display:none' , attributed: '#123456' });
    expect(css).not.toContain('display:none');
    expect(css).toContain('background-color:#123456');
  });
});
