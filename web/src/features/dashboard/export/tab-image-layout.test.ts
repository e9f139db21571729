import { describe, expect, it } from 'vitest';
import { markdownAsText, placeOnCanvas, wrapText } from './tab-image-layout';

describe('tab picture placement', () => {
  it('placesItemsAtTheirGridCellsLikeTheScreenGrid', () => {
    // 12 columns over 1200 − 2×0 padding − 11×12 gaps = 1068 px: 89 px a column
    const placed = placeOnCanvas(
      [
        { i: 'card:n', x: 0, y: 0, w: 12, h: 2 },
        { i: 'chart:a', x: 0, y: 2, w: 6, h: 4 },
        { i: 'chart:b', x: 6, y: 2, w: 6, h: 4 },
      ],
      { width: 1200, padding: 0 },
    );
    expect(placed.boxes).toEqual([
      { i: 'card:n', left: 0, top: 0, width: 1200, height: 132 },
      { i: 'chart:a', left: 0, top: 144, width: 594, height: 276 },
      { i: 'chart:b', left: 606, top: 144, width: 594, height: 276 },
    ]);
    expect(placed.height).toBe(420);
    expect(placed.width).toBe(1200);
  });

  it('keepsThePaddingAroundAndLeavesGapsWhereTheGridHasThem', () => {
    const placed = placeOnCanvas([{ i: 'chart:a', x: 3, y: 5, w: 3, h: 1 }], { width: 1232, padding: 16 });
    // column: (1232 − 32 − 132) / 12 = 89
    expect(placed.boxes[0]).toEqual({ i: 'chart:a', left: 16 + 3 * 101, top: 16 + 5 * 72, width: 3 * 89 + 2 * 12, height: 60 });
    expect(placed.height).toBe(16 + 5 * 72 + 60 + 16);
  });

  it('isOnlyPaddingForAnEmptyTab', () => {
    expect(placeOnCanvas([], { width: 800 })).toEqual({ width: 800, height: 32, boxes: [] });
  });

  it('wrapsTextByWordsToTheWidth', () => {
    const measure = (s: string) => s.length * 10;
    expect(wrapText('one two three four\nfive', 100, measure)).toEqual(['one two', 'three four', 'five']);
  });

  it('readsACardsMarkdownAsPlainText', () => {
    expect(markdownAsText('## Plant overview\n- **GTA 1** runs\n- see [the tariff](https://x)')).toBe(
      'Plant overview\n• GTA 1 runs\n• see the tariff',
    );
  });
});
