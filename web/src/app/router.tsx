import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { createBrowserRouter, Link, Navigate, useParams, useRouteError } from 'react-router';
import { Alert } from '@/components/alert';
import { PageHeader } from '@/components/layout';
import { Loading } from '@/components/spinner';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { AdminOnly } from '@/features/settings/components/admin-only';
import { AppFrame } from '@/features/shell/components/app-frame';

// Pages load on demand so the first download holds only the frame.
const LoginPage = lazy(() => import('@/features/auth/components/login-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/components/dashboard-page'));
const ChartLibraryPage = lazy(() => import('@/features/charts/components/chart-library-page'));
const ChartBuilderPage = lazy(() => import('@/features/charts/components/chart-builder-page'));
const ChatPage = lazy(() => import('@/features/chat/components/chat-page'));
const DataPage = lazy(() => import('@/features/data/components/data-page'));
const DatasetPage = lazy(() => import('@/features/data/components/dataset-page'));
const EnergyPage = lazy(() => import('@/features/energy/components/energy-page'));
const SettingsLayout = lazy(() => import('@/features/settings/components/settings-layout'));
const ProfileSettings = lazy(() => import('@/features/profile/components/profile-settings'));
const PasswordSettings = lazy(() => import('@/features/profile/components/password-settings'));
const TokensSettings = lazy(() => import('@/features/tokens/components/tokens-settings'));
const WorkspaceSettings = lazy(() => import('@/features/workspaces/components/workspace-settings'));
const UsersSettings = lazy(() => import('@/features/users/components/users-settings'));
const AuditLog = lazy(() => import('@/features/audit/components/audit-log'));
const AgentsSettings = lazy(() => import('@/features/agents/components/agents-settings'));
const SharedLinksSettings = lazy(() => import('@/features/sharing/components/shared-links-settings'));
const AssistantSettings = lazy(() => import('@/features/assistant/components/assistant-settings'));
const ModelsSettings = lazy(() => import('@/features/models/components/models-settings'));
const TemplatesSettings = lazy(() => import('@/features/templates/components/templates-settings'));
const SharedChartPage = lazy(() => import('@/features/sharing/components/shared-chart-page'));
const PublicPage = lazy(() => import('@/features/sharing/components/public-page'));

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function NotFound() {
  return (
    <div>
      <PageHeader title="Page not found" />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        There is nothing at this address.{' '}
        <Link to="/" className="font-medium text-teal-700 underline dark:text-teal-400">
          Go to the dashboard
        </Link>
      </p>
    </div>
  );
}

/** `/share/tab/:tabId`, the link a person share gives: the dashboard shows the tab (read-only when it is). */
function SharedTab() {
  const { tabId = '' } = useParams();
  return <Navigate to={`/dashboard/${encodeURIComponent(tabId)}`} replace />;
}

function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="mx-auto max-w-lg p-8">
      <Alert tone="error">
        <p className="font-medium">This page failed to load.</p>
        <p className="mt-1 break-words">{message}</p>
      </Alert>
      {/* after a new deploy the chunk this tab wanted is gone: a reload fetches the new one */}
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-4 rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
      >
        Reload
      </button>
    </div>
  );
}

export const routes = [
  // a public link: no app frame, no sign-in (RequireAuth guards only the '/' branch below)
  {
    path: '/s/:token',
    element: (
      <Page>
        <PublicPage />
      </Page>
    ),
    errorElement: <RouteError />,
  },
  {
    path: '/login',
    element: (
      <Page>
        <LoginPage />
      </Page>
    ),
    errorElement: <RouteError />,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppFrame />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'dashboard/:tabId', element: <DashboardPage /> },
      { path: 'charts', element: <ChartLibraryPage /> },
      { path: 'charts/new', element: <ChartBuilderPage /> },
      { path: 'charts/:chartId', element: <ChartBuilderPage /> },
      { path: 'chat', element: <ChatPage /> },
      { path: 'data', element: <DataPage /> },
      { path: 'data/:datasetId', element: <DatasetPage /> },
      { path: 'energy', element: <EnergyPage /> },
      { path: 'share/tab/:tabId', element: <SharedTab /> },
      { path: 'share/chart/:chartId', element: <SharedChartPage /> },
      {
        path: 'settings',
        element: <SettingsLayout />,
        children: [
          { index: true, element: <Navigate to="profile" replace /> },
          { path: 'profile', element: <ProfileSettings /> },
          { path: 'password', element: <PasswordSettings /> },
          { path: 'tokens', element: <TokensSettings /> },
          { path: 'workspace', element: <WorkspaceSettings /> },
          { path: 'sharing', element: <SharedLinksSettings /> },
          { path: 'agents', element: <AgentsSettings /> },
          { path: 'assistant', element: <AssistantSettings /> },
          { path: 'models', element: <ModelsSettings /> },
          { path: 'templates', element: <TemplatesSettings /> },
          {
            path: 'users',
            element: (
              <AdminOnly>
                <UsersSettings />
              </AdminOnly>
            ),
          },
          {
            path: 'audit',
            element: (
              <AdminOnly>
                <AuditLog />
              </AdminOnly>
            ),
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
