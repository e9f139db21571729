import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Member, WorkspaceRole } from '@/types/api';
import { workspacesQueryKey } from './get-workspaces';

export type UpdateMemberInput = { workspaceId: string; userId: string; role: WorkspaceRole };

export const updateMember = ({ workspaceId, userId, role }: UpdateMemberInput) =>
  api.patch<Member>(
    `/api/workspaces/${encodeURIComponent(workspaceId)}/members/${encodeURIComponent(userId)}`,
    { role },
  );

export const useUpdateMember = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof updateMember> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateMember,
    onSuccess: async (...args) => {
      // my own role may have changed too
      await queryClient.invalidateQueries({ queryKey: workspacesQueryKey });
      onSuccess?.(...args);
    },
  });
};
