import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import type { ChatMessage } from '../types';
import { sessionPath } from './keys';

export type SendMessageInput = { sessionId: string; content: string };
export type StartedTurn = { turnId: string; userMessage: ChatMessage };

/** Starts a turn and returns at once (202); the answer comes over the socket. */
export const sendMessage = ({ sessionId, content }: SendMessageInput) =>
  api.post<StartedTurn>(`${sessionPath(sessionId)}/messages`, { content }, { params: { stream: true } });

export const useSendMessage = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof sendMessage> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: sendMessage });
