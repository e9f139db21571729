import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { page } from '@/test/builders';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderRoutes } from '@/test/render';
import type { WorkspaceFile } from '../types';
import { ContextFilesPicker } from './context-files-picker';

const file = (overrides: Partial<WorkspaceFile>): WorkspaceFile => ({
  id: 'f1',
  name: 'report.pdf',
  mediaType: 'application/pdf',
  size: 2048,
  kind: 'pdf',
  chunks: 3,
  pages: 2,
  status: 'ready',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'u1',
  createdByName: 'Ada',
  ...overrides,
});

function renderPicker(contextFiles: string[]) {
  document.cookie = 'XSRF-TOKEN=csrf';
  return renderRoutes([
    { path: '*', element: <ContextFilesPicker workspaceId="w1" session={{ id: 's1', contextFiles }} /> },
  ]);
}

describe('ContextFilesPicker', () => {
  it('shows the chosen files as chips and saves a ticked file on the session', async () => {
    const { requests } = mockFetch({
      'GET /api/workspaces/w1/files': () =>
        json(page([file({}), file({ id: 'f2', name: 'notes.md', kind: 'text', pages: null })])),
      'PATCH /api/chat/sessions/s1': (r) => json({ id: 's1', contextFiles: (r.body as { contextFiles: string[] }).contextFiles }),
    });
    renderPicker(['f1']);

    expect(await screen.findByText('report.pdf')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Context files (1)' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: /notes\.md/ }));

    await waitFor(() =>
      expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ contextFiles: ['f1', 'f2'] }),
    );
  });

  it('takes a deleted file off the list from its chip', async () => {
    const { requests } = mockFetch({
      'GET /api/workspaces/w1/files': () => json(page([file({})])),
      'PATCH /api/chat/sessions/s1': () => json({ id: 's1', contextFiles: ['f1'] }),
    });
    renderPicker(['f1', 'gone']);

    await userEvent.click(await screen.findByRole('button', { name: 'Remove Deleted file from the context' }));

    await waitFor(() => expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ contextFiles: ['f1'] }));
  });

  it('asks for no files while nothing is chosen and the list is closed', () => {
    const { requests } = mockFetch({});
    renderPicker([]);

    expect(screen.getByRole('button', { name: 'Context files' })).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
