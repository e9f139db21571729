import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { Loading } from '@/components/spinner';
import { useUser } from '@/features/auth/api/get-me';

const link = ({ isActive }: { isActive: boolean }) =>
  `block rounded-md px-3 py-1.5 text-sm whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 ${
    isActive
      ? 'bg-white font-medium text-slate-900 shadow-xs dark:bg-slate-800 dark:text-slate-50'
      : 'text-slate-600 hover:bg-white/60 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800/60 dark:hover:text-slate-100'
  }`;

export default function SettingsLayout() {
  const user = useUser();
  return (
    <div className="flex flex-col gap-6 lg:flex-row">
      <nav aria-label="Settings" className="shrink-0 lg:w-48">
        <p className="mb-2 px-3 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
          Settings
        </p>
        <ul className="flex gap-1 overflow-x-auto lg:flex-col">
          <li><NavLink to="/settings/profile" className={link}>Profile</NavLink></li>
          <li><NavLink to="/settings/password" className={link}>Password</NavLink></li>
          <li><NavLink to="/settings/tokens" className={link}>API tokens</NavLink></li>
          <li><NavLink to="/settings/workspace" className={link}>Workspace</NavLink></li>
          <li><NavLink to="/settings/sharing" className={link}>Shared links</NavLink></li>
          <li><NavLink to="/settings/agents" className={link}>Agents</NavLink></li>
          <li><NavLink to="/settings/assistant" className={link}>Assistant</NavLink></li>
          <li><NavLink to="/settings/models" className={link}>Models</NavLink></li>
          <li><NavLink to="/settings/templates" className={link}>Prompt templates</NavLink></li>
          {user.role === 'admin' && (
            <>
              <li><NavLink to="/settings/users" className={link}>Users</NavLink></li>
              <li><NavLink to="/settings/audit" className={link}>Audit log</NavLink></li>
            </>
          )}
        </ul>
      </nav>
      <div className="min-w-0 flex-1 lg:max-w-5xl">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}
