import { describe, expect, it } from 'vitest';
import { publicLayout } from './public-layout';
import type { PublicChart } from './types';

const chart = (title: string, layout: PublicChart['layout']): PublicChart => ({ title, visual: { type: 'line' }, layout, data: null });

describe('public tab layout', () => {
  it('ordersChartsForReadingAndPutsUnplacedOnesInFullRowsBelow', () => {
    const placed = publicLayout([
      chart('right', { x: 6, y: 0, w: 6, h: 4 }),
      chart('loose', null),
      chart('left', { x: 0, y: 0, w: 6, h: 4 }),
      chart('below', { x: 0, y: 4, w: 12, h: 3 }),
      chart('loose 2', undefined),
    ]);
    expect(placed.map((p) => p.chart.title)).toEqual(['left', 'right', 'below', 'loose', 'loose 2']);
    expect(placed[3]!.layout).toEqual({ x: 0, y: 7, w: 12, h: 6 });
    expect(placed[4]!.layout).toEqual({ x: 0, y: 13, w: 12, h: 6 });
  });
});
