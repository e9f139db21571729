import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Workspace } from '@/types/api';
import { workspacesQueryKey } from './get-workspaces';

export type UpdateWorkspaceInput = { workspaceId: string; name: string };

export const updateWorkspace = ({ workspaceId, name }: UpdateWorkspaceInput) =>
  api.patch<Workspace>(`/api/workspaces/${encodeURIComponent(workspaceId)}`, { name });

export const useUpdateWorkspace = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof updateWorkspace> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateWorkspace,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: workspacesQueryKey });
      onSuccess?.(...args);
    },
  });
};
