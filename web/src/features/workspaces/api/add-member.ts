import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { Member, WorkspaceRole } from '@/types/api';
import { workspacesQueryKey } from './get-workspaces';

export type AddMemberInput = { workspaceId: string; email: string; role: WorkspaceRole };

export const addMember = ({ workspaceId, email, role }: AddMemberInput) =>
  api.post<Member>(`/api/workspaces/${encodeURIComponent(workspaceId)}/members`, { email, role });

export const useAddMember = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof addMember> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: addMember,
    onSuccess: async (...args) => {
      // members and the member counts in the workspace list
      await queryClient.invalidateQueries({ queryKey: workspacesQueryKey });
      onSuccess?.(...args);
    },
  });
};
