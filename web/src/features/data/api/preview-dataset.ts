import { useMutation } from '@tanstack/react-query';
import { uploadWithProgress } from '@/lib/api-client';
import type { UploadProgressListener } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { DatasetPreview } from '@/types/api';
import { previewBody } from '../preview-head';

export type PreviewDatasetInput = {
  file: File;
  onProgress?: UploadProgressListener;
  signal?: AbortSignal;
};

export type FilePreview = DatasetPreview & {
  /** True when only the file's first records were sent (see {@link previewBody}). */
  fromHead: boolean;
};

/**
 * Sends the file, or the head of a large CSV/TSV/NDJSON file, as the raw body for its inferred
 * schema and first rows; the server stores nothing.
 */
export const previewDataset = async ({ file, onProgress, signal }: PreviewDatasetInput): Promise<FilePreview> => {
  const { body, fromHead } = await previewBody(file);
  const preview = await uploadWithProgress<DatasetPreview>('/api/datasets/preview', body, {
    params: { fileName: file.name },
    contentType: 'application/octet-stream',
    onProgress,
    signal,
  });
  return { ...preview, fromHead };
};

export const usePreviewDataset = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof previewDataset> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: previewDataset });
