import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, noContent } from '@/test/fetch-mock';
import { renderRoutes } from '@/test/render';
import { TabBar } from './tab-bar';

function renderBar(at = '/dashboard/t1') {
  document.cookie = 'XSRF-TOKEN=csrf';
  return renderRoutes(
    [
      { path: '/dashboard', element: <TabBar workspaceId="w1" activeTabId={undefined} /> },
      { path: '/dashboard/:tabId', element: <Bar /> },
    ],
    { at },
  );
}

function Bar() {
  const { tabId } = useParams();
  return <TabBar workspaceId="w1" activeTabId={tabId} />;
}

const page = (items: { id: string; name: string }[]) => json({ items, page: 0, size: 200, total: items.length });
const aTab = (id: string, name: string) => ({ id, name, window: null, filters: [], refreshSeconds: null, charts: [], cards: [] });

describe('tab bar', () => {
  it('createsATabAndOpensItForRenaming', async () => {
    let items = [aTab('t1', 'Plant')];
    const { requests } = mockFetch({
      'GET /api/tabs': () => page(items),
      'POST /api/tabs': () => {
        items = [...items, aTab('t2', 'Tab 2')];
        return json(aTab('t2', 'Tab 2'), 201);
      },
    });
    const { router } = renderBar();
    await userEvent.click(await screen.findByRole('button', { name: '+ New tab' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard/t2'));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'Tab 2', workspaceId: 'w1' });
    expect(await screen.findByRole('textbox', { name: 'Tab name' })).toHaveValue('Tab 2');
  });

  it('renamesInPlaceOnDoubleClick', async () => {
    const { requests } = mockFetch({
      'GET /api/tabs': () => page([aTab('t1', 'Plant')]),
      'PATCH /api/tabs/t1': () => json(aTab('t1', 'Plant overview')),
    });
    renderBar();
    await userEvent.dblClick(await screen.findByRole('button', { name: 'Plant' }));
    const input = screen.getByRole('textbox', { name: 'Tab name' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Plant overview{Enter}');
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ name: 'Plant overview' });
  });

  it('deletesWithAnUndoThatRestores', async () => {
    let items = [aTab('t1', 'Plant'), aTab('t2', 'Sales')];
    const { requests } = mockFetch({
      'GET /api/tabs': () => page(items),
      'DELETE /api/tabs/t1': () => {
        items = items.filter((t) => t.id !== 't1');
        return noContent();
      },
      'POST /api/tabs/t1/restore': () => {
        items = [aTab('t1', 'Plant'), ...items];
        return json(aTab('t1', 'Plant'));
      },
    });
    const { router } = renderBar();
    await screen.findByRole('button', { name: 'Plant' });
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “Plant”.')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard/t2'));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard/t1'));
    expect(requests.map((r) => `${r.method} ${new URL(r.url, 'http://x').pathname}`)).toContain('POST /api/tabs/t1/restore');
    await waitFor(() => expect(screen.queryByText('Deleted “Plant”.')).not.toBeInTheDocument());
  });

  it('showsTheServersDetailWhenADeleteFails', async () => {
    mockFetch({
      'GET /api/tabs': () => page([aTab('t1', 'Plant')]),
      'DELETE /api/tabs/t1': () =>
        new Response(JSON.stringify({ status: 403, title: 'Forbidden', detail: 'Viewers cannot delete tabs.' }), {
          status: 403,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    });
    renderBar();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Viewers cannot delete tabs.')).toBeInTheDocument();
  });

  it('groupsTabsSharedWithTheUserApartAndOpensThem', async () => {
    mockFetch({
      'GET /api/tabs': () => page([aTab('t1', 'Plant')]),
      'GET /api/tabs/shared': () =>
        json([{ id: 't9', name: 'Their sales', access: 'view', sharedBy: { id: 'u-2', email: 'bob@example.com' } }]),
    });
    const { router } = renderBar();
    const group = await screen.findByRole('group', { name: 'Shared with me' });
    await userEvent.click(within(group).getByRole('button', { name: 'Their sales' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard/t9'));
    expect(within(screen.getByRole('list')).queryByRole('button', { name: 'Their sales' })).not.toBeInTheDocument();
    // not one of the workspace's tabs: no rename, duplicate or delete for it
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});
