import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import type { RouteObject } from 'react-router';
import { ThemeProvider } from '@/app/theme-provider';
import { meQueryKey } from '@/features/auth/api/get-me';
import { CurrentWorkspaceProvider } from '@/features/workspaces/current-workspace';
import type { User } from '@/types/api';
import { aUser } from './builders';

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Renders routes in a memory router with fresh query state, as the app does. */
export function renderRoutes(routes: RouteObject[], { at = '/', queryClient = testQueryClient() } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [at] });
  const result = render(
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...result, router, queryClient };
}

export function renderWithQuery(ui: ReactElement, queryClient = testQueryClient()) {
  return { ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>), queryClient };
}

/**
 * Routes behind the login, as the app frame gives them: a signed-in user and the current
 * workspace (remembered as `workspaceId`; the test routes `GET /api/workspaces`).
 */
export function renderSignedIn(
  routes: RouteObject[],
  { at = '/', workspaceId, user = aUser() }: { at?: string; workspaceId?: string; user?: User } = {},
) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, user);
  if (workspaceId) window.localStorage.setItem(`gridsight.workspace.${user.id}`, workspaceId);
  return renderRoutes(
    [
      {
        element: (
          <CurrentWorkspaceProvider>
            <Outlet />
          </CurrentWorkspaceProvider>
        ),
        children: routes,
      },
    ],
    { at, queryClient },
  );
}
