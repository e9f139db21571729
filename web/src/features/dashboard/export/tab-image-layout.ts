import type { GridItem } from '../grid-layout';
import { GRID_COLUMNS } from '../grid-layout';

/** Pixel geometry of a tab picture; the defaults follow the on-screen grid (60 px rows, 12 px gaps). */
export type ImageGrid = { width: number; columns?: number; rowHeight?: number; gap?: number; padding?: number };

export type PlacedBox = { i: string; left: number; top: number; width: number; height: number };

export type TabImageLayout = { width: number; height: number; boxes: PlacedBox[] };

/**
 * Where each grid item goes on one canvas of `width` pixels: the same arithmetic as
 * react-grid-layout (a column is `(inner width − gaps) / columns` wide, a row `rowHeight`
 * high, items span their cells and the gaps between them), so the picture looks like the screen.
 */
export function placeOnCanvas(
  items: readonly GridItem[],
  { width, columns = GRID_COLUMNS, rowHeight = 60, gap = 12, padding = 16 }: ImageGrid,
): TabImageLayout {
  const column = (width - 2 * padding - (columns - 1) * gap) / columns;
  const boxes = items.map(({ i, x, y, w, h }) => ({
    i,
    left: Math.round(padding + x * (column + gap)),
    top: Math.round(padding + y * (rowHeight + gap)),
    width: Math.round(w * column + (w - 1) * gap),
    height: h * rowHeight + (h - 1) * gap,
  }));
  const bottom = boxes.reduce((max, box) => Math.max(max, box.top + box.height), padding);
  return { width, height: bottom + padding, boxes };
}

/** Splits text into lines of at most `maxWidth` as `measure` reckons it, word by word. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A markdown card as plain text: headings, emphasis, links and list marks dropped. */
export function markdownAsText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .trim();
}
