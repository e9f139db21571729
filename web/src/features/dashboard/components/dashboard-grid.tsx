import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { GridLayout, useContainerWidth } from 'react-grid-layout';
import type { Layout } from 'react-grid-layout';
import 'react-grid-layout/css/styles.css';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { useSaveLayout } from '../api/save-layout';
import { GRID_COLUMNS, layoutBody, NARROW_WIDTH, sameLayout, stackForNarrow } from '../grid-layout';
import type { GridItem } from '../grid-layout';

const SAVE_DELAY_MS = 800;
const ROW_HEIGHT = 60;

const toItems = (layout: Layout): GridItem[] => layout.map(({ i, x, y, w, h }) => ({ i, x, y, w, h }));

/**
 * Charts and cards on react-grid-layout: drag by the title, resize from the corner; each
 * change is saved (debounced) and the last one can be undone. Below 768 px the grid is one
 * column in reading order and cannot be rearranged, so a phone never rewrites the layout.
 */
export function DashboardGrid({
  tabId,
  items,
  render,
  readOnly = false,
}: {
  tabId: string;
  items: GridItem[];
  render: (key: string) => ReactNode;
  /** A tab the reader may only view: nothing moves, nothing is saved. */
  readOnly?: boolean;
}) {
  const { width, containerRef } = useContainerWidth({ debounceTimeout: 100 });
  const narrow = width > 0 && width < NARROW_WIDTH;
  const fixed = narrow || readOnly;
  const [layout, setLayout] = useState(items);
  const [previous, setPrevious] = useState<GridItem[] | null>(null);
  const save = useSaveLayout();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // the server's layout wins when items come or go (a chart pinned elsewhere, one removed)
  const keys = items.map((item) => item.i).sort().join(' ');
  useEffect(() => {
    setLayout(items);
    setPrevious(null);
    // only a change of members (or of tab) resets: the grid owns moves in between
  }, [tabId, keys]);

  const { mutate } = save;
  const scheduleSave = useCallback(
    (next: GridItem[]) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => mutate({ tabId, layout: layoutBody(next) }), SAVE_DELAY_MS);
    },
    [mutate, tabId],
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (changed: Layout) => {
    const next = toItems(changed);
    if (sameLayout(next, layout)) return;
    setPrevious(layout);
    setLayout(next);
    scheduleSave(next);
  };

  const undo = () => {
    if (!previous) return;
    setLayout(previous);
    setPrevious(null);
    scheduleSave(previous);
  };

  const shown = useMemo(() => (narrow ? stackForNarrow(layout) : layout), [narrow, layout]);

  return (
    <div ref={containerRef} className="w-full">
      {(previous || save.isError) && (
        <div className="mb-2 flex items-center gap-3 text-sm">
          {previous && (
            <Button variant="secondary" size="sm" onClick={undo}>
              Undo layout change
            </Button>
          )}
          <ErrorAlert error={save.error} className="flex-1" />
        </div>
      )}
      <GridLayout
        width={width || 1280}
        layout={shown}
        gridConfig={{ cols: narrow ? 1 : GRID_COLUMNS, rowHeight: ROW_HEIGHT, margin: [12, 12], containerPadding: [0, 0] }}
        dragConfig={{ enabled: !fixed, handle: '.grid-drag-handle' }}
        resizeConfig={{ enabled: !fixed, handles: ['se'] }}
        onDragStop={(next) => commit(next)}
        onResizeStop={(next) => commit(next)}
      >
        {shown.map((item) => (
          <div key={item.i}>{render(item.i)}</div>
        ))}
      </GridLayout>
    </div>
  );
}
