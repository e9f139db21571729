import type { GridPlacement, Tab } from './types';

/** Columns of the wide grid; below {@link NARROW_WIDTH} pixels the grid is one column. */
export const GRID_COLUMNS = 12;
export const NARROW_WIDTH = 768;

/** A grid item: a chart (`chart:<chartId>`) or a text card (`card:<id>`). */
export type GridItem = GridPlacement & { i: string };

export const chartKey = (chartId: string) => `chart:${chartId}`;
export const cardKey = (cardId: string) => `card:${cardId}`;

/** Charts and cards of a tab as one grid layout, clamped into the grid. */
export function layoutOfTab(tab: Pick<Tab, 'charts' | 'cards'>): GridItem[] {
  return [
    ...tab.charts.map((c) => ({ i: chartKey(c.chartId), ...clamp(c.layout) })),
    ...tab.cards.map((c) => ({ i: cardKey(c.id), ...clamp(c.layout) })),
  ];
}

function clamp({ x, y, w, h }: GridPlacement): GridPlacement {
  const width = Math.min(Math.max(1, Math.round(w) || 1), GRID_COLUMNS);
  return {
    x: Math.min(Math.max(0, Math.round(x) || 0), GRID_COLUMNS - width),
    y: Math.max(0, Math.round(y) || 0),
    w: width,
    h: Math.max(1, Math.round(h) || 1),
  };
}

/**
 * The narrow-screen layout: one column, items in reading order (top to bottom, then left
 * to right), each keeping its height.
 */
export function stackForNarrow(items: readonly GridItem[]): GridItem[] {
  const ordered = [...items].sort((a, b) => a.y - b.y || a.x - b.x || a.i.localeCompare(b.i));
  let y = 0;
  return ordered.map((item) => {
    const stacked = { i: item.i, x: 0, y, w: 1, h: item.h };
    y += item.h;
    return stacked;
  });
}

/** The body of `PUT /api/tabs/{id}/layout` (assumed shape, mirrors `GET /api/tabs/{id}`). */
export type LayoutBody = {
  charts: { chartId: string; layout: GridPlacement }[];
  cards: { id: string; layout: GridPlacement }[];
};

export function layoutBody(items: readonly GridItem[]): LayoutBody {
  const body: LayoutBody = { charts: [], cards: [] };
  for (const { i, x, y, w, h } of items) {
    if (i.startsWith('chart:')) body.charts.push({ chartId: i.slice('chart:'.length), layout: { x, y, w, h } });
    else if (i.startsWith('card:')) body.cards.push({ id: i.slice('card:'.length), layout: { x, y, w, h } });
  }
  return body;
}

/** Whether two layouts place every item the same (the grid reports moves that moved nothing). */
export function sameLayout(a: readonly GridItem[], b: readonly GridItem[]): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(b.map((item) => [item.i, item]));
  return a.every((item) => {
    const other = byKey.get(item.i);
    return !!other && other.x === item.x && other.y === item.y && other.w === item.w && other.h === item.h;
  });
}

/** Where a newly pinned item goes: full rows below everything, half the grid wide. */
export function placeBelow(items: readonly GridItem[], w = 6, h = 4): GridPlacement {
  const bottom = items.reduce((max, item) => Math.max(max, item.y + item.h), 0);
  return { x: 0, y: bottom, w, h };
}
