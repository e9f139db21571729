import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { PromptTemplate, PromptTemplateInput } from '../types';
import { templatesKey } from './keys';

/** Creates a template in the workspace (no id) or replaces one (editors). */
export const saveTemplate = ({
  workspaceId,
  templateId,
  input,
}: {
  workspaceId: string;
  templateId?: string;
  input: PromptTemplateInput;
}) =>
  templateId
    ? api.put<PromptTemplate>(`/api/prompt-templates/${encodeURIComponent(templateId)}`, input)
    : api.post<PromptTemplate>('/api/prompt-templates', input, { params: { workspaceId } });

export const useSaveTemplate = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof saveTemplate> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: saveTemplate,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: templatesKey });
      onSuccess?.(...args);
    },
  });
};
