import { Chart } from '@/components/chart';
import type { ChartData as DrawnData, ChartVisual as DrawnVisual } from '@/types/api';
import type { ChartData, ChartVisual } from '../types';

/**
 * A tab's chart, drawn by the one chart component. The panel around it shows the title,
 * window and filters, so the component's own title and window text are hidden.
 */
export function ChartSlot({ data, visual, onZoom }: { data: ChartData; visual: ChartVisual; onZoom?: (from: string, to: string) => void }) {
  const drawn: DrawnVisual = {
    type: visual.type as DrawnVisual['type'],
    x: visual.x ?? null,
    y: visual.y ?? undefined,
    color: visual.color ?? null,
    title: visual.title ?? null,
  };
  return <Chart data={data as unknown as DrawnData} visual={drawn} title={null} onZoom={onZoom} showWindow={false} className="h-full" />;
}
