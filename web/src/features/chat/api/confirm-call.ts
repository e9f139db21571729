import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { ChatMessage } from '../types';
import { sessionPath } from './keys';

export type ConfirmCallInput = { sessionId: string; callId: string; approve: boolean };

/** Runs (approve) or drops a command that waited for confirmation. */
export const confirmCall = ({ sessionId, callId, approve }: ConfirmCallInput) =>
  api.post<{ messages: ChatMessage[] }>(`${sessionPath(sessionId)}/confirmations/${encodeURIComponent(callId)}`, {
    approve,
  });

export const useConfirmCall = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof confirmCall> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: confirmCall });
