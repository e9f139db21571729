import { useMutation } from '@tanstack/react-query';
import { uploadWithProgress } from '@/lib/api-client';
import type { UploadProgressListener } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { DatasetPreview } from '@/types/api';

export type PreviewDatasetInput = {
  file: File;
  onProgress?: UploadProgressListener;
  signal?: AbortSignal;
};

/** Sends the file for its inferred schema and first rows; the server stores nothing. */
export const previewDataset = ({ file, onProgress, signal }: PreviewDatasetInput) => {
  const form = new FormData();
  form.append('file', file);
  return uploadWithProgress<DatasetPreview>('/api/datasets/preview', form, { onProgress, signal });
};

export const usePreviewDataset = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof previewDataset> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: previewDataset });
