import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aChartView, aDataset, aWorkspace, page } from '@/test/builders';
import { loadByBuildingHourly } from '@/test/chart-data';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import type { RecordedRequest } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import ChartBuilderPage from './chart-builder-page';

// line charts draw through Plotly; a stand-in keeps jsdom out of it
vi.mock('@/components/chart/plotly-loader', () => ({
  loadPlotly: () => Promise.resolve({ react: async () => {}, purge: () => {}, Plots: { resize: () => {} } }),
}));

const routes = [
  { path: '/charts/new', element: <ChartBuilderPage /> },
  { path: '/charts/:chartId', element: <ChartBuilderPage /> },
  { path: '/dashboard/:tabId', element: <p>Tab page</p> },
];

const tabs = page([
  { id: 't-1', name: 'Overview' },
  { id: 't-2', name: 'Energy' },
]);

const previews = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.method === 'POST' && r.url.startsWith('/api/charts/preview'));

function server(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/workspaces': () => json(page([aWorkspace()])),
    'GET /api/datasets': () => json(page([aDataset()])),
    'POST /api/charts/preview': () => json(loadByBuildingHourly()),
    ...extra,
  });
}

async function pickDataset(name = 'load') {
  await screen.findByRole('option', { name });
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), name);
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf';
});

// each preview waits 400 ms after the last edit: a few edits in a row take seconds on a busy machine
describe('chart builder: live preview', { timeout: 20_000 }, () => {
  it('sendsTheDraftAsAChartQueryAfterEachEdit', async () => {
    const { requests } = server();
    renderSignedIn(routes, { at: '/charts/new' });

    await pickDataset();
    await waitFor(() => expect(previews(requests)).toHaveLength(1));
    expect(previews(requests)[0]!.body).toEqual({
      workspaceId: 'w-personal',
      query: { dataset: 'load', measures: [{ column: 'load_mw', agg: 'sum' }], time: { column: 'ts', grain: 'day' } },
      visual: { type: 'line' },
    });

    await userEvent.selectOptions(screen.getByLabelText('Measure 1 aggregation'), 'avg');
    await userEvent.click(screen.getByRole('button', { name: '+ Dimension' }));
    await userEvent.selectOptions(screen.getByLabelText('Dimension 1'), 'region');
    await userEvent.selectOptions(screen.getByLabelText('Chart type'), 'stacked_bar');

    await waitFor(() =>
      expect(previews(requests).at(-1)!.body).toEqual({
        workspaceId: 'w-personal',
        query: {
          dataset: 'load',
          measures: [{ column: 'load_mw', agg: 'avg' }],
          dimensions: [{ column: 'region' }],
          time: { column: 'ts', grain: 'day' },
        },
        visual: { type: 'stacked_bar' },
      }),
    );
    expect(await screen.findByTestId('preview-rows')).toHaveTextContent('6 rows');
  });

  it('sendsFiltersWithValuesTypedForTheColumn', async () => {
    const { requests } = server({
      'GET /api/datasets/d-1/columns/region/values': () =>
        json({ columns: [{ name: 'value' }, { name: 'rows' }], rows: [['north', 9], ['south', 3]], truncated: false }),
    });
    renderSignedIn(routes, { at: '/charts/new' });
    await pickDataset();

    await userEvent.click(screen.getByRole('button', { name: '+ Filter' }));
    await userEvent.selectOptions(screen.getByLabelText('Filter 1 column'), 'region');
    await userEvent.selectOptions(screen.getByLabelText('Filter 1 condition'), 'in');
    // the column's values are offered as suggestions
    await waitFor(() => expect(document.querySelectorAll('datalist option')).toHaveLength(2));
    await userEvent.type(screen.getByLabelText('Add a value to filter 1'), 'north{Enter}');
    await userEvent.click(screen.getByRole('button', { name: '+ Filter' }));
    await userEvent.selectOptions(screen.getByLabelText('Filter 2 column'), 'load_mw');
    await userEvent.selectOptions(screen.getByLabelText('Filter 2 condition'), 'gt');
    await userEvent.type(screen.getByLabelText('Filter 2 value'), '500');

    await waitFor(() =>
      expect((previews(requests).at(-1)!.body as { query: { filters: unknown } }).query.filters).toEqual([
        { column: 'region', op: 'in', values: ['north'] },
        { column: 'load_mw', op: 'gt', value: 500 },
      ]),
    );
  });

  it('showsTheServersRefusalAsALineAndKeepsTheLastGoodPreviewGreyed', async () => {
    let refuse = false;
    server({
      'POST /api/charts/preview': () =>
        refuse
          ? problem(400, "Unknown column 'lod_mw' in dataset load. Did you mean 'load_mw'?")
          : json(loadByBuildingHourly()),
    });
    renderSignedIn(routes, { at: '/charts/new' });
    await pickDataset();
    await userEvent.selectOptions(screen.getByLabelText('Chart type'), 'table');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(await within(preview).findAllByRole('cell', { name: 'Building 2' })).toHaveLength(3);

    refuse = true;
    await userEvent.type(screen.getByLabelText('Measure 1 name'), 'x');

    expect(await within(preview).findByRole('alert')).toHaveTextContent("Unknown column 'lod_mw' in dataset load. Did you mean 'load_mw'?");
    // the last good answer is still drawn, marked stale
    expect(within(preview).getAllByRole('cell', { name: 'Building 2' }).length).toBeGreaterThan(0);
    expect(preview.querySelector('[data-stale]')).not.toBeNull();

    refuse = false;
    await userEvent.clear(screen.getByLabelText('Measure 1 name'));
    await waitFor(() => expect(within(preview).queryByRole('alert')).not.toBeInTheDocument());
    await waitFor(() => expect(preview.querySelector('[data-stale]')).toBeNull());
  });

  it('saysWhatIsMissingBeforeAnythingIsSent', async () => {
    const { requests } = server();
    renderSignedIn(routes, { at: '/charts/new' });
    expect(await screen.findByText('Pick a dataset to start.')).toBeInTheDocument();
    await pickDataset();
    await userEvent.click(screen.getByRole('button', { name: 'Remove measure 1' }));
    expect(screen.getByText('Add a measure to see a preview.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(previews(requests)).toHaveLength(0);
  });
});

describe('chart builder: saving and pinning', { timeout: 20_000 }, () => {
  it('savesANewChartAndOpensItForEditing', async () => {
    const saved = aChartView({ id: 'c-9', title: 'Load per day' });
    const { requests } = server({
      'POST /api/charts': () => json(saved, 201),
      'GET /api/charts/c-9': () => json(saved),
    });
    const { router } = renderSignedIn(routes, { at: '/charts/new' });
    await userEvent.type(await screen.findByLabelText('Title'), 'Load per day');
    await pickDataset();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/charts/c-9'));
    const post = requests.find((r) => r.method === 'POST' && r.url === '/api/charts')!;
    expect(post.body).toEqual({
      workspaceId: 'w-personal',
      title: 'Load per day',
      query: { dataset: 'load', measures: [{ column: 'load_mw', agg: 'sum' }], time: { column: 'ts', grain: 'day' } },
      visual: { type: 'line' },
    });
    expect(await screen.findByRole('heading', { name: 'Load per day' })).toBeInTheDocument();
    expect(screen.getByText('Saved')).toBeInTheDocument();
  });

  it('showsTheServersReasonWhenASaveIsRefused', async () => {
    server({
      'POST /api/charts': () => problem(400, 'Invalid request', { errors: [{ field: 'title', message: 'must not be blank' }] }),
    });
    renderSignedIn(routes, { at: '/charts/new' });
    await pickDataset();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('must not be blank')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
  });

  it('savesThenPinsToTheChosenTabAndOpensIt', async () => {
    const saved = aChartView({ id: 'c-9' });
    const { requests } = server({
      'POST /api/charts': () => json(saved, 201),
      'GET /api/tabs': () => json(tabs),
      'POST /api/tabs/t-2/charts': () => json({ chartId: 'c-9' }, 201),
    });
    const { router } = renderSignedIn(routes, { at: '/charts/new' });
    await userEvent.type(await screen.findByLabelText('Title'), 'Daily load');
    await pickDataset();
    await userEvent.click(screen.getByRole('button', { name: 'Save and pin to tab…' }));

    const dialog = await screen.findByRole('dialog', { name: /Pin “Daily load” to a tab/ });
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Energy' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save and pin' }));

    expect(await screen.findByText('Tab page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dashboard/t-2');
    const pin = requests.find((r) => r.url === '/api/tabs/t-2/charts')!;
    expect(pin.method).toBe('POST');
    expect(pin.body).toEqual({ chartId: 'c-9' });
    expect(requests.findIndex((r) => r.url === '/api/charts' && r.method === 'POST')).toBeLessThan(requests.indexOf(pin));
  });

  it('pinsToTheTabItCameFromWhenSaved', async () => {
    const { requests } = server({
      'POST /api/charts': () => json(aChartView({ id: 'c-9' }), 201),
      'POST /api/tabs/t-1/charts': () => json({ chartId: 'c-9' }, 201),
    });
    const { router } = renderSignedIn(routes, { at: '/charts/new?pinTo=t-1' });
    await userEvent.type(await screen.findByLabelText('Title'), 'Daily load');
    await pickDataset();
    await userEvent.click(screen.getByRole('button', { name: 'Save and pin' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard/t-1'));
    expect(requests.find((r) => r.url === '/api/tabs/t-1/charts')!.body).toEqual({ chartId: 'c-9' });
  });

  it('opensASavedChartInTheFormAndReplacesItOnSave', async () => {
    const chart = aChartView({
      query: {
        dataset: 'load',
        measures: [{ column: 'load_mw', agg: 'max', as: 'peak' }],
        dimensions: [{ column: 'region' }],
        filters: [{ column: 'region', op: 'in', values: ['north'] }],
        window: { last: 'P30D' },
        sort: [{ by: 'peak', dir: 'desc' }],
        limit: 5,
      },
      visual: { type: 'bar', x: 'region' },
    });
    const { requests } = server({
      'GET /api/charts/c-1': () => json(chart),
      'PUT /api/charts/c-1': (r) => json({ ...chart, ...(r.body as object) }),
      'GET /api/datasets/d-1/columns/region/values': () => json({ columns: [], rows: [], truncated: false }),
    });
    renderSignedIn(routes, { at: '/charts/c-1' });

    expect(await screen.findByLabelText('Title')).toHaveValue('Daily load');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Dataset' })).toHaveValue('load'));
    expect(screen.getByLabelText('Measure 1 aggregation')).toHaveValue('max');
    expect(screen.getByLabelText('Measure 1 name')).toHaveValue('peak');
    expect(screen.getByRole('list', { name: 'Values of filter 1' })).toHaveTextContent('north');
    expect(screen.getByLabelText('Sort 1 by')).toHaveValue('peak');
    expect(screen.getByRole('button', { name: 'Chart window: Last 30 days' })).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('Title'));
    await userEvent.type(screen.getByLabelText('Title'), 'Peak by region');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.url).toBe('/api/charts/c-1');
    expect(put.body).toEqual({ title: 'Peak by region', query: chart.query, visual: chart.visual });
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('showsASqlChartReadOnlyAndSaysItIsEditedAsSql', async () => {
    const chart = aChartView({ query: null, sql: 'select region, sum(load_mw) from load group by 1', visual: { type: 'table' } });
    const { requests } = server({ 'GET /api/charts/c-1': () => json(chart) });
    renderSignedIn(routes, { at: '/charts/c-1' });

    expect(await screen.findByText(/This chart is written in SQL, so it is edited as SQL/)).toBeInTheDocument();
    expect(screen.getByLabelText('SQL of the chart')).toHaveTextContent('select region');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument();
    await waitFor(() => expect(previews(requests)).toHaveLength(1));
    expect(previews(requests)[0]!.body).toEqual({ workspaceId: 'w-personal', sql: chart.sql, visual: { type: 'table' } });
  });
});
