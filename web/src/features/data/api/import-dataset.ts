import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress } from '@/lib/api-client';
import type { UploadProgressListener } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { DatasetSummary } from '@/types/api';
import { datasetListsQueryKey } from './get-datasets';

export type ImportDatasetInput = {
  file: File;
  workspaceId: string;
  /** Without a name the server uses the file's base name. */
  name?: string;
  onProgress?: UploadProgressListener;
  signal?: AbortSignal;
};

export const importDataset = ({ file, workspaceId, name, onProgress, signal }: ImportDatasetInput) => {
  const form = new FormData();
  form.append('file', file);
  form.append('workspaceId', workspaceId);
  if (name) form.append('name', name);
  return uploadWithProgress<DatasetSummary>('/api/datasets', form, { onProgress, signal });
};

export const useImportDataset = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof importDataset> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: importDataset,
    onSuccess: (...args) => {
      void queryClient.invalidateQueries({ queryKey: datasetListsQueryKey });
      onSuccess?.(...args);
    },
  });
};
