import { afterEach, describe, expect, it, vi } from 'vitest';

const imported = vi.fn();
vi.mock('plotly.js-dist-min', () => {
  imported();
  return { default: { react: vi.fn() } };
});

afterEach(() => {
  vi.resetModules();
  imported.mockClear();
});

describe('preloading Plotly', () => {
  it('leavesPlotlyUnloadedForTablesAndKpisAlone', async () => {
    const { preloadPlotlyFor } = await import('./plotly-loader');
    preloadPlotlyFor(['table', 'kpi']);
    preloadPlotlyFor([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(imported).not.toHaveBeenCalled();
  });

  it('startsFetchingPlotlyAsSoonAsOneChartNeedsIt', async () => {
    const { loadPlotly, preloadPlotlyFor } = await import('./plotly-loader');
    preloadPlotlyFor(['kpi', 'line']);
    await vi.waitFor(() => expect(imported).toHaveBeenCalledTimes(1));
    await loadPlotly();
    expect(imported).toHaveBeenCalledTimes(1);
  });
});
