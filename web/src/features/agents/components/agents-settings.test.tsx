import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aDataset, aWorkspace, page } from '@/test/builders';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import type { Agent, AgentVersionSummary } from '../types';
import AgentsSettings from './agents-settings';

const team = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false });

const anAgent = (overrides: Partial<Agent> = {}): Agent => ({
  id: 'a1',
  workspaceId: team.id,
  name: 'Analyst',
  version: 2,
  instructions: 'Chart things.\nBe thorough.',
  model: 'builtin',
  allowedCommands: ['chart'],
  allowedDatasets: [],
  toolRounds: 5,
  confirmation: 'CHANGES',
  updatedAt: '2026-01-02T03:04:05Z',
  ...overrides,
});

const versions: AgentVersionSummary[] = [
  { version: 2, savedAt: '2026-01-02T03:04:05Z', savedBy: 'Ada', note: 'edited' },
  { version: 1, savedAt: '2026-01-01T03:04:05Z', savedBy: null, note: 'seeded' },
];

function renderPage(workspace = team) {
  document.cookie = 'XSRF-TOKEN=csrf';
  return renderSignedIn([{ path: '/settings/agents', element: <AgentsSettings /> }], {
    at: '/settings/agents',
    workspaceId: workspace.id,
  });
}

describe('Settings → Agents', { timeout: 30_000 }, () => {
  it('showsTheDiffOfTheLastTwoVersionsAndRevertsAfterConfirming', async () => {
    let current = anAgent();
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace(), team])),
      'GET /api/datasets': () => json(page([aDataset({ name: 'meter' })])),
      'GET /api/chat/agents': () => json(page([current])),
      'GET /api/chat/agents/a1/versions': () =>
        json(current.version === 3 ? [{ ...versions[0], version: 3, note: 'reverted to version 1' }, ...versions] : versions),
      'GET /api/chat/agents/a1/diff': () =>
        json({
          from: 1,
          to: 2,
          rows: [
            { kind: 'equal', left: 'Chart things.', right: 'Chart things.' },
            { kind: 'change', left: 'Be brief.', right: 'Be thorough.' },
          ],
        }),
      'POST /api/chat/agents/a1/revert': () => {
        current = anAgent({ version: 3, instructions: 'Chart things.\nBe brief.' });
        return json(current);
      },
    });
    renderPage();
    const diff = await screen.findByRole('table', { name: 'Version 1 beside version 2' });
    expect(within(diff).getByText('Be brief.')).toBeInTheDocument();
    expect(within(diff).getByText('Be thorough.')).toBeInTheDocument();
    expect(requests.find((r) => r.url.includes('/diff'))!.url).toBe('/api/chat/agents/a1/diff?from=1&to=2');
    expect(screen.getByRole('row', { name: /seeded/ })).toHaveTextContent('Gridsight');

    await userEvent.click(screen.getByRole('button', { name: 'Revert to 1' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revert Analyst to version 1?' });
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revert' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Analyst · version 3' })).toBeInTheDocument());
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({ version: 1 });
  });

  it('showsTheServersDetailWhenASaveIsRefused', async () => {
    mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace(), team])),
      'GET /api/datasets': () => json(page([])),
      'GET /api/chat/agents': () => json(page([anAgent({ version: 1 })])),
      'GET /api/chat/agents/a1/versions': () => json(versions.slice(1)),
      'PUT /api/chat/agents/a1': () => problem(409, 'An agent named "Energy planner" already exists in this workspace.'),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An agent named "Energy planner" already exists in this workspace.',
    );
  });

  it('letsAViewerReadTheAgentsButOffersNoChange', async () => {
    const viewed = aWorkspace({ id: 'w-view', name: 'Plant', personal: false, role: 'viewer' });
    mockFetch({
      'GET /api/workspaces': () => json(page([aWorkspace(), viewed])),
      'GET /api/datasets': () => json(page([])),
      'GET /api/chat/agents': () => json(page([anAgent({ workspaceId: viewed.id })])),
      'GET /api/chat/agents/a1/versions': () => json(versions),
      'GET /api/chat/agents/a1/diff': () => json({ from: 1, to: 2, rows: [] }),
    });
    renderPage(viewed);
    expect(await screen.findByText(/agents are read-only/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'New agent' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Revert/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});
