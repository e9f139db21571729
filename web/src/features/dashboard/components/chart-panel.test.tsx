import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import type { ChartDataOnTab, TabChart } from '../types';
import { ChartPanel } from './chart-panel';

// a stand-in for Plotly: the real one takes seconds to evaluate in jsdom, and these tests
// are about the panel around the drawing
const plotly = vi.hoisted(() => ({
  react: vi.fn(async (div: HTMLDivElement) => div),
  purge: vi.fn(),
  downloadImage: vi.fn(async (_div: unknown, _options: unknown) => 'chart.png'),
  resize: vi.fn(),
}));
vi.mock('plotly.js-dist-min', () => ({
  default: { react: plotly.react, purge: plotly.purge, downloadImage: plotly.downloadImage, Plots: { resize: plotly.resize } },
}));

const chart = (overrides: Partial<TabChart> = {}): TabChart => ({
  chartId: 'c1',
  title: 'Demand',
  visual: { type: 'line', x: 'ts', y: ['load'] },
  layout: { x: 0, y: 0, w: 6, h: 4 },
  ...overrides,
});

const result = (overrides: Partial<ChartDataOnTab> = {}): ChartDataOnTab => ({
  chartId: 'c1',
  data: {
    columns: [{ name: 'ts' }, { name: 'load' }],
    rows: [['2023-07-31T22:00:00Z', 12.5]],
    downsampled: true,
    truncated: false,
    window: { from: '2023-07-24T23:00:00Z', to: '2023-07-31T23:00:00Z' },
    anchor: 'anchored at the latest data (2023-07-31T22:00:00Z)',
  },
  filters: [
    { column: 'building', applied: true },
    { column: 'location', applied: false },
  ],
  ...overrides,
});

describe('chart on a tab', () => {
  it('saysWhichWindowItShowsHowItWasAnchoredAndWhereFiltersApply', () => {
    renderWithQuery(<ChartPanel tabId="t1" chart={chart()} result={result()} loading={false} onRemove={() => {}} />);
    expect(screen.getByTestId('chart-window')).toHaveTextContent(
      'Shows 2023-07-24 23:00 UTC – 2023-07-31 23:00 UTC · anchored at the latest data (2023-07-31T22:00:00Z)',
    );
    expect(screen.getByText('downsampled')).toBeInTheDocument();
    expect(screen.getByText('building: applies')).toBeInTheDocument();
    expect(screen.getByText('location: does not apply')).toBeInTheDocument();
    expect(screen.queryByText(/overrides the tab’s window/)).not.toBeInTheDocument();
  });

  it('marksAnOverrideAndGoesBackToTheTabsWindowInOneClick', async () => {
    document.cookie = 'XSRF-TOKEN=csrf';
    const { requests } = mockFetch({ 'PATCH /api/tabs/t1/charts/c1': () => json(chart()) });
    renderWithQuery(
      <ChartPanel tabId="t1" chart={chart({ window: { last: 'PT24H' } })} result={result()} loading={false} onRemove={() => {}} />,
    );
    expect(screen.getByText('overrides the tab’s window: Last 24 hours')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Use the tab’s window' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]!.body).toEqual({ window: null });
  });

  it('showsTheServersDetailWhenOneChartFails', () => {
    renderWithQuery(
      <ChartPanel
        tabId="t1"
        chart={chart()}
        result={{ chartId: 'c1', filters: [], error: { status: 400, detail: "Unknown column 'lod_kwh'." } }}
        loading={false}
        onRemove={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent("Unknown column 'lod_kwh'.");
  });
});

describe('chart menu', () => {
  const view = { window: { last: 'P7D' } as const, filters: [{ column: 'building', values: ['Building 1'] }] };

  it('linksTheCsvForTheTabsWindowAndFilterValues', async () => {
    renderWithQuery(<ChartPanel tabId="t1" chart={chart()} result={result()} loading={false} onRemove={() => {}} view={view} />);
    await userEvent.click(screen.getByRole('button', { name: 'Actions for Demand' }));
    const csv = screen.getByRole('menuitem', { name: 'Download CSV' });
    expect(csv).toHaveAttribute('href', '/api/charts/c1/data.csv?window=last%3AP7D&filter.building=Building+1');
    expect(csv).toHaveAttribute('download');

    await waitFor(() => expect(plotly.react).toHaveBeenCalled());
    await userEvent.click(screen.getByRole('menuitem', { name: 'Download PNG' }));
    await waitFor(() => expect(plotly.downloadImage).toHaveBeenCalledTimes(1));
    expect(plotly.downloadImage.mock.calls[0]![1]).toMatchObject({ format: 'png', filename: 'Demand' });
  });

  it('usesTheChartsOwnWindowWhenItOverridesTheTabs', async () => {
    renderWithQuery(
      <ChartPanel tabId="t1" chart={chart({ window: { last: 'PT24H' } })} result={result()} loading={false} view={view} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Actions for Demand' }));
    expect(screen.getByRole('menuitem', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/charts/c1/data.csv?window=last%3APT24H&filter.building=Building+1',
    );
  });

  it('offersSharingOnlyToEditorsAndHidesEditingOnAViewOnlyTab', async () => {
    let shared = 0;
    const { unmount } = renderWithQuery(
      <ChartPanel tabId="t1" chart={chart()} result={result()} loading={false} onRemove={() => {}} onShare={() => shared++} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Actions for Demand' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Share…' }));
    expect(shared).toBe(1);
    unmount();

    renderWithQuery(
      <ChartPanel tabId="t1" chart={chart()} result={result()} loading={false} onRemove={() => {}} onShare={() => shared++} readOnly />,
    );
    expect(screen.queryByRole('button', { name: 'Remove Demand from the tab' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Window of Demand/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Demand' })).not.toHaveClass('grid-drag-handle');
    await userEvent.click(screen.getByRole('button', { name: 'Actions for Demand' }));
    expect(screen.queryByRole('menuitem', { name: 'Share…' })).not.toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Download CSV' })).toBeInTheDocument();
  });
});
