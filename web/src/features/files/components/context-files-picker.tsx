import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { useFiles } from '../api/get-files';
import { useUpdateContextFiles } from '../api/update-context-files';
import type { SessionContext } from '../api/update-context-files';
import { canAddMore, contextChips, toggleContextFile } from '../context-selection';
import { fileStatus } from '../file-format';

/**
 * The chat session's context files: the chosen ones as chips (× takes one off), and a list of
 * the workspace's files to tick. Each change is saved on the session at once.
 */
export function ContextFilesPicker({
  workspaceId,
  session,
}: {
  workspaceId: string;
  session: SessionContext | undefined;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const selected = session?.contextFiles ?? [];
  // asked only when there is something to name or to pick
  const files = useFiles({ workspaceId, size: 200, queryConfig: { enabled: open || selected.length > 0 } });
  const update = useUpdateContextFiles();
  const chips = contextChips(selected, files.data?.items);

  if (!session) return null;

  const save = (next: string[]) => update.mutate({ sessionId: session.id, contextFiles: next });

  return (
    <div className="space-y-1 text-sm">
      <div className="flex flex-wrap items-center gap-1.5">
        <Button
          size="sm"
          variant="ghost"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          onClick={() => setOpen((o) => !o)}
        >
          Context files{selected.length > 0 ? ` (${selected.length})` : ''}
        </Button>
        {chips.map((chip) => (
          <span
            key={chip.id}
            className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${
              chip.missing
                ? 'border-slate-300 text-slate-500 line-through dark:border-slate-600'
                : 'border-teal-300 bg-teal-50 text-teal-900 dark:border-teal-700 dark:bg-teal-950/50 dark:text-teal-100'
            }`}
          >
            {chip.name}
            <button
              type="button"
              aria-label={`Remove ${chip.name} from the context`}
              disabled={update.isPending}
              onClick={() => save(toggleContextFile(selected, chip.id))}
              className="rounded-full px-1 hover:bg-black/10 dark:hover:bg-white/10"
            >
              ×
            </button>
          </span>
        ))}
      </div>
      {open && (
        <fieldset
          id={`${id}-list`}
          className="max-h-48 overflow-auto rounded-md border border-slate-200 p-2 dark:border-slate-700"
        >
          <legend className="px-1 text-xs text-slate-600 dark:text-slate-400">
            Files this conversation may quote
          </legend>
          {files.isSuccess && files.data.items.length === 0 && (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              No files in this workspace yet.{' '}
              <Link to="/settings/workspace" className="underline">
                Upload some under Settings → Workspace
              </Link>
              .
            </p>
          )}
          {files.data?.items.map((file) => {
            const checked = selected.includes(file.id);
            const status = fileStatus(file.status);
            return (
              <label key={file.id} className="flex items-center gap-2 py-0.5">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={update.isPending || (!checked && !canAddMore(selected))}
                  onChange={() => save(toggleContextFile(selected, file.id))}
                />
                <span className="truncate">{file.name}</span>
                {status.tone !== 'ok' && <span className="text-xs text-slate-500">({status.label})</span>}
              </label>
            );
          })}
        </fieldset>
      )}
      <ErrorAlert error={update.error ?? (open ? files.error : null)} />
    </div>
  );
}
