import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { workspacesQueryKey } from './get-workspaces';

export const deleteWorkspace = ({ workspaceId }: { workspaceId: string }) =>
  api.delete(`/api/workspaces/${encodeURIComponent(workspaceId)}`);

export const useDeleteWorkspace = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof deleteWorkspace> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteWorkspace,
    onSuccess: async (data, variables, ...rest) => {
      // not the deleted workspace's own queries (members…): they would only answer 404
      await queryClient.invalidateQueries({
        queryKey: workspacesQueryKey,
        predicate: (query) => query.queryKey[1] !== variables.workspaceId,
      });
      onSuccess?.(data, variables, ...rest);
    },
  });
};
