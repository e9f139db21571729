/**
 * The one chart component, shared by dashboards, chat and public pages:
 *
 *   <Chart data={chartData} visual={{ type: 'line' }} units={{ load: 'kWh' }} onZoom={keepRange} ref={handle} />
 *
 * `data` is what `GET /api/charts/{id}/data` returns; the chart never fetches.
 * `prepareFigure` is the pure half, usable (and tested) without a DOM.
 */
export { Chart } from './chart';
export type { ChartHandle, ChartProps } from './chart';
export { CHART_THEMES } from './chart-theme';
export type { ChartTheme } from './chart-theme';
export { preloadPlotlyFor } from './plotly-loader';
export { describeWindow, prepareFigure, zoomFromRelayout } from './prepare';
export type { Figure, KpiFigure, PlotlyFigure, PrepareOptions, TableFigure } from './prepare';
