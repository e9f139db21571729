import type { GridPlacement } from '@/features/dashboard/types';
import type { PublicChart } from './types';

export type PlacedChart = { index: number; chart: PublicChart; layout: GridPlacement };

const FALLBACK = { w: 12, h: 6 };

/**
 * The charts of a public tab in reading order (top to bottom, then left to right), each with a
 * grid place: its own, or (when the server sent none) a full-width band below the rest. The
 * order is the one a narrow screen stacks them in.
 */
export function publicLayout(charts: readonly PublicChart[]): PlacedChart[] {
  let bottom = charts.reduce((max, c) => (c.layout ? Math.max(max, c.layout.y + c.layout.h) : max), 0);
  const placed = charts.map((chart, index) => {
    if (chart.layout) return { index, chart, layout: chart.layout };
    const layout = { x: 0, y: bottom, ...FALLBACK };
    bottom += FALLBACK.h;
    return { index, chart, layout };
  });
  return placed.sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x || a.index - b.index);
}

/** CSS grid lines for a place on a 12-column grid (inline styles: allowed by the CSP, unlike scripts). */
export function gridArea({ x, y, w, h }: GridPlacement) {
  return { gridColumn: `${x + 1} / span ${w}`, gridRow: `${y + 1} / span ${h}` };
}
