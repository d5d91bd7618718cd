/**
 * The look of each highlight layer, as data, and the style sheet text built from it. Every layer has
 * its own underline style so kinds are told apart without colour (colour-blind readers, forced
 * palettes); backgrounds are translucent so the page's text colour stays readable on light and dark
 * pages, with stronger tints when the reader prefers a dark scheme.
 */
import type { Layer } from './layers';
import { LAYERS, LAYER_NAME } from './layers';

interface LayerLook {
  /** CSS text-decoration-style: the colour-independent cue. */
  underline: 'solid' | 'dotted' | 'dashed' | 'double' | 'wavy';
  light: { background: string; line: string };
  dark: { background: string; line: string };
}

/** Okabe–Ito based hues (distinguishable with the common colour-vision deficiencies). */
export const LAYER_LOOK: Readonly<Record<Layer, LayerLook>> = {
  quote: { underline: 'solid', light: { background: 'rgba(230,159,0,0.22)', line: '#9a6400' }, dark: { background: 'rgba(230,159,0,0.30)', line: '#f0b840' } },
  attributed: { underline: 'dashed', light: { background: 'rgba(86,180,233,0.22)', line: '#0a5f8f' }, dark: { background: 'rgba(86,180,233,0.30)', line: '#7cc8f0' } },
  statistic: { underline: 'double', light: { background: 'rgba(0,158,115,0.20)', line: '#006b4e' }, dark: { background: 'rgba(0,158,115,0.30)', line: '#4fd1a8' } },
  assertion: { underline: 'dotted', light: { background: 'rgba(120,120,120,0.14)', line: '#555555' }, dark: { background: 'rgba(200,200,200,0.18)', line: '#bbbbbb' } },
  noted: { underline: 'wavy', light: { background: 'rgba(204,121,167,0.28)', line: '#8a2f62' }, dark: { background: 'rgba(204,121,167,0.36)', line: '#f0a0cc' } },
};

/** Optional per-layer colour overrides from the settings (used for the background tint). */
export type ColourOverrides = Partial<Record<Layer, string>>;

/** A CSS colour string that is safe to put into a style sheet (no braces, semicolons or comments). */
function safeColour(value: string | undefined): string | null {
  if (!value || value.length > 64 || !/^[#(),.%\w\s-]+$/.test(value)) return null;
  return value;
}

function rule(selector: string, look: LayerLook['light'], underline: string, background: string | null): string {
  return `${selector}{background-color:${background ?? look.background};text-decoration:underline ${underline} ${look.line};` +
    'text-decoration-thickness:2px;text-underline-offset:2px;text-decoration-skip-ink:none}';
}

/**
 * Style sheet text for both painters: `::highlight(name)` rules and `mark[data-cl=name]` rules for the
 * fallback, light by default and dark under `prefers-color-scheme: dark`.
 */
export function highlightCss(colours: ColourOverrides = {}): string {
  const light: string[] = [];
  const dark: string[] = [];
  for (const layer of LAYERS) {
    const name = LAYER_NAME[layer];
    const look = LAYER_LOOK[layer];
    const custom = safeColour(colours[layer]);
    for (const selector of [`::highlight(${name})`, `mark[data-cl="${name}"]`]) {
      light.push(rule(selector, look.light, look.underline, custom));
      dark.push(rule(selector, look.dark, look.underline, custom));
    }
  }
  // Marks must not take the page's own <mark> look (or its colour): only ours, restated.
  const markReset = 'mark[data-cl]{color:inherit;padding:0;margin:0;border:0;font:inherit}';
  return `${markReset}\n${light.join('\n')}\n@media (prefers-color-scheme: dark){\n${dark.join('\n')}\n}`;
}
