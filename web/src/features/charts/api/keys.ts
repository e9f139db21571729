/** Query keys of the chart library; `chartKey` is the one the dashboard reads a chart under too. */
export const chartListsKey = ['charts', 'list'] as const;
export const chartKey = (chartId: string) => ['charts', 'detail', chartId] as const;
export const chartPath = (chartId: string) => `/api/charts/${encodeURIComponent(chartId)}`;
