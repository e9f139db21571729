import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aUser } from '@/test/builders';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderRoutes } from '@/test/render';
import { RequireAuth } from './require-auth';

const routes = [
  { path: '/login', element: <p>login page</p> },
  {
    path: '/settings/tokens',
    element: (
      <RequireAuth>
        <p>secret page</p>
      </RequireAuth>
    ),
  },
];

describe('RequireAuth', () => {
  it('sends a visitor to the login page, remembering where they were going', async () => {
    mockFetch({ 'GET /api/me': () => problem(401, 'Not signed in') });
    const { router } = renderRoutes(routes, { at: '/settings/tokens?tab=1' });

    expect(await screen.findByText('login page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/settings/tokens?tab=1')}`);
  });

  it('shows the page to a signed-in user', async () => {
    mockFetch({ 'GET /api/me': () => json(aUser()) });
    renderRoutes(routes, { at: '/settings/tokens' });
    expect(await screen.findByText('secret page')).toBeInTheDocument();
  });
});
