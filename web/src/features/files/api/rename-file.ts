import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { WorkspaceFile } from '../types';
import { filePath, filesKey } from './keys';

export type RenameFileInput = { workspaceId: string; fileId: string; name: string };

export const renameFile = ({ workspaceId, fileId, name }: RenameFileInput) =>
  api.patch<WorkspaceFile>(filePath(workspaceId, fileId), { name });

export const useRenameFile = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof renameFile> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: renameFile,
    onSuccess: async (file, variables, ...args) => {
      await queryClient.invalidateQueries({ queryKey: filesKey(variables.workspaceId) });
      onSuccess?.(file, variables, ...args);
    },
  });
};
