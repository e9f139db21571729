import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AgentForm } from '@/features/agents/components/agent-form';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import type { SessionWithModel } from '../api/session-model';
import { ModelSwitcher } from './model-switcher';

const session: SessionWithModel = {
  id: 's1',
  workspaceId: 'w',
  title: 'Load',
  tabId: null,
  agentId: null,
  lastSeq: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  model: null,
};

const models = [{ id: 'm1', workspaceId: 'w', name: 'gpt', baseUrl: 'https://x/v1', model: 'gpt-4o', contextTokens: 8192, vision: false, hasWorkspaceKey: false, hasUserKey: false }];

describe('model switcher', () => {
  it('switchesTheSessionsModelAndBackToTheAgents', async () => {
    document.cookie = 'XSRF-TOKEN=csrf';
    const { requests } = mockFetch({
      'GET /api/models': () => json(models),
      'PATCH /api/chat/sessions/s1': (request) => json({ ...session, ...(request.body as object) }),
    });
    renderWithQuery(<ModelSwitcher workspaceId="w" session={session} />);
    const select = screen.getByRole('combobox', { name: 'Model' });
    expect(await screen.findByRole('option', { name: 'Model: gpt' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Model: Built-in assistant' })).toBeInTheDocument();
    expect(select).toHaveValue('');

    await userEvent.selectOptions(select, 'gpt');
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    expect(requests.find((r) => r.method === 'PATCH')!.body).toEqual({ model: 'gpt' });
    await userEvent.selectOptions(select, '');
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(2));
    expect(requests.filter((r) => r.method === 'PATCH')[1]!.body).toEqual({ model: null });
  });

  it('keepsAModelThatIsNoLongerConfiguredVisible', async () => {
    mockFetch({ 'GET /api/models': () => json(models) });
    renderWithQuery(<ModelSwitcher workspaceId="w" session={{ ...session, model: 'gone' }} />);
    expect(await screen.findByRole('option', { name: 'Model: gone (not configured)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveValue('gone');
  });
});

describe('agent form model', () => {
  it('offersTheBuiltInAssistantAndTheWorkspacesModels', () => {
    renderWithQuery(<AgentForm datasets={[]} models={['gpt', 'local']} onSubmit={() => undefined} />);
    const select = screen.getByRole('combobox', { name: 'Model' });
    expect(select).toHaveValue('builtin');
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Built-in assistant',
      'gpt',
      'local',
    ]);
  });
});
