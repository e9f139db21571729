import { useId, useMemo } from 'react';
import { useCurrentWorkspace } from '../current-workspace';

export function WorkspaceSwitcher() {
  const { workspace, workspaces, setCurrentWorkspace } = useCurrentWorkspace();
  const id = useId();
  // the personal workspace first, then the shared ones by name
  const sorted = useMemo(
    () =>
      [...workspaces].sort(
        (a, b) => Number(b.personal) - Number(a.personal) || a.name.localeCompare(b.name),
      ),
    [workspaces],
  );
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-600 dark:text-slate-300">
        Workspace
      </label>
      <select
        id={id}
        value={workspace.id}
        onChange={(e) => setCurrentWorkspace(e.target.value)}
        className="max-w-80 rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-2 text-sm font-medium text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        {sorted.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </div>
  );
}
