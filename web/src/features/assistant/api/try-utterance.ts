import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { IntentTrial } from '../types';

export type TryUtteranceInput = { workspaceId: string; utterance: string };

/** Classifies an utterance with the workspace's classifier, changing nothing. */
export const tryUtterance = ({ workspaceId, utterance }: TryUtteranceInput) =>
  api.post<IntentTrial>('/api/assistant/intents/try', { utterance }, { params: { workspaceId } });

export const useTryUtterance = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof tryUtterance> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: tryUtterance });
