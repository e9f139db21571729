import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aUser } from '@/test/builders';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderRoutes, renderWithQuery } from '@/test/render';
import LoginPage from './login-page';
import { LoginForm } from './login-form';

async function fillAndSubmit(email: string, password: string) {
  await userEvent.type(screen.getByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('shows the server’s detail when the sign-in fails', async () => {
    const { requests } = mockFetch({
      'GET /api/auth/csrf': () => json({ headerName: 'X-XSRF-TOKEN', token: 't' }),
      'POST /api/auth/login': () => problem(401, 'Invalid email or password'),
    });
    renderWithQuery(<LoginForm onSuccess={() => {}} />);

    await fillAndSubmit('ada@example.com', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid email or password');
    expect(requests.at(-1)?.body).toEqual({ email: 'ada@example.com', password: 'wrong' });
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('says when to try again after too many attempts', async () => {
    mockFetch({
      'GET /api/auth/csrf': () => json({ headerName: 'X-XSRF-TOKEN', token: 't' }),
      'POST /api/auth/login': () => problem(429, 'Too many sign-in attempts.', {}, { 'Retry-After': '30' }),
    });
    renderWithQuery(<LoginForm onSuccess={() => {}} />);
    await fillAndSubmit('ada@example.com', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Try again in 30 s.');
  });

  it('shows progress while signing in', async () => {
    let answer: (response: Response) => void = () => {};
    mockFetch({
      'GET /api/auth/csrf': () => json({ headerName: 'X-XSRF-TOKEN', token: 't' }),
      'POST /api/auth/login': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    renderWithQuery(<LoginForm onSuccess={() => {}} />);
    await fillAndSubmit('ada@example.com', 'secret-password');

    expect(await screen.findByRole('button', { name: 'Signing in…' })).toBeDisabled();
    answer(json(aUser()));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});

describe('LoginPage', () => {
  it('offers the OIDC providers and returns to the page the user wanted', async () => {
    let signedIn = false;
    mockFetch({
      'GET /api/me': () => (signedIn ? json(aUser()) : problem(401, 'Not signed in')),
      'GET /api/auth/providers': () =>
        json({ oidc: [{ id: 'kc', name: 'Keycloak', loginUrl: '/oauth2/authorization/kc' }] }),
      'GET /api/auth/csrf': () => json({ headerName: 'X-XSRF-TOKEN', token: 't' }),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(aUser());
      },
    });
    const { router } = renderRoutes(
      [
        { path: '/login', element: <LoginPage /> },
        { path: '/settings/tokens', element: <p>tokens page</p> },
      ],
      { at: '/login?next=%2Fsettings%2Ftokens' },
    );

    expect(await screen.findByRole('link', { name: 'Sign in with Keycloak' })).toHaveAttribute(
      'href',
      '/oauth2/authorization/kc',
    );
    await fillAndSubmit('ada@example.com', 'right-password');

    expect(await screen.findByText('tokens page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/tokens');
  });

  it('explains why single sign-on sent the user back', async () => {
    mockFetch({
      'GET /api/me': () => problem(401, 'Not signed in'),
      'GET /api/auth/providers': () => json({ oidc: [] }),
    });
    renderRoutes([{ path: '/login', element: <LoginPage /> }], { at: '/login?error=no-account' });
    expect(await screen.findByRole('alert')).toHaveTextContent('No Gridsight account matches that identity.');
    expect(screen.queryByRole('link', { name: /Sign in with/ })).not.toBeInTheDocument();
  });
});
