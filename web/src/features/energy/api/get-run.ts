import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { Run } from '../types';
import { runKey, runPath } from './keys';

/** One run with its plan, explanation and charts. */
export const getRun = ({ runId }: { runId: string }) => api.get<Run>(runPath(runId));

export const getRunQueryOptions = ({ runId }: { runId: string }) =>
  // a stored run never changes
  queryOptions({ queryKey: runKey(runId), queryFn: () => getRun({ runId }), staleTime: Infinity });

export const useRun = ({ queryConfig, runId }: { runId: string; queryConfig?: QueryConfig<typeof getRunQueryOptions> }) =>
  useQuery({ ...getRunQueryOptions({ runId }), ...queryConfig });
