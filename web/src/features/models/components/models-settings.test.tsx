import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aUser, aWorkspace } from '@/test/builders';
import { json, mockFetch, noContent } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import type { Model } from '../types';
import ModelsSettings from './models-settings';

const team = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false });

const aModel = (overrides: Partial<Model> = {}): Model => ({
  id: 'm1',
  workspaceId: team.id,
  name: 'gpt',
  baseUrl: 'https://api.openai.com/v1',
  model: 'gpt-4o-mini',
  contextTokens: 128000,
  vision: true,
  hasWorkspaceKey: true,
  hasUserKey: false,
  ...overrides,
});

function renderPage(workspace = team, user = aUser({ role: 'member' })) {
  document.cookie = 'XSRF-TOKEN=csrf';
  return renderSignedIn([{ path: '/settings/models', element: <ModelsSettings /> }], {
    at: '/settings/models',
    workspaceId: workspace.id,
    user,
  });
}

describe('Settings → Models', { timeout: 30_000 }, () => {
  it('addsAModelFromAPresetAfterTestingTheConnectionAndPickingAModel', async () => {
    let stored: Model[] = [];
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json({ items: [aWorkspace(), team], page: 0, size: 50, total: 2 }),
      'GET /api/models': () => json(stored),
      'POST /api/models/test': () => json({ ok: true, models: ['llama3', 'qwen2'], detail: 'connected: 2 models' }),
      'POST /api/models': () => {
        stored = [aModel({ name: 'local', baseUrl: 'http://localhost:11434/v1', model: 'qwen2', hasWorkspaceKey: false })];
        return json(stored[0], 201);
      },
    });
    renderPage();
    expect(await screen.findByText(/No models yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add a model' }));
    const form = screen.getByRole('form', { name: 'New model' });
    await userEvent.type(within(form).getByLabelText('Name'), 'local');
    await userEvent.selectOptions(within(form).getByLabelText('Provider preset'), 'Ollama');
    expect(within(form).getByLabelText('Base URL')).toHaveValue('http://localhost:11434/v1');

    await userEvent.click(within(form).getByRole('button', { name: 'Test connection' }));
    const listed = await within(form).findByRole('list', { name: 'Models at the endpoint' });
    expect(within(form).getByText('connected: 2 models')).toBeInTheDocument();
    await userEvent.click(within(listed).getByRole('button', { name: 'qwen2' }));
    expect(within(form).getByLabelText('Model')).toHaveValue('qwen2');
    expect(requests.find((r) => r.url === '/api/models/test')!.body).toEqual({
      workspaceId: team.id,
      baseUrl: 'http://localhost:11434/v1',
    });

    await userEvent.click(within(form).getByRole('button', { name: 'Add model' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New model' })).not.toBeInTheDocument());
    expect(requests.find((r) => r.method === 'POST' && r.url === '/api/models')!.body).toEqual({
      workspaceId: team.id,
      name: 'local',
      baseUrl: 'http://localhost:11434/v1',
      model: 'qwen2',
      contextTokens: 8192,
      vision: false,
    });
    expect(await screen.findByText('qwen2 · http://localhost:11434/v1')).toBeInTheDocument();
  });

  it('showsAFailedTestsDetail', async () => {
    mockFetch({
      'GET /api/workspaces': () => json({ items: [aWorkspace(), team], page: 0, size: 50, total: 2 }),
      'GET /api/models': () => json([]),
      'POST /api/models/test': () =>
        json({ ok: false, models: [], detail: 'the endpoint answered 401: Incorrect API key provided: [key hidden]' }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a model' }));
    await userEvent.type(screen.getByLabelText('Base URL'), 'https://api.openai.com/v1');
    await userEvent.type(screen.getByLabelText('Workspace key'), 'sk-typed');
    await userEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('answered 401');
  });

  it('letsAViewerKeepTheirOwnKeyButNotChangeTheModel', async () => {
    const viewerOf = aWorkspace({ id: 'w-team', name: 'Energy team', personal: false, role: 'viewer' });
    let model = aModel();
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json({ items: [aWorkspace(), viewerOf], page: 0, size: 50, total: 2 }),
      'GET /api/models': () => json([model]),
      'PUT /api/models/m1/key': () => {
        model = aModel({ hasUserKey: true });
        return json(model);
      },
      'DELETE /api/models/m1/key': () => {
        model = aModel({ hasUserKey: false });
        return noContent();
      },
    });
    renderPage(viewerOf);
    expect(await screen.findByText('gpt')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a model' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.getByText('Your key: none (the workspace key is used)')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Your key for gpt'), 'sk-mine-123');
    await userEvent.click(screen.getByRole('button', { name: 'Save key' }));
    expect(await screen.findByText('Your key: set')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')!.body).toEqual({ apiKey: 'sk-mine-123' });
    expect(screen.getByLabelText('Your key for gpt')).toHaveValue('');
    expect(document.body).not.toHaveTextContent('sk-mine-123');

    await userEvent.click(screen.getByRole('button', { name: 'Remove my key' }));
    expect(await screen.findByText('Your key: none (the workspace key is used)')).toBeInTheDocument();
  });
});
