import type { TabFilter, TimeWindow } from '../types';
import { FILTER_PREFIX } from '../url-state';
import { windowToParam } from '../window-spec';

/**
 * The address of a chart's CSV (`GET /api/charts/{id}/data.csv`) for what the tab shows: the
 * chart's own override or else the tab's window, and the tab's filter values (the server
 * applies those the chart's dataset has). A plain link: the server streams the file.
 */
export function chartCsvUrl(chartId: string, window: TimeWindow | null | undefined, filters: readonly TabFilter[]): string {
  const params = new URLSearchParams();
  if (window) params.set('window', windowToParam(window));
  for (const filter of filters) {
    for (const value of filter.values) params.append(`${FILTER_PREFIX}${filter.column}`, value);
  }
  const query = params.toString();
  return `/api/charts/${encodeURIComponent(chartId)}/data.csv${query ? `?${query}` : ''}`;
}
