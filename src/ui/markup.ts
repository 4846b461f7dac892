/**
 * Renders the light markup of lesson and quiz text (see docs/content-format.md) to terminal lines:
 * paragraphs wrapped to the width, `- ` and `1. ` list items with a hanging indent, fenced blocks
 * verbatim behind a gutter, inline `code` highlighted and **bold** in bold.
 */
import { sanitize } from './sanitize.js';
import type { Theme } from './theme.js';
import { wrap } from './wrap.js';

type Block = { kind: 'para'; text: string } | { kind: 'item'; marker: string; text: string } | { kind: 'code'; lines: string[] };

const ITEM = /^(\s*)(-|\*|\d+\.)\s+(.*)$/;

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = sanitize(source).split('\n');
  let para: string[] = [];
  let item: { marker: string; text: string[] } | undefined;
  const flush = () => {
    if (para.length) blocks.push({ kind: 'para', text: para.join(' ') });
    if (item) blocks.push({ kind: 'item', marker: item.marker, text: item.text.join(' ') });
    para = [];
    item = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*```/.test(line)) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i] ?? ''); i++) code.push((lines[i] ?? '').replace(/\t/g, '  '));
      blocks.push({ kind: 'code', lines: code });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const m = ITEM.exec(line);
    if (m) {
      flush();
      item = { marker: m[2] === '*' ? '-' : (m[2] ?? '-'), text: [m[3] ?? ''] };
    } else if (item) {
      item.text.push(line.trim());
    } else {
      para.push(line.trim());
    }
  }
  flush();
  return blocks;
}

export function renderMarkup(source: string, theme: Theme, width: number, indent = ''): string[] {
  const out: string[] = [];
  let previous: Block['kind'] | undefined;
  for (const block of parseBlocks(source)) {
    // Consecutive list items sit together; everything else is separated by a blank line.
    if (previous && !(previous === 'item' && block.kind === 'item')) out.push('');
    previous = block.kind;
    if (block.kind === 'code') {
      for (const line of block.lines) out.push(`${indent}${theme.dim(theme.symbols.gutter)} ${theme.code(line)}`);
    } else if (block.kind === 'item') {
      const marker = block.marker === '-' ? theme.symbols.bullet : block.marker;
      const hang = ' '.repeat(marker.length + 3);
      out.push(...wrap(inline(block.text, theme), width, indent + hang, `${indent}  ${marker} `));
    } else {
      out.push(...wrap(inline(block.text, theme), width, indent));
    }
  }
  return out;
}

/**
 * Inline `code` and **bold**. With colour, code is coloured and loses its backticks; without,
 * the backticks stay (they still say "this is code") and bold loses its asterisks.
 */
export function inline(text: string, theme: Theme): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
        const code = part.slice(1, -1);
        const styled = theme.code(code);
        return styled === code ? part : styled;
      }
      return part.replace(/\*\*([^*]+)\*\*/g, (_whole, bold: string) => theme.bold(bold));
    })
    .join('');
}
