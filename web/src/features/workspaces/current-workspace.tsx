import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { Loading } from '@/components/spinner';
import { useUser } from '@/features/auth/api/get-me';
import type { Workspace } from '@/types/api';
import { useWorkspaces } from './api/get-workspaces';

const storageKey = (userId: string) => `gridsight.workspace.${userId}`;

function readStored(userId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

function writeStored(userId: string, workspaceId: string) {
  try {
    window.localStorage.setItem(storageKey(userId), workspaceId);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

/** The remembered workspace if the user still belongs to it, else the personal one, else the first. */
export function pickWorkspace(
  workspaces: Workspace[],
  rememberedId: string | null,
  personalWorkspaceId: string | undefined,
): Workspace | undefined {
  return (
    workspaces.find((w) => w.id === rememberedId) ??
    workspaces.find((w) => w.id === personalWorkspaceId) ??
    workspaces.find((w) => w.personal) ??
    workspaces[0]
  );
}

type CurrentWorkspaceValue = {
  workspace: Workspace;
  workspaces: Workspace[];
  setCurrentWorkspace: (workspaceId: string) => void;
};

const CurrentWorkspaceContext = createContext<CurrentWorkspaceValue | null>(null);

/** Loads the user's workspaces and keeps track of the one the app works in. */
export function CurrentWorkspaceProvider({ children }: { children: ReactNode }) {
  const user = useUser();
  const query = useWorkspaces();
  const [rememberedId, setRememberedId] = useState(() => readStored(user.id));

  const setCurrentWorkspace = useCallback(
    (workspaceId: string) => {
      writeStored(user.id, workspaceId);
      setRememberedId(workspaceId);
    },
    [user.id],
  );

  const workspaces = useMemo(() => query.data?.items ?? [], [query.data]);
  const workspace = pickWorkspace(workspaces, rememberedId, user.personalWorkspaceId);

  const value = useMemo(
    () => (workspace ? { workspace, workspaces, setCurrentWorkspace } : null),
    [workspace, workspaces, setCurrentWorkspace],
  );

  if (query.isPending) {
    return (
      <div className="flex min-h-dvh items-center justify-center">
        <Loading label="Loading workspaces…" />
      </div>
    );
  }
  if (!value) {
    return (
      <div className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6">
        {query.isError ? (
          <ErrorAlert error={query.error} />
        ) : (
          <p className="text-sm">You are not a member of any workspace.</p>
        )}
        <Button variant="secondary" onClick={() => query.refetch()} pending={query.isFetching}>
          Try again
        </Button>
      </div>
    );
  }
  return <CurrentWorkspaceContext.Provider value={value}>{children}</CurrentWorkspaceContext.Provider>;
}

/** The workspace the user is working in, the list to switch between, and the switch. */
export function useCurrentWorkspace(): CurrentWorkspaceValue {
  const value = useContext(CurrentWorkspaceContext);
  if (!value) throw new Error('useCurrentWorkspace must be used inside <CurrentWorkspaceProvider>');
  return value;
}
