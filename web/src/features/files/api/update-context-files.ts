import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKey, sessionPath } from '@/features/chat/api/keys';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** The part of a chat session this feature reads and changes. */
export type SessionContext = { id: string; contextFiles?: string[] | null };

export type UpdateContextFilesInput = { sessionId: string; contextFiles: string[] };

/** Sets which workspace files a chat session takes as context (the server checks each id). */
export const updateContextFiles = ({ sessionId, contextFiles }: UpdateContextFilesInput) =>
  api.patch<SessionContext>(sessionPath(sessionId), { contextFiles });

export const useUpdateContextFiles = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof updateContextFiles> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: updateContextFiles,
    onSuccess: (session, ...args) => {
      // the PATCH answers the whole session: the chat's copy is replaced, not refetched
      queryClient.setQueryData(sessionKey(session.id), session);
      onSuccess?.(session, ...args);
    },
  });
};
