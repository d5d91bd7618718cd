/** Test helper: paragraphs → text map string + blocks, as page/ would build them. */
import type { TextBlock } from '../../../../src/core/claims/analyze';

export function textMap(...paragraphs: string[]): { text: string; blocks: TextBlock[] } {
  let text = '';
  const blocks: TextBlock[] = [];
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + p.length, kind: 'paragraph' });
    text += p;
  }
  return { text, blocks };
}
