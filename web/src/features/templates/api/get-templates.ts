import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';
import type { PromptTemplate } from '../types';
import { templateListKey } from './keys';

/** The workspace's prompt templates, each with the variables the server found in it. */
export const getTemplates = ({ workspaceId }: { workspaceId: string }) =>
  api.get<PromptTemplate[]>('/api/prompt-templates', { params: { workspaceId } });

export const getTemplatesQueryOptions = ({ workspaceId }: { workspaceId: string }) =>
  queryOptions({ queryKey: templateListKey(workspaceId), queryFn: () => getTemplates({ workspaceId }) });

export const useTemplates = ({
  queryConfig,
  workspaceId,
}: { workspaceId: string; queryConfig?: QueryConfig<typeof getTemplatesQueryOptions> }) =>
  useQuery({ ...getTemplatesQueryOptions({ workspaceId }), ...queryConfig });
