import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { LiveConnection } from './live-connection';
import type { DatasetAppended, LiveStatus } from './live-connection';

const LiveContext = createContext<LiveConnection | null>(null);

/** Holds the page's one live connection; it opens with the first watched dataset. */
export function LiveProvider({
  children,
  connection: given,
}: {
  children: ReactNode;
  connection?: LiveConnection;
}) {
  const [connection] = useState(() => given ?? new LiveConnection());
  useEffect(() => () => connection.close(), [connection]);
  return <LiveContext.Provider value={connection}>{children}</LiveContext.Provider>;
}

/**
 * Calls `onChange` whenever rows are appended to one of the datasets (and after a reconnect,
 * when appends may have been missed). Outside a {@link LiveProvider} it does nothing.
 */
export function useLiveDatasets(
  datasetIds: readonly string[],
  onChange: (event: DatasetAppended | { datasetId: string; reconnected: true }) => void,
) {
  const connection = useContext(LiveContext);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const key = [...new Set(datasetIds)].sort().join('\n');
  useEffect(() => {
    if (!connection || !key) return;
    const stops = key.split('\n').map((id) => connection.watch(id, (event) => latest.current(event)));
    return () => stops.forEach((stop) => stop());
  }, [connection, key]);
}

export function useLiveStatus(): LiveStatus {
  const connection = useContext(LiveContext);
  return useSyncExternalStore(
    (notify) => connection?.onStatus(notify) ?? (() => {}),
    () => connection?.status ?? 'idle',
  );
}

/** The page's live connection, or null outside a {@link LiveProvider}. */
export function useLiveConnection(): LiveConnection | null {
  return useContext(LiveContext);
}
