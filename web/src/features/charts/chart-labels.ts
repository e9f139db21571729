import type { ChartVisualType } from '@/types/api';
import type { ChartView } from './types';

/** How long a library search waits after the last key. */
export const SEARCH_DELAY_MS = 300;

export const VISUAL_LABELS: Record<ChartVisualType, string> = {
  line: 'Line',
  area: 'Area',
  bar: 'Bar',
  stacked_bar: 'Stacked bar',
  pie: 'Pie',
  scatter: 'Scatter',
  heatmap: 'Heatmap',
  table: 'Table',
  kpi: 'KPI',
  histogram: 'Histogram',
  box: 'Box',
};

/** Where a chart's rows come from: its dataset, or "SQL". */
export const chartSource = (chart: ChartView) => (chart.sql ? 'SQL' : (chart.query?.dataset ?? '—'));

export const chartType = (chart: ChartView) =>
  chart.visual ? (VISUAL_LABELS[chart.visual.type] ?? chart.visual.type) : '—';
