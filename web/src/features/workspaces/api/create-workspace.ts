import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Workspace } from '@/types/api';
import { workspacesQueryKey } from './get-workspaces';

export type CreateWorkspaceInput = { name: string };

export const createWorkspace = (input: CreateWorkspaceInput) => api.post<Workspace>('/api/workspaces', input);

export const useCreateWorkspace = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof createWorkspace> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createWorkspace,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: workspacesQueryKey });
      onSuccess?.(...args);
    },
  });
};
