import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meQueryKey } from '@/features/auth/api/get-me';
import { CurrentWorkspaceProvider } from '@/features/workspaces/current-workspace';
import { aUser, aWorkspace, page } from '@/test/builders';
import { json, mockFetch, noContent } from '@/test/fetch-mock';
import { renderWithQuery, testQueryClient } from '@/test/render';
import type { WorkspaceRole } from '@/types/api';
import type { WorkspaceFile } from '../types';
import { FilesSection } from './files-section';

const me = aUser();

const report: WorkspaceFile = {
  id: 'f1',
  name: 'report.pdf',
  mediaType: 'application/pdf',
  size: 1536,
  kind: 'pdf',
  chunks: 3,
  pages: 2,
  status: 'ready',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: me.id,
  createdByName: 'Ada',
};

function renderFiles(role: WorkspaceRole) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const workspace = aWorkspace({ id: 'w-team', name: 'Plant', personal: false, role });
  window.localStorage.setItem(`gridsight.workspace.${me.id}`, workspace.id);
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, me);
  return { workspace, queryClient };
}

describe('FilesSection', () => {
  it('lists files with kind, size and status and deletes one after confirming', async () => {
    const { workspace, queryClient } = renderFiles('editor');
    let files = [report];
    const { requests } = mockFetch({
      'GET /api/workspaces': () => json(page([workspace])),
      'GET /api/workspaces/w-team/files': () => json(page(files)),
      'DELETE /api/workspaces/w-team/files/f1': () => {
        files = [];
        return noContent();
      },
    });
    renderWithQuery(
      <CurrentWorkspaceProvider>
        <FilesSection />
      </CurrentWorkspaceProvider>,
      queryClient,
    );

    const row = (await screen.findByRole('link', { name: 'report.pdf' })).closest('tr')!;
    expect(within(row).getByText('PDF, 2 pages, 3 passages')).toBeInTheDocument();
    expect(within(row).getByText('1.5 KB')).toBeInTheDocument();
    expect(within(row).getByText('Ready')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Download report.pdf' })).toHaveAttribute(
      'href',
      '/api/workspaces/w-team/files/f1/content',
    );

    await userEvent.click(within(row).getByRole('button', { name: 'Delete report.pdf' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete report.pdf?' });
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete file' }));

    expect(await screen.findByText('No files yet.')).toBeInTheDocument();
    await waitFor(() => expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1));
  });

  it('offers no upload, rename or delete to a viewer', async () => {
    const { workspace, queryClient } = renderFiles('viewer');
    mockFetch({
      'GET /api/workspaces': () => json(page([workspace])),
      'GET /api/workspaces/w-team/files': () => json(page([report])),
    });
    renderWithQuery(
      <CurrentWorkspaceProvider>
        <FilesSection />
      </CurrentWorkspaceProvider>,
      queryClient,
    );

    expect(await screen.findByRole('link', { name: 'report.pdf' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload file' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete report.pdf' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rename report.pdf' })).not.toBeInTheDocument();
  });
});
