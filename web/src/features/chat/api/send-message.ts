import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { ChatMessage } from '../types';
import { sessionPath } from './keys';

/** `model`: answer this one message with another model (the built-in engine after a timeout). */
export type SendMessageInput = { sessionId: string; content: string; model?: string };
export type StartedTurn = { turnId: string; userMessage: ChatMessage };

/** Starts a turn and returns at once (202); the answer comes over the socket. */
export const sendMessage = ({ sessionId, content, model }: SendMessageInput) =>
  api.post<StartedTurn>(`${sessionPath(sessionId)}/messages`, model ? { content, model } : { content }, {
    params: { stream: true },
  });

export const useSendMessage = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof sendMessage> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: sendMessage });
