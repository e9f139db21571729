import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { Model } from '../types';
import { modelListKey } from './keys';

/** The workspace's models (Settings → Models), without their keys. */
export const getModels = ({ workspaceId }: { workspaceId: string }) =>
  api.get<Model[]>('/api/models', { params: { workspaceId } });

export const getModelsQueryOptions = ({ workspaceId }: { workspaceId: string }) =>
  queryOptions({ queryKey: modelListKey(workspaceId), queryFn: () => getModels({ workspaceId }) });

export const useModels = ({
  queryConfig,
  workspaceId,
}: { workspaceId: string; queryConfig?: QueryConfig<typeof getModelsQueryOptions> }) =>
  useQuery({ ...getModelsQueryOptions({ workspaceId }), ...queryConfig });
