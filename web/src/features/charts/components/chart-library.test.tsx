import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aChartView, aWorkspace, page } from '@/test/builders';
import { json, mockFetch, noContent } from '@/test/fetch-mock';
import type { RecordedRequest } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import { AddChartDialog } from '..';
import ChartLibraryPage from './chart-library-page';

const library = [
  aChartView({ id: 'c-1', title: 'Daily load' }),
  aChartView({ id: 'c-2', title: 'Orders by channel', query: { dataset: 'orders' }, visual: { type: 'pie' } }),
  aChartView({ id: 'c-3', title: 'Top sites (SQL)', query: null, sql: 'select 1', visual: { type: 'table' } }),
];

const tabs = page([
  { id: 't-1', name: 'Overview' },
  { id: 't-2', name: 'Energy' },
]);

/** `GET /api/charts` over a library, honouring `q` as the server does (part of the title, any case). */
function chartsEndpoint(charts: () => typeof library) {
  return (request: RecordedRequest) => {
    const q = (new URL(request.url, 'http://localhost').searchParams.get('q') ?? '').toLowerCase();
    return json(page(charts().filter((c) => c.title.toLowerCase().includes(q))));
  };
}

const listRequests = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.method === 'GET' && new URL(r.url, 'http://localhost').pathname === '/api/charts');

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf';
});

describe('chart library', { timeout: 20_000 }, () => {
  it('listsTheWorkspacesChartsWithTypeDatasetAndUpdated', async () => {
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace()])),
      'GET /api/charts': chartsEndpoint(() => library),
    });
    renderSignedIn([{ path: '/charts', element: <ChartLibraryPage /> }], { at: '/charts' });

    const row = (await screen.findByRole('link', { name: 'Orders by channel' })).closest('tr')!;
    expect(within(row).getByText('Pie')).toBeInTheDocument();
    expect(within(row).getByText('orders')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Daily load' })).toHaveAttribute('href', '/charts/c-1');
    expect(within(screen.getByRole('link', { name: 'Top sites (SQL)' }).closest('tr')!).getByText('SQL')).toBeInTheDocument();
    const params = new URL(listRequests(requests)[0]!.url, 'http://localhost').searchParams;
    expect(params.get('workspaceId')).toBe('w-personal');
    expect(params.get('page')).toBe('0');
  });

  it('searchesByTitleOnceTheTypingStops', async () => {
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace()])),
      'GET /api/charts': chartsEndpoint(() => library),
    });
    renderSignedIn([{ path: '/charts', element: <ChartLibraryPage /> }], { at: '/charts' });
    await screen.findByRole('link', { name: 'Daily load' });

    await userEvent.type(screen.getByLabelText('Search charts'), 'ORDER');

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Daily load' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Orders by channel' })).toBeInTheDocument();
    const queries = listRequests(requests).map((r) => new URL(r.url, 'http://localhost').searchParams.get('q'));
    // one request for the whole word, none for each letter
    expect(queries).toEqual([null, 'ORDER']);
  });

  it('saysWhenNoTitleMatches', async () => {
    mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace()])),
      'GET /api/charts': chartsEndpoint(() => library),
    });
    renderSignedIn([{ path: '/charts', element: <ChartLibraryPage /> }], { at: '/charts' });
    await userEvent.type(await screen.findByLabelText('Search charts'), 'zebra');
    expect(await screen.findByText('No chart title contains “zebra”.')).toBeInTheDocument();
  });

  it('pinsAChartToTheChosenTab', async () => {
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace()])),
      'GET /api/charts': chartsEndpoint(() => library),
      'GET /api/tabs': () => json(tabs),
      'POST /api/tabs/t-2/charts': () => json({ chartId: 'c-2' }, 201),
    });
    renderSignedIn([{ path: '/charts', element: <ChartLibraryPage /> }], { at: '/charts' });

    await userEvent.click(await screen.findByRole('button', { name: 'Pin Orders by channel to a tab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pin “Orders by channel” to a tab' });
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Energy' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pin' }));

    expect(await screen.findByText(/Pinned “Orders by channel”/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the tab' })).toHaveAttribute('href', '/dashboard/t-2');
    expect(requests.find((r) => r.url === '/api/tabs/t-2/charts')!.body).toEqual({ chartId: 'c-2' });
  });

  it('deletesAChartOnlyAfterConfirming', async () => {
    let charts = [...library];
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace()])),
      'GET /api/charts': chartsEndpoint(() => charts),
      'DELETE /api/charts/c-1': () => {
        charts = charts.filter((c) => c.id !== 'c-1');
        return noContent();
      },
    });
    renderSignedIn([{ path: '/charts', element: <ChartLibraryPage /> }], { at: '/charts' });

    await userEvent.click(await screen.findByRole('button', { name: 'Delete Daily load' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Daily load”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Delete Daily load' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete chart' }));

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Daily load' })).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/charts/c-1']);
  });
});

describe('Add chart dialog on a tab', { timeout: 20_000 }, () => {
  function renderDialog(onClose = vi.fn()) {
    renderSignedIn(
      [
        {
          path: '/dashboard/:tabId',
          element: <AddChartDialog tabId="t-1" workspaceId="w-personal" pinnedChartIds={['c-3']} onClose={onClose} />,
        },
      ],
      { at: '/dashboard/t-1' },
    );
    return onClose;
  }

  it('searchesTheLibraryAndPinsAChartToTheTab', async () => {
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace()])),
      'GET /api/charts': chartsEndpoint(() => library),
      'POST /api/tabs/t-1/charts': () => json({ chartId: 'c-2' }, 201),
    });
    const onClose = renderDialog();
    const dialog = await screen.findByRole('dialog', { name: 'Add a chart to this tab' });
    // focus starts in the dialog, on the search
    expect(within(dialog).getByLabelText('Search the chart library')).toHaveFocus();
    // a chart already on the tab is not offered again
    await within(dialog).findByText('Top sites (SQL)');
    expect(within(dialog).queryByRole('button', { name: 'Pin Top sites (SQL)' })).not.toBeInTheDocument();

    await userEvent.type(within(dialog).getByLabelText('Search the chart library'), 'orders');
    await waitFor(() => expect(within(dialog).queryByText('Daily load')).not.toBeInTheDocument());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pin Orders by channel' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(requests.find((r) => r.method === 'POST')!.url).toBe('/api/tabs/t-1/charts');
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ chartId: 'c-2' });
  });

  it('offersANewChartThatIsPinnedToThisTabWhenSaved', async () => {
    mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace()])),
      'GET /api/charts': chartsEndpoint(() => []),
    });
    const onClose = renderDialog();
    expect(await screen.findByText('The library has no charts yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New chart…' })).toHaveAttribute('href', '/charts/new?pinTo=t-1');
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
