import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aColumn, aDataset, aTable, aWorkspace, page } from '@/test/builders';
import { json, mockFetch, noContent, problem } from '@/test/fetch-mock';
import type { RecordedRequest } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import type { DatasetSummary, WorkspaceRole } from '@/types/api';
import DataPage from './data-page';
import DatasetPage from './dataset-page';

const routes = [
  { path: '/data', element: <DataPage /> },
  { path: '/data/:datasetId', element: <DatasetPage /> },
];

type Routes = Parameters<typeof mockFetch>[0];

/** Dataset d-1 in the team workspace, opened by someone with `role` there. */
function renderDataset({
  role = 'editor' as WorkspaceRole,
  dataset = aDataset({ workspaceId: 'w-team' }),
  extra = {} as Routes,
} = {}) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const team = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false, role });
  const fetches = mockFetch({
    'GET /api/workspaces': () => json(page([aWorkspace(), team])),
    'GET /api/datasets/d-1': () => json(dataset),
    ...extra,
  });
  // the current workspace is the personal one: the role must come from the dataset's own workspace
  const rendered = renderSignedIn(routes, { at: '/data/d-1', workspaceId: 'w-personal' });
  return { ...fetches, ...rendered };
}

const patches = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.method === 'PATCH').map((r) => ({ url: r.url, body: r.body }));

const withColumn = (dataset: DatasetSummary, name: string, change: Partial<DatasetSummary['columns'][number]>) => ({
  ...dataset,
  columns: dataset.columns.map((c) => (c.name === name ? { ...c, ...change } : c)),
});

