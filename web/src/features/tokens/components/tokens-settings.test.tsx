import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCreatedToken, aToken, page } from '@/test/builders';
import { json, mockFetch, noContent, problem } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import type { ApiToken } from '@/types/api';
import TokensSettings from './tokens-settings';

function csrf() {
  document.cookie = 'XSRF-TOKEN=t; path=/';
}

describe('TokensSettings', () => {
  it('shows a new token once, with a warning and a working Copy button', async () => {
    csrf();
    const user = userEvent.setup();
    const created = aCreatedToken({ token: 'gs_ab12_the-secret-value' });
    let stored: ApiToken[] = [];
    const { requests } = mockFetch({
      'GET /api/tokens': () => json(page(stored)),
      'POST /api/tokens': () => {
        stored = [aToken({ id: created.id, name: created.name, prefix: created.prefix })];
        return json(created, 201);
      },
    });
    renderWithQuery(<TokensSettings />);
    expect(await screen.findByText('No tokens yet.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Token name'), 'ci');
    await user.type(screen.getByLabelText('Expires in (days)'), '30');
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    const dialog = await screen.findByRole('dialog', { name: 'Token "ci" created' });
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'ci', expiresInDays: 30 });
    expect(within(dialog).getByText('Copy this token now. It will not be shown again.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('New API token')).toHaveValue('gs_ab12_the-secret-value');

    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe('gs_ab12_the-secret-value');
    expect(within(dialog).getByRole('button', { name: 'Copied' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // the list knows only the prefix; the secret is gone from the page for good
    expect(await screen.findByText('gs_ab12…')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('gs_ab12_the-secret-value')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('the-secret-value');
  });

  it('sends no expiry when the days field is left empty', async () => {
    csrf();
    const { requests } = mockFetch({
      'GET /api/tokens': () => json(page([])),
      'POST /api/tokens': () => json(aCreatedToken(), 201),
    });
    renderWithQuery(<TokensSettings />);
    await userEvent.type(await screen.findByLabelText('Token name'), 'ci');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    await screen.findByRole('dialog');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'ci' });
  });

  it('shows the server’s field error when creating fails', async () => {
    csrf();
    mockFetch({
      'GET /api/tokens': () => json(page([])),
      'POST /api/tokens': () =>
        problem(400, 'The request has invalid fields', {
          errors: [{ field: 'expiresInDays', message: 'must be at most 365' }],
        }),
    });
    renderWithQuery(<TokensSettings />);
    await userEvent.type(await screen.findByLabelText('Token name'), 'ci');
    await userEvent.type(screen.getByLabelText('Expires in (days)'), '999');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The request has invalid fields');
    expect(screen.getByText('must be at most 365')).toBeInTheDocument();
    expect(screen.getByLabelText('Expires in (days)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('revokes a token only after confirmation, and shows the detail if that fails', async () => {
    csrf();
    let stored = [aToken({ id: 't-9', name: 'nightly' })];
    let fail = true;
    const { requests } = mockFetch({
      'GET /api/tokens': () => json(page(stored)),
      'DELETE /api/tokens/t-9': () => {
        if (fail) {
          fail = false;
          return problem(409, 'Token is locked by a running import');
        }
        stored = [];
        return noContent();
      },
    });
    renderWithQuery(<TokensSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke nightly' }));

    const dialog = screen.getByRole('dialog', { name: 'Revoke token "nightly"?' });
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Token is locked by a running import');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('No tokens yet.')).toBeInTheDocument();
  });
});
