import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { sessionPath } from './keys';

/** Stops the session's running turn (the stop button). */
export const stopTurn = ({ sessionId }: { sessionId: string }) => api.post<void>(`${sessionPath(sessionId)}/stop`);

export const useStopTurn = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof stopTurn> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: stopTurn });
