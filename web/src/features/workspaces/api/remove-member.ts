import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/features/auth/api/get-me';
import type { MutationConfig } from '@/lib/react-query';
import type { User } from '@/types/api';
import { workspacesQueryKey } from './get-workspaces';

export type RemoveMemberInput = { workspaceId: string; userId: string };

/** Removes a member; removing yourself is leaving the workspace. */
export const removeMember = ({ workspaceId, userId }: RemoveMemberInput) =>
  api.delete(`/api/workspaces/${encodeURIComponent(workspaceId)}/members/${encodeURIComponent(userId)}`);

export const useRemoveMember = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof removeMember> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: removeMember,
    onSuccess: async (data, variables, ...rest) => {
      const me = queryClient.getQueryData<User | null>(meQueryKey);
      const left = me?.id === variables.userId;
      // after leaving, the workspace's own queries would only answer 403/404
      await queryClient.invalidateQueries({
        queryKey: workspacesQueryKey,
        predicate: (query) => !left || query.queryKey[1] !== variables.workspaceId,
      });
      onSuccess?.(data, variables, ...rest);
    },
  });
};
