import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aChartData } from '@/test/chart-data';
import { aColumn, aDataset, page } from '@/test/builders';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderRoutes } from '@/test/render';
import { TabView } from './tab-view';

const aTab = (overrides: Record<string, unknown> = {}) => ({
  id: 't1',
  name: 'Plant',
  workspaceId: 'w1',
  window: null,
  filters: [],
  refreshSeconds: null,
  charts: [{ chartId: 'c1', title: 'Load', visual: { type: 'table' }, layout: { x: 0, y: 0, w: 6, h: 8 } }],
  cards: [],
  access: 'edit',
  ...overrides,
});

const tabData = json({ charts: [{ chartId: 'c1', data: aChartData(), filters: [], datasetId: 'd1' }] });

function renderTab() {
  document.cookie = 'XSRF-TOKEN=csrf';
  return renderRoutes([{ path: '/dashboard/:tabId', element: <TabView tabId="t1" workspaceId="w1" /> }], {
    at: '/dashboard/t1',
  });
}

describe('tab view', () => {
  // no GET /api/charts/{id} is routed: an extra lookup per chart would fail the test
  it('offersTheDimensionsOfTheDatasetsTheTabDataNames', async () => {
    const { requests } = mockFetch({
      'GET /api/tabs/t1': () => json(aTab()),
      'GET /api/tabs/t1/data': () => tabData,
      'GET /api/datasets': () =>
        json(
          page([
            aDataset({ id: 'd1', columns: [aColumn({ name: 'building' }), aColumn({ name: 'kw', type: 'double', role: 'measure' })] }),
            aDataset({ id: 'd2', name: 'other', columns: [aColumn({ name: 'not_on_this_tab' })] }),
          ]),
        ),
    });
    renderTab();

    const add = await screen.findByRole('button', { name: '+ Filter' });
    await waitFor(() => expect(add).toBeEnabled());
    await userEvent.click(add);
    const picker = await screen.findByRole('combobox', { name: 'Filter on column' });
    expect(await within(picker).findByRole('option', { name: 'building' })).toBeInTheDocument();
    expect(within(picker).queryByRole('option', { name: 'not_on_this_tab' })).not.toBeInTheDocument();
    expect(within(picker).queryByRole('option', { name: 'kw' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.includes('/api/charts/'))).toBe(false);
    expect(screen.getByRole('button', { name: '+ Chart' })).toBeVisible();
  });

  it('asksForTheDataBesideTheTabWhenTheUrlChoosesNothing', async () => {
    let answerTab: (response: Response) => void = () => {};
    const { requests } = mockFetch({
      'GET /api/tabs/t1': () => new Promise<Response>((resolve) => (answerTab = resolve)),
      'GET /api/tabs/t1/data': () => tabData,
      'GET /api/datasets': () => json(page([])),
    });
    renderTab();

    // the tab has not answered yet, and its data is already on its way, without parameters
    await waitFor(() => expect(requests.some((r) => r.url.includes('/api/tabs/t1/data'))).toBe(true));
    expect(requests.find((r) => r.url.includes('/data'))!.url).toMatch(/\/api\/tabs\/t1\/data$/);
    answerTab(json(aTab()));
    await screen.findByRole('heading', { name: 'Load' });
    expect(requests.filter((r) => r.url.includes('/data'))).toHaveLength(1);
  });

  it('waitsForTheTabWhenTheUrlChoosesTheWindow', async () => {
    const { requests } = mockFetch({
      'GET /api/tabs/t1': () => json(aTab()),
      'GET /api/tabs/t1/data': () => tabData,
      'GET /api/datasets': () => json(page([])),
    });
    document.cookie = 'XSRF-TOKEN=csrf';
    renderRoutes([{ path: '/dashboard/:tabId', element: <TabView tabId="t1" workspaceId="w1" /> }], {
      at: '/dashboard/t1?window=P1D',
    });

    await screen.findByRole('heading', { name: 'Load' });
    const asked = requests.filter((r) => r.url.includes('/data'));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.url).toContain('window=last%3AP1D');
  });

  it('showsATabSharedToViewWithoutEditingAndWithoutListingItsWorkspace', async () => {
    const { requests } = mockFetch({
      'GET /api/tabs/t1': () => json(aTab({ access: 'view', sharedBy: { id: 'u9', email: 'grace@example.com' } })),
      'GET /api/tabs/t1/data': () => tabData,
    });
    renderTab();

    expect(await screen.findByText(/Shared with you by grace@example.com/)).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Load' });
    expect(screen.queryByRole('button', { name: '+ Chart' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '+ Text' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.includes('/api/datasets'))).toBe(false);
  });
});
