import { useEffect, useId, useRef, useState } from 'react';
import { useTheme } from '@/app/theme-provider';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { useUser } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import type { ThemePreference } from '@/lib/theme';

const THEME_CHOICES: { value: ThemePreference; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

export function UserMenu() {
  const user = useUser();
  const { preference, setPreference } = useTheme();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  // a full page load: nothing of the old session stays in memory
  const logout = useLogout({ mutationConfig: { onSuccess: () => window.location.replace('/login') } });

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const initial = (user.displayName || user.email).trim().charAt(0).toUpperCase();

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Account menu (${user.displayName})`}
        onClick={() => setOpen((v) => !v)}
        className="flex items-center gap-2 rounded-full py-1 pr-3 pl-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <span
          aria-hidden="true"
          className="flex size-7 items-center justify-center rounded-full bg-teal-700 text-xs font-semibold text-white dark:bg-teal-600"
        >
          {initial}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{user.displayName}</span>
      </button>
      {open && (
        <div
          id={panelId}
          className="absolute right-0 z-40 mt-2 w-72 rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <div className="border-b border-slate-200 pb-3 dark:border-slate-700">
            <p className="truncate text-sm font-semibold text-slate-900 dark:text-slate-50">{user.displayName}</p>
            <p className="truncate text-sm text-slate-600 dark:text-slate-400">{user.email}</p>
            {user.role === 'admin' && (
              <p className="mt-1 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                Admin
              </p>
            )}
          </div>
          <div className="border-b border-slate-200 py-3 dark:border-slate-700">
            <p id={`${panelId}-theme`} className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
              Theme
            </p>
            <div role="radiogroup" aria-labelledby={`${panelId}-theme`} className="flex gap-1 rounded-md bg-slate-100 p-1 dark:bg-slate-800">
              {THEME_CHOICES.map((choice) => (
                <label
                  key={choice.value}
                  className="flex-1 cursor-pointer rounded px-2 py-1 text-center text-sm text-slate-700 has-checked:bg-white has-checked:font-medium has-checked:text-slate-900 has-checked:shadow-xs has-focus-visible:outline-2 has-focus-visible:outline-teal-600 dark:text-slate-300 dark:has-checked:bg-slate-950 dark:has-checked:text-slate-50"
                >
                  <input
                    type="radio"
                    name="theme"
                    value={choice.value}
                    checked={preference === choice.value}
                    onChange={() => setPreference(choice.value)}
                    className="sr-only"
                  />
                  {choice.label}
                </label>
              ))}
            </div>
          </div>
          <div className="pt-3">
            <ErrorAlert error={logout.error} className="mb-2" />
            <Button variant="secondary" className="w-full" pending={logout.isPending} onClick={() => logout.mutate()}>
              Log out
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
