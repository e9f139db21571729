import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadByBuildingCompared, loadByBuildingHourly } from '@/test/chart-data';
import { Chart } from './chart';
import type { ChartHandle } from './chart';
import { CHART_THEMES } from './chart-theme';
import { prepareFigure } from './prepare';

type RelayoutHandler = (event: Record<string, unknown>) => void;

// The factory runs only when something imports Plotly: the count tells whether it was loaded.
const plotly = vi.hoisted(() => {
  const handlers: RelayoutHandler[] = [];
  return {
    imports: 0,
    handlers,
    react: vi.fn(async (div: HTMLElement & { on?: unknown }) => {
      div.on = (event: string, handler: RelayoutHandler) => event === 'plotly_relayout' && handlers.push(handler);
      return div;
    }),
    purge: vi.fn(),
    downloadImage: vi.fn(async () => 'chart.png'),
    resize: vi.fn(),
  };
});

vi.mock('plotly.js-dist-min', () => {
  plotly.imports++;
  return {
    default: { react: plotly.react, purge: plotly.purge, downloadImage: plotly.downloadImage, Plots: { resize: plotly.resize } },
  };
});

afterEach(() => {
  plotly.react.mockClear();
  plotly.purge.mockClear();
  plotly.downloadImage.mockClear();
  plotly.handlers.length = 0;
  document.documentElement.classList.remove('dark');
});

// These come first: once a line chart has imported Plotly, the module stays loaded.
describe('without Plotly', () => {
  it('rendersATableAsPlainReact', () => {
    render(<Chart data={loadByBuildingHourly()} visual={{ type: 'table', title: 'Load' }} units={{ load: 'kWh' }} />);
    expect(screen.getByRole('heading', { name: 'Load' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'load (kWh)' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(7);
    expect(screen.getAllByRole('cell', { name: '2022-07-31 23:00' })).toHaveLength(2);
    expect(screen.getByRole('cell', { name: '2.276' })).toBeInTheDocument();
  });

  it('takesTheUnitsTheServerSentWhenNoneAreGiven', () => {
    render(<Chart data={{ ...loadByBuildingHourly(), units: { load: 'MWh' } }} visual={{ type: 'table', title: 'Load' }} />);
    expect(screen.getByRole('columnheader', { name: 'load (MWh)' })).toBeInTheDocument();
  });

  it('rendersAKpiWithItsDelta', () => {
    render(<Chart data={loadByBuildingCompared()} visual={{ type: 'kpi' }} units={{ load: 'kWh' }} />);
    const kpi = screen.getByTestId('kpi');
    expect(kpi).toHaveTextContent('120.5kWh');
    expect(kpi).toHaveTextContent('+20.5 (+20.5%) vs previous period');
  });

  it('saysWhyThereIsNothingToDraw', () => {
    render(<Chart data={loadByBuildingHourly({ rows: [] })} visual={{ type: 'line' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('No rows in this window.');
    // the window is still stated, so the reader knows which one was empty
    expect(screen.getByText(/2022-07-31 23:00 – 2022-08-01 02:00 UTC, anchored at the latest data/)).toBeInTheDocument();
  });

  it('namesTheMissingColumnInTheErrorState', () => {
    render(<Chart data={loadByBuildingHourly()} visual={{ type: 'bar', y: ['lod_kwh'] }} />);
    expect(screen.getByRole('alert')).toHaveTextContent("The chart asks for column 'lod_kwh'");
  });

  it('neverLoadedPlotlyForThem', () => {
    expect(plotly.imports).toBe(0);
    expect(plotly.react).not.toHaveBeenCalled();
  });
});

describe('with Plotly', () => {
  it('drawsThePreparedFigureWithPlotlyReact', async () => {
    const data = loadByBuildingHourly();
    const visual = { type: 'line' as const };
    render(<Chart data={data} visual={visual} units={{ load: 'kWh' }} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(1));
    const expected = prepareFigure(data, visual, { theme: 'light', units: { load: 'kWh' } });
    if (expected.kind !== 'plotly') throw new Error('expected a plotly figure');
    expect(plotly.react).toHaveBeenCalledWith(screen.getByTestId('plotly-chart'), expected.data, expected.layout, {
      responsive: true,
      displaylogo: false,
    });
    expect(plotly.imports).toBe(1);
  });

  it('redrawsInTheDarkThemeWhenTheAppSwitches', async () => {
    render(<Chart data={loadByBuildingHourly()} visual={{ type: 'line' }} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(1));
    act(() => document.documentElement.classList.add('dark'));
    await waitFor(() => expect(plotly.react).toHaveBeenCalledTimes(2));
    const layout = plotly.react.mock.calls[1]![2 as 0] as unknown as { paper_bgcolor: string };
    expect(layout.paper_bgcolor).toBe(CHART_THEMES.dark.paper);
  });

  it('marksDownsampledData', async () => {
    render(<Chart data={loadByBuildingHourly({ downsampled: true })} visual={{ type: 'line' }} />);
    expect(screen.getByText('Downsampled')).toBeInTheDocument();
    await waitFor(() => expect(plotly.react).toHaveBeenCalled());
  });

  it('reportsAZoomOnTheTimeAxis', async () => {
    const onZoom = vi.fn();
    render(<Chart data={loadByBuildingHourly()} visual={{ type: 'line' }} onZoom={onZoom} />);
    await waitFor(() => expect(plotly.handlers).toHaveLength(1));
    plotly.handlers[0]!({ 'xaxis.autorange': true });
    plotly.handlers[0]!({ 'xaxis.range[0]': '2022-08-01 00:00', 'xaxis.range[1]': '2022-08-01 01:30' });
    expect(onZoom).toHaveBeenCalledExactlyOnceWith('2022-08-01T00:00:00.000Z', '2022-08-01T01:30:00.000Z');
  });

  it('downloadsAPngFromTheMenuAndTheRef', async () => {
    const ref = createRef<ChartHandle>();
    render(<Chart ref={ref} data={loadByBuildingHourly()} visual={{ type: 'bar', title: 'Load by building' }} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalled());
    await userEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(plotly.downloadImage).toHaveBeenCalledWith(
      screen.getByTestId('plotly-chart'),
      expect.objectContaining({ format: 'png', filename: 'Load by building' }),
    );
    await ref.current!.downloadPng('weekly');
    expect(plotly.downloadImage).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ filename: 'weekly' }));
  });

  it('purgesPlotlyOnUnmount', async () => {
    const { unmount } = render(<Chart data={loadByBuildingHourly()} visual={{ type: 'pie' }} />);
    await waitFor(() => expect(plotly.react).toHaveBeenCalled());
    const div = screen.getByTestId('plotly-chart');
    unmount();
    expect(plotly.purge).toHaveBeenCalledWith(div);
  });
});
