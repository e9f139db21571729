import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aWorkspace, page } from '@/test/builders';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderRoutes, renderSignedIn } from '@/test/render';
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

describe('router: a public link', () => {
  it('opensWithoutSigningInAndWithoutTheAppFrame', async () => {
    const { requests } = mockFetch({
      'GET /api/me': () => problem(401, 'You are not signed in.'),
      'GET /api/public/gsp_x': () => problem(404, 'This link does not exist or no longer works.'),
    });

    const { router } = renderRoutes(routes, { at: '/s/gsp_x' });

    expect(await screen.findByText('This link does not exist or is no longer shared.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/s/gsp_x');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(requests.map((r) => r.url)).toEqual(['/api/public/gsp_x']);
  });
});
