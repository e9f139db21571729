import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { templatesKey } from './keys';

export const deleteTemplate = ({ templateId }: { templateId: string }) =>
  api.delete<void>(`/api/prompt-templates/${encodeURIComponent(templateId)}`);

export const useDeleteTemplate = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof deleteTemplate> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: deleteTemplate,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: templatesKey });
      onSuccess?.(...args);
    },
  });
};
