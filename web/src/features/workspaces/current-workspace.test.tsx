import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meQueryKey } from '@/features/auth/api/get-me';
import { aUser, aWorkspace, page } from '@/test/builders';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithQuery, testQueryClient } from '@/test/render';
import { WorkspaceSwitcher } from './components/workspace-switcher';
import { CurrentWorkspaceProvider, pickWorkspace, useCurrentWorkspace } from './current-workspace';

const personal = aWorkspace();
const team = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false, role: 'editor', memberCount: 4 });

describe('pickWorkspace', () => {
  it('prefers the remembered workspace', () => {
    expect(pickWorkspace([personal, team], 'w-team', personal.id)).toBe(team);
  });

  it('falls back to the personal workspace when the remembered one is gone', () => {
    expect(pickWorkspace([team, personal], 'w-deleted', personal.id)).toBe(personal);
    expect(pickWorkspace([team, personal], null, 'unknown-id')).toBe(personal);
  });

  it('takes the first when there is no personal workspace, and nothing from nothing', () => {
    expect(pickWorkspace([team], null, personal.id)).toBe(team);
    expect(pickWorkspace([], null, personal.id)).toBeUndefined();
  });
});

function CurrentName() {
  return <p>Working in {useCurrentWorkspace().workspace.name}</p>;
}

function renderShell() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, aUser());
  return renderWithQuery(
    <CurrentWorkspaceProvider>
      <WorkspaceSwitcher />
      <CurrentName />
    </CurrentWorkspaceProvider>,
    queryClient,
  );
}

describe('CurrentWorkspaceProvider with the switcher', () => {
  it('starts in the personal workspace and remembers a switch across reloads', async () => {
    mockFetch({ 'GET /api/workspaces': () => json(page([team, personal])) });
    const first = renderShell();

    expect(await screen.findByText('Working in Ada’s workspace')).toBeInTheDocument();
    expect(screen.getByLabelText('Workspace')).toHaveValue(personal.id);

    await userEvent.selectOptions(screen.getByLabelText('Workspace'), 'w-team');
    expect(screen.getByText('Working in Energy team')).toBeInTheDocument();

    first.unmount();
    renderShell(); // a new page load: fresh query cache, same localStorage
    expect(await screen.findByText('Working in Energy team')).toBeInTheDocument();
  });

  it('falls back to the personal workspace when the remembered one is no longer listed', async () => {
    window.localStorage.setItem('gridsight.workspace.u-1', 'w-team');
    mockFetch({ 'GET /api/workspaces': () => json(page([personal])) });
    renderShell();
    expect(await screen.findByText('Working in Ada’s workspace')).toBeInTheDocument();
  });
});
