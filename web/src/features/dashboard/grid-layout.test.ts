import { describe, expect, it } from 'vitest';
import { layoutBody, layoutOfTab, placeBelow, sameLayout, stackForNarrow } from './grid-layout';

const place = (i: string, x: number, y: number, w: number, h: number) => ({ i, x, y, w, h });

describe('grid layout', () => {
  it('stacksIntoOneColumnInReadingOrderKeepingHeights', () => {
    const wide = [place('chart:b', 6, 0, 6, 4), place('card:n', 0, 4, 12, 2), place('chart:a', 0, 0, 6, 3)];
    expect(stackForNarrow(wide)).toEqual([
      place('chart:a', 0, 0, 1, 3),
      place('chart:b', 0, 3, 1, 4),
      place('card:n', 0, 7, 1, 2),
    ]);
  });

  it('clampsWhatTheServerSentIntoTheGrid', () => {
    const items = layoutOfTab({
      charts: [{ chartId: 'c1', title: 'x', visual: { type: 'line' }, layout: { x: 10, y: -1, w: 6, h: 0 } }],
      cards: [{ id: 'k1', markdown: '', layout: { x: 0, y: 2, w: 40, h: 2 } }],
    });
    expect(items).toEqual([place('chart:c1', 6, 0, 6, 1), place('card:k1', 0, 2, 12, 2)]);
  });

  it('splitsALayoutIntoChartsAndCardsForTheServer', () => {
    expect(layoutBody([place('chart:c1', 0, 0, 6, 4), place('card:k1', 6, 0, 6, 2)])).toEqual({
      charts: [{ chartId: 'c1', layout: { x: 0, y: 0, w: 6, h: 4 } }],
      cards: [{ id: 'k1', layout: { x: 6, y: 0, w: 6, h: 2 } }],
    });
  });

  it('comparesLayoutsByPlacementNotOrder', () => {
    const a = [place('chart:a', 0, 0, 6, 4), place('chart:b', 6, 0, 6, 4)];
    expect(sameLayout(a, [...a].reverse())).toBe(true);
    expect(sameLayout(a, [place('chart:a', 0, 0, 6, 5), a[1]!])).toBe(false);
  });

  it('placesANewItemBelowEverything', () => {
    expect(placeBelow([place('chart:a', 0, 0, 6, 4), place('chart:b', 6, 2, 6, 4)])).toEqual({ x: 0, y: 6, w: 6, h: 4 });
  });
});
