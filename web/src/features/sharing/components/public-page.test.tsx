import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppQueryClient } from '@/app/provider';
import { meQueryKey } from '@/features/auth/api/get-me';
import { aUser } from '@/test/builders';
import { loadByBuildingHourly } from '@/test/chart-data';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import type { RecordedRequest } from '@/test/fetch-mock';
import { renderRoutes, testQueryClient } from '@/test/render';
import type { PublicChart, PublicView } from '../types';
import PublicPage from './public-page';

const TOKEN = 'gsp_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const PATH = `/api/public/${TOKEN}`;

// tables draw as plain React: no Plotly in these tests
const aChart = (title: string, layout: PublicChart['layout'] = null): PublicChart => ({
  title,
  visual: { type: 'table' },
  layout,
  data: loadByBuildingHourly() as unknown as PublicChart['data'],
});

const aView = (overrides: Partial<PublicView> = {}): PublicView => ({
  title: 'Plant overview',
  kind: 'tab',
  viewerMayChangeWindow: false,
  window: { last: 'P7D' },
  filters: [],
  charts: [aChart('Demand', { x: 0, y: 0, w: 6, h: 4 }), aChart('GTA power', { x: 6, y: 0, w: 6, h: 4 }), aChart('Grid', { x: 0, y: 4, w: 12, h: 4 })],
  ...overrides,
});

function renderPublic(queryClient = testQueryClient()) {
  return renderRoutes([{ path: '/s/:token', element: <PublicPage /> }], { at: `/s/${TOKEN}`, queryClient });
}

const search = (r: RecordedRequest) => new URL(r.url, 'http://localhost').searchParams;

describe('public link page', () => {
  it('asksForThePasswordSaysWrongPasswordAndSendsItInTheHeader', async () => {
    const { requests } = mockFetch({
      [`GET ${PATH}`]: (r) =>
        r.headers.get('X-Share-Password') === 'right one'
          ? json(aView())
          : problem(401, 'This link needs a password.'),
    });
    // the app's own client, whose query cache signs the user out on a 401
    const queryClient = createAppQueryClient();
    queryClient.setQueryData(meQueryKey, aUser());
    renderPublic(queryClient);

    const password = await screen.findByLabelText('Password');
    expect(screen.queryByText('Wrong password')).not.toBeInTheDocument();
    expect(requests[0]!.headers.has('X-Share-Password')).toBe(false);

    await userEvent.type(password, 'guess');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Wrong password$/);
    expect(requests.at(-1)!.headers.get('X-Share-Password')).toBe('guess');

    await userEvent.clear(screen.getByLabelText('Password'));
    await userEvent.type(screen.getByLabelText('Password'), 'right one');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Plant overview' })).toBeInTheDocument();
    expect(requests.at(-1)!.headers.get('X-Share-Password')).toBe('right one');
    expect(requests.at(-1)!.url).toBe(PATH); // the password never goes into the address
    // a link's 401 is not the session's: a signed-in viewer stays signed in
    expect(queryClient.getQueryData(meQueryKey)).toEqual(aUser());
  });

  it('saysOneThingForEveryDeadLink', async () => {
    mockFetch({ [`GET ${PATH}`]: () => problem(404, 'This link does not exist or no longer works.') });
    renderPublic();
    expect(await screen.findByText('This link does not exist or is no longer shared.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('drawsEveryChartOfATabOnTheGridWithTheWindowAndNoPicker', async () => {
    mockFetch({ [`GET ${PATH}`]: () => json(aView()) });
    renderPublic();
    const grid = await screen.findByTestId('public-grid');
    const charts = within(grid).getAllByRole('region');
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual(['Demand', 'GTA power', 'Grid']);
    expect(charts[1]!.parentElement).toHaveStyle({ gridColumn: '7 / span 6', gridRow: '1 / span 4' });
    expect(within(charts[0]!).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByTestId('public-window')).toHaveTextContent('Last 7 days');
    expect(screen.queryByRole('button', { name: /Time window/ })).not.toBeInTheDocument();
  });

  it('letsTheViewerChangeTheWindowAndFiltersOnlyWhenTheSharerAllowedIt', async () => {
    const { requests } = mockFetch({
      [`GET ${PATH}`]: () =>
        json(
          aView({
            viewerMayChangeWindow: true,
            filters: [{ column: 'building', label: 'Building', values: ['Building 1', 'Building 2'] }],
          }),
        ),
    });
    renderPublic();
    await userEvent.click(await screen.findByRole('button', { name: 'Time window: Last 7 days' }));
    await userEvent.click(screen.getByRole('button', { name: 'Last 30 days' }));
    await waitFor(() => expect(search(requests.at(-1)!).get('window')).toBe('last:P30D'));

    await userEvent.click(screen.getByRole('button', { name: 'Building 2', pressed: true }));
    await waitFor(() => expect(search(requests.at(-1)!).getAll('filter.building')).toEqual(['Building 1']));
    expect(search(requests.at(-1)!).get('window')).toBe('last:P30D');
  });
});

describe('public link filters', () => {
  it('clearsAFilterWithAnEmptyValueWhenTheViewerUnticksItsLastValue', async () => {
    const { requests } = mockFetch({
      [`GET ${PATH}`]: (r) =>
        json(
          aView({
            viewerMayChangeWindow: true,
            filters: [{ column: 'building', values: search(r).has('filter.building') ? [] : ['Building 1'] }],
          }),
        ),
    });
    renderPublic();
    await userEvent.click(await screen.findByRole('button', { name: 'Building 1', pressed: true }));
    await waitFor(() => expect(search(requests.at(-1)!).getAll('filter.building')).toEqual(['']));
    // the value stays on offer, so it can be chosen again
    await userEvent.click(await screen.findByRole('button', { name: 'Building 1', pressed: false }));
    await waitFor(() => expect(search(requests.at(-1)!).getAll('filter.building')).toEqual(['Building 1']));
  });
});
