import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/alert';
import { Button } from '@/components/button';
import { Loading } from '@/components/spinner';
import { useMe } from '../api/get-me';
import { loginPathFor } from '../next-path';

/** Renders its children for a signed-in user; sends everyone else to the login page and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <div className="flex min-h-dvh items-center justify-center">
        <Loading />
      </div>
    );
  }
  if (me.isError && me.data === undefined) {
    return (
      <div className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-6">
        <ErrorAlert error={me.error} />
        <Button variant="secondary" onClick={() => me.refetch()} pending={me.isFetching}>
          Try again
        </Button>
      </div>
    );
  }
  if (!me.data) return <Navigate to={loginPathFor(location)} replace />;
  return children;
}
