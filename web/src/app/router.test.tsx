import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aWorkspace, page } from '@/test/builders';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderSignedIn } from '@/test/render';
import { routes } from './router';

describe('router: an address the app does not know', () => {
  it('says plainly that the page is not found and links home', async () => {
    mockFetch({ 'GET /api/workspaces': () => json(page([aWorkspace()])) });

    renderSignedIn(routes, { at: '/nope' });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/nothing at this address/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
  });
});
