import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress } from '@/lib/api-client';
import type { UploadProgressListener } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { WorkspaceFile } from '../types';
import { filesKey, filesPath } from './keys';

export type UploadFileInput = {
  workspaceId: string;
  file: File;
  onProgress?: UploadProgressListener;
  signal?: AbortSignal;
};

export const uploadFile = ({ workspaceId, file, onProgress, signal }: UploadFileInput) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadWithProgress<WorkspaceFile>(filesPath(workspaceId), form, { onProgress, signal });
};

export const useUploadFile = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof uploadFile> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: uploadFile,
    onSuccess: async (file, variables, ...args) => {
      await queryClient.invalidateQueries({ queryKey: filesKey(variables.workspaceId) });
      onSuccess?.(file, variables, ...args);
    },
  });
};
