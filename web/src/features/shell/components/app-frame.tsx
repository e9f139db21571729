import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { Logo } from '@/components/logo';
import { Loading } from '@/components/spinner';
import { WorkspaceSwitcher } from '@/features/workspaces/components/workspace-switcher';
import { CurrentWorkspaceProvider } from '@/features/workspaces/current-workspace';
import { ChartsIcon, ChatIcon, DashboardIcon, DataIcon, EnergyIcon, SettingsIcon } from './icons';
import { UserMenu } from './user-menu';

const NAV: { to: string; label: string; icon: ReactNode; end?: boolean }[] = [
  { to: '/dashboard', label: 'Dashboard', icon: <DashboardIcon /> },
  { to: '/charts', label: 'Charts', icon: <ChartsIcon /> },
  { to: '/chat', label: 'Chat', icon: <ChatIcon /> },
  { to: '/data', label: 'Data', icon: <DataIcon /> },
  { to: '/energy', label: 'Energy', icon: <EnergyIcon /> },
  { to: '/settings', label: 'Settings', icon: <SettingsIcon /> },
];

const navLink = ({ isActive }: { isActive: boolean }) =>
  `flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 ${
    isActive
      ? 'bg-teal-50 text-teal-900 dark:bg-teal-950 dark:text-teal-100'
      : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-slate-50'
  }`;

/** The frame around every page of a signed-in user: navigation, workspace switcher, user menu. */
export function AppFrame() {
  return (
    <CurrentWorkspaceProvider>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow"
      >
        Skip to content
      </a>
      <div className="flex min-h-dvh flex-col bg-slate-100 md:flex-row dark:bg-slate-950">
        <aside className="shrink-0 border-b border-slate-200 bg-white md:w-56 md:border-r md:border-b-0 dark:border-slate-800 dark:bg-slate-900">
          <div className="md:sticky md:top-0">
            <div className="flex h-14 items-center px-4">
              <NavLink
                to="/"
                aria-label="Gridsight home"
                className="rounded-md focus-visible:outline-2 focus-visible:outline-teal-600"
              >
                <Logo />
              </NavLink>
            </div>
            <nav aria-label="Main" className="overflow-x-auto px-2 pb-2">
              <ul className="flex gap-1 md:flex-col">
                {NAV.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end} className={navLink}>
                      {item.icon}
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="sticky top-0 z-30 flex h-14 items-center justify-between gap-4 border-b border-slate-200 bg-white/90 px-4 backdrop-blur sm:px-6 dark:border-slate-800 dark:bg-slate-900/90">
            <WorkspaceSwitcher />
            <UserMenu />
          </header>
          <main id="main" className="flex-1 px-4 py-6 sm:px-8">
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
      </div>
    </CurrentWorkspaceProvider>
  );
}
