import type { Ref } from 'react';
import { Chart } from '@/components/chart';
import type { ChartHandle } from '@/components/chart';
import type { ChartData as DrawnData, ChartVisual as DrawnVisual } from '@/types/api';
import type { ChartData, ChartVisual } from '../types';

/** A tab's visual as the chart component types it. */
export function drawnVisual(visual: ChartVisual): DrawnVisual {
  return {
    type: visual.type as DrawnVisual['type'],
    x: visual.x ?? null,
    y: visual.y ?? undefined,
    color: visual.color ?? null,
    title: visual.title ?? null,
  };
}

/**
 * A tab's chart, drawn by the one chart component. The panel around it shows the title,
 * window and filters, and its menu offers the downloads, so the component's own title, window
 * text and download button are hidden.
 */
export function ChartSlot({
  data,
  visual,
  onZoom,
  ref,
}: {
  data: ChartData;
  visual: ChartVisual;
  onZoom?: (from: string, to: string) => void;
  ref?: Ref<ChartHandle>;
}) {
  return (
    <Chart
      ref={ref}
      data={data as unknown as DrawnData}
      visual={drawnVisual(visual)}
      title={null}
      onZoom={onZoom}
      showWindow={false}
      showDownload={false}
      className="h-full"
    />
  );
}
