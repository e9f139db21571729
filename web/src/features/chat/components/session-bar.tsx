import { useId, useState } from 'react';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert } from '@/components/alert';
import { useDebouncedValue } from '@/features/charts/use-debounced-value';
import { useDeleteSession } from '../api/delete-session';
import { useSessions } from '../api/get-sessions';
import { useUpdateSession } from '../api/update-session';
import type { ChatSession } from '../types';

const selectClass =
  'min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

/** Picks, searches, starts, renames and deletes sessions. */
export function SessionBar({
  workspaceId,
  session,
  sessionId,
  onSelect,
}: {
  workspaceId: string;
  session: ChatSession | undefined;
  sessionId: string | null;
  onSelect: (sessionId: string | null) => void;
}) {
  const id = useId();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const sessions = useSessions({ workspaceId, q });
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const rename = useUpdateSession({ mutationConfig: { onSuccess: () => setRenaming(null) } });
  const remove = useDeleteSession({
    mutationConfig: {
      onSuccess: () => {
        setDeleting(false);
        onSelect(null);
      },
    },
  });

  const items = sessions.data?.items ?? [];
  // the open session stays choosable while a search hides it
  const options = session && !items.some((s) => s.id === session.id) ? [session, ...items] : items;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-session`} className="sr-only">
          Session
        </label>
        <select
          id={`${id}-session`}
          className={`${selectClass} flex-1`}
          value={sessionId ?? ''}
          onChange={(e) => onSelect(e.target.value || null)}
        >
          <option value="">New conversation</option>
          {options.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title || 'Untitled'}
            </option>
          ))}
        </select>
        <Button size="sm" variant="secondary" onClick={() => onSelect(null)}>
          New chat
        </Button>
        {session && (
          <>
            <Button size="sm" variant="ghost" onClick={() => setRenaming(session.title ?? '')}>
              Rename
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setDeleting(true)}>
              Delete
            </Button>
          </>
        )}
      </div>
      <div>
        <label htmlFor={`${id}-search`} className="sr-only">
          Search sessions
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Search sessions"
          className={`${selectClass} w-full`}
        />
        {q && sessions.isSuccess && (
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400" role="status">
            {sessions.data.total === 0 ? 'No session matches.' : `${sessions.data.total} matching`}
          </p>
        )}
      </div>
      {renaming !== null && session && (
        <form
          className="flex items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (renaming.trim()) rename.mutate({ sessionId: session.id, title: renaming.trim() });
          }}
        >
          <label htmlFor={`${id}-title`} className="sr-only">
            Session title
          </label>
          <input
            id={`${id}-title`}
            autoFocus
            value={renaming}
            onChange={(e) => setRenaming(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
            className={`${selectClass} flex-1`}
          />
          <Button size="sm" type="submit" pending={rename.isPending} disabled={!renaming.trim()}>
            Save
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setRenaming(null)}>
            Cancel
          </Button>
        </form>
      )}
      <ErrorAlert error={rename.error ?? sessions.error} />
      {deleting && session && (
        <ConfirmDialog
          title="Delete this conversation?"
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate({ sessionId: session.id })}
          onCancel={() => setDeleting(false)}
        >
          “{session.title || 'Untitled'}” and its messages will be deleted. Charts it made stay in the library.
        </ConfirmDialog>
      )}
    </div>
  );
}
