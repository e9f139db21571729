import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { filePath, filesKey } from './keys';

export type DeleteFileInput = { workspaceId: string; fileId: string };

export const deleteFile = ({ workspaceId, fileId }: DeleteFileInput) => api.delete(filePath(workspaceId, fileId));

export const useDeleteFile = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteFile> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteFile,
    onSuccess: async (data, variables, ...args) => {
      await queryClient.invalidateQueries({ queryKey: filesKey(variables.workspaceId) });
      onSuccess?.(data, variables, ...args);
    },
  });
};
