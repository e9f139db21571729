import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meQueryKey } from '@/features/auth/api/get-me';
import { aUser, aWorkspace, page } from '@/test/builders';
import { json, mockFetch, noContent, problem } from '@/test/fetch-mock';
import { renderWithQuery, testQueryClient } from '@/test/render';
import type { Workspace } from '@/types/api';
import { CurrentWorkspaceProvider } from '../current-workspace';
import WorkspaceSettings from './workspace-settings';

const me = aUser();
const personal = aWorkspace();
const team = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false, role: 'owner', memberCount: 2 });
const members = [
  { userId: me.id, email: me.email, displayName: me.displayName, role: 'owner' },
  { userId: 'u-2', email: 'bob@example.com', displayName: 'Bob', role: 'viewer' },
];

function renderSettings() {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  window.localStorage.setItem(`gridsight.workspace.${me.id}`, team.id);
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  return renderWithQuery(
    <CurrentWorkspaceProvider>
      <WorkspaceSettings />
    </CurrentWorkspaceProvider>,
    queryClient,
  );
}

describe('WorkspaceSettings', () => {
  it('deletes a workspace only after its name is typed, then switches to the personal one', async () => {
    let workspaces: Workspace[] = [personal, team];
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page(workspaces)),
      'GET /api/workspaces/w-team/members': () => json(page(members)),
      'GET /api/workspaces/w-personal/members': () => json(page([members[0]])),
      'DELETE /api/workspaces/w-team': () => {
        workspaces = [personal];
        return noContent();
      },
    });
    renderSettings();

    await userEvent.click(await screen.findByRole('button', { name: 'Delete workspace' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Energy team?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete workspace' });
    expect(confirm).toBeDisabled();

    const input = within(dialog).getByLabelText(/Type the workspace name/);
    await userEvent.type(input, 'Energy tea');
    expect(confirm).toBeDisabled();
    await userEvent.type(input, 'm');
    expect(confirm).toBeEnabled();

    await userEvent.click(confirm);
    expect(await screen.findByText('Ada’s workspace')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/workspaces/w-team']);
    // the deleted workspace's members are not asked for again
    expect(requests.filter((r) => r.url.startsWith('/api/workspaces/w-team/members'))).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Delete workspace' })).not.toBeInTheDocument();
  });

  it('adds a member by e-mail and shows the server’s detail when that fails', async () => {
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([personal, team])),
      'GET /api/workspaces/w-team/members': () => json(page(members)),
      'POST /api/workspaces/w-team/members': () =>
        problem(400, 'No user has this e-mail address', { errors: [{ field: 'email', message: 'unknown user' }] }),
    });
    renderSettings();

    await userEvent.type(await screen.findByLabelText('Member email'), 'carol@example.com');
    await userEvent.selectOptions(screen.getByLabelText('Member role'), 'viewer');
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));

    expect(await screen.findByText('No user has this e-mail address')).toBeInTheDocument();
    expect(screen.getByText('unknown user')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ email: 'carol@example.com', role: 'viewer' });
  });
});
