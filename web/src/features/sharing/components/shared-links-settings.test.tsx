import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aWorkspace, page } from '@/test/builders';
import { json, mockFetch, noContent } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import { aShare } from '@/test/share-builders';
import SharedLinksSettings from './shared-links-settings';

const team = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false });

function renderPage() {
  document.cookie = 'XSRF-TOKEN=csrf';
  return renderSignedIn([{ path: '/settings/sharing', element: <SharedLinksSettings /> }], {
    at: '/settings/sharing',
    workspaceId: team.id,
  });
}

describe('Settings → Shared links', () => {
  it('listsTheWorkspacesLiveSharesWithTheirTargetsAndRevokesOneAfterConfirming', async () => {
    let shares = [
      aShare(),
      aShare({
        id: 's2',
        target: { type: 'chart', id: 'c9', title: 'GTA power' },
        kind: 'user',
        grantee: { id: 'u-2', email: 'bob@example.com' },
        passwordProtected: false,
        accessCount: 0,
        lastAccessAt: null,
      }),
    ];
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace(), team])),
      'GET /api/shares': () => json(page(shares, 0, 25)),
      'DELETE /api/shares/s1': () => {
        shares = shares.filter((s) => s.id !== 's1');
        return noContent();
      },
    });
    renderPage();
    const link = await screen.findByRole('row', { name: /Plant overview/ });
    expect(within(link).getByRole('link', { name: 'Plant overview' })).toHaveAttribute('href', '/dashboard/t1');
    expect(link).toHaveTextContent('Public link');
    expect(link).toHaveTextContent('Yes'); // password
    expect(link).toHaveTextContent('12');
    const person = screen.getByRole('row', { name: /GTA power/ });
    expect(within(person).getByRole('link', { name: 'GTA power' })).toHaveAttribute('href', '/share/chart/c9');
    expect(person).toHaveTextContent('bob@example.com');
    expect(requests.find((r) => r.url.startsWith('/api/shares'))!.url).toBe('/api/shares?workspaceId=w-team&page=0&size=25');

    await userEvent.click(within(link).getByRole('button', { name: /^Revoke/ }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke the share of “Plant overview”?' });
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Plant overview/ })).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/shares/s1']);
    expect(screen.getByRole('row', { name: /GTA power/ })).toBeInTheDocument();
  });

  it('saysSoWhenNothingIsShared', async () => {
    mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace(), team])),
      'GET /api/shares': () => json(page([])),
    });
    renderPage();
    expect(await screen.findByText(/Nothing in this workspace is shared/)).toBeInTheDocument();
  });
});