describe('DatasetPage', () => {
  it('shows the dataset’s name, row count, source and data version', async () => {
    renderDataset({ dataset: aDataset({ workspaceId: 'w-team', dataVersion: 7, source: 'ndjson' }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'load' })).toBeInTheDocument();
    const facts = Object.fromEntries(
      Array.from(document.querySelectorAll('dt')).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(facts).toMatchObject({ Rows: '12,345', Columns: '3', Source: 'NDJSON', 'Data version': '7' });
  });

  it('saves a column’s new role with a PATCH of just that change', async () => {
    const dataset = aDataset({ workspaceId: 'w-team' });
    const { requests } = renderDataset({
      dataset,
      extra: { 'PATCH /api/datasets/d-1/columns/region': () => json(withColumn(dataset, 'region', { role: 'id' })) },
    });
    const save = await screen.findByRole('button', { name: 'Save region' });
    expect(save).toBeDisabled(); // nothing changed yet

    await userEvent.selectOptions(screen.getByLabelText('Role of region'), 'id');
    await userEvent.click(save);

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(patches(requests)).toEqual([{ url: '/api/datasets/d-1/columns/region', body: { role: 'id' } }]);
    expect(screen.getByLabelText('Role of region')).toHaveValue('id');
    expect(screen.getByRole('button', { name: 'Save region' })).toBeDisabled();
  });

  it('sends a cleared unit as empty and synonyms as a trimmed list', async () => {
    const dataset = aDataset({ workspaceId: 'w-team' });
    const { requests } = renderDataset({
      dataset,
      extra: {
        'PATCH /api/datasets/d-1/columns/load_mw': () =>
          json(withColumn(dataset, 'load_mw', { unit: null, synonyms: ['demand', 'consumption'] })),
      },
    });
    const unit = await screen.findByLabelText('Unit of load_mw');
    expect(unit).toHaveValue('MW');
    await userEvent.clear(unit);
    await userEvent.type(screen.getByLabelText('Synonyms of load_mw'), ' demand,, consumption , {Enter}');

    await waitFor(() =>
      expect(patches(requests)).toEqual([
        { url: '/api/datasets/d-1/columns/load_mw', body: { unit: '', synonyms: ['demand', 'consumption'] } },
      ]),
    );
    expect(await screen.findByLabelText('Synonyms of load_mw')).toHaveValue('demand, consumption');
  });

  it('shows the server’s detail when a column change is refused, keeping the edit', async () => {
    const detail = "Only a numeric column can be a measure; 'region' is varchar.";
    renderDataset({ extra: { 'PATCH /api/datasets/d-1/columns/region': () => problem(400, detail) } });

    await userEvent.selectOptions(await screen.findByLabelText('Role of region'), 'measure');
    await userEvent.click(screen.getByRole('button', { name: 'Save region' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
    expect(screen.getByLabelText('Role of region')).toHaveValue('measure');
    expect(screen.queryByText('Saved')).not.toBeInTheDocument();
  });

  it('gives a viewer no edit controls, only reading', async () => {
    const dataset = aDataset({
      workspaceId: 'w-team',
      columns: [aColumn({ name: 'region', description: 'Grid region', synonyms: ['area', 'zone'] })],
    });
    renderDataset({ role: 'viewer', dataset });

    expect(await screen.findByRole('heading', { level: 1, name: 'load' })).toBeInTheDocument();
    const columns = screen.getByRole('table', { name: 'Columns' });
    expect(within(columns).getByText('Grid region')).toBeInTheDocument();
    expect(within(columns).getByText('area, zone')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rename' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete dataset' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    // reading stays open to viewers
    expect(screen.getByRole('button', { name: 'Values of region' })).toBeInTheDocument();
  });

  it('shows a dimension’s most frequent values in a disclosure', async () => {
    const { requests } = renderDataset({
      extra: {
        'GET /api/datasets/d-1/columns/region/values': () =>
          json({
            columns: [{ name: 'value' }, { name: 'rows' }],
            rows: [
              ['north', 7000],
              ['south', 5345],
              [null, 3],
            ],
            truncated: false,
          }),
      },
    });
    const toggle = await screen.findByRole('button', { name: 'Values of region' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // only dimensions have values to show
    expect(screen.queryByRole('button', { name: 'Values of load_mw' })).not.toBeInTheDocument();

    await userEvent.click(toggle);
    const list = await screen.findByRole('list', { name: 'Most frequent values of region' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'north7,000',
      'south5,345',
      'null3',
    ]);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(requests.find((r) => r.url.includes('/values'))?.url).toBe('/api/datasets/d-1/columns/region/values?limit=20');
  });

  it('shows the first 50 rows in the Rows tab', async () => {
    const { requests } = renderDataset({
      extra: { 'GET /api/datasets/d-1/rows': () => json(aTable({ truncated: true })) },
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Rows' }));

    const table = await screen.findByRole('table', { name: 'First rows of load' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['ts', 'region', 'load_mw']);
    expect(within(table).getByRole('cell', { name: '2025-01-01T01:00:00' })).toBeInTheDocument();
    expect(screen.getByText('The first 2 of 12,345 rows.')).toBeInTheDocument();
    expect(requests.find((r) => r.url.includes('/rows'))?.url).toBe('/api/datasets/d-1/rows?limit=50');
    expect(screen.getByRole('tab', { name: 'Rows' })).toHaveAttribute('aria-selected', 'true');
  });

  it('renames in place and shows the server’s detail on a clash', async () => {
    let clash = true;
    const { requests } = renderDataset({
      extra: {
        'PATCH /api/datasets/d-1': (request) => {
          if (clash) {
            clash = false;
            return problem(409, "A dataset named 'prices' already exists in this workspace.");
          }
          return json(aDataset({ workspaceId: 'w-team', name: (request.body as { name: string }).name }));
        },
        'GET /api/datasets': () => json(page([])),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    const name = screen.getByLabelText('Dataset name');
    await userEvent.clear(name);
    await userEvent.type(name, 'prices{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent("A dataset named 'prices' already exists in this workspace.");

    await userEvent.clear(name);
    await userEvent.type(name, ' Hourly load ');
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hourly load' })).toBeInTheDocument();
    expect(patches(requests).map((p) => p.body)).toEqual([{ name: 'prices' }, { name: 'Hourly load' }]);
  });

  it('deletes only after the name is typed, then goes back to the list', async () => {
    const { requests, router } = renderDataset({
      extra: {
        'DELETE /api/datasets/d-1': () => noContent(),
        'GET /api/datasets': () => json(page([])),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete dataset' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete load?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete dataset' });
    expect(confirm).toBeDisabled();

    await userEvent.type(within(dialog).getByLabelText(/Type the dataset name/), 'load');
    await userEvent.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/data'));
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/datasets/d-1']);
    // the deleted dataset is not asked for again
    const deletedAt = requests.findIndex((r) => r.method === 'DELETE');
    expect(requests.slice(deletedAt).filter((r) => r.url === '/api/datasets/d-1' && r.method === 'GET')).toEqual([]);
    expect(await screen.findByText('No datasets here yet.')).toBeInTheDocument();
  });

  it('shows the server’s detail when the dataset cannot be opened', async () => {
    renderDataset({ extra: { 'GET /api/datasets/d-1': () => problem(404, 'No dataset d-1.') } });
    expect(await screen.findByRole('alert')).toHaveTextContent('No dataset d-1.');
    expect(screen.getByRole('link', { name: 'Back to all datasets' })).toHaveAttribute('href', '/data');
  });
});
